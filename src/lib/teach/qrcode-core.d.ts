// The encoder alone (qrcode's core), without the package's canvas and terminal renderers, so the
// browser chunk that draws a QR code stays small. Its API is the package's own `create`.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
