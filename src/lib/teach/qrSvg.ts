import { create } from 'qrcode/lib/core/qrcode.js';

export interface QrSvgOptions {
  /** Error correction: M (15% of the code can be lost) suits a projected or printed code. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** The quiet zone around the code, in modules; the standard asks for 4. */
  margin?: number;
  /** The accessible name of the image, e.g. `QR code: https://example.org/`. */
  label?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * qrSvg(text, options) draws `text` as a QR code: an SVG string with one path of dark modules on a
 * light square, in module units (a viewBox, no fixed size), so it scales crisply to any size and
 * prints. No network and no canvas: it runs at build time and in the browser alike.
 * qrSvg('https://example.org/').startsWith('<svg') -> true
 */
export function qrSvg(text: string, { level = 'M', margin = 4, label }: QrSvgOptions = {}): string {
  const { modules } = create(text, { errorCorrectionLevel: level });
  const n = modules.size;
  const side = n + 2 * margin;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!modules.get(row, col)) continue;
      // One run of dark modules a row is one rectangle: a much shorter path than one per module.
      let end = col;
      while (end + 1 < n && modules.get(row, end + 1)) end++;
      d += `M${col + margin} ${row + margin}h${end - col + 1}v1h${col - end - 1}z`;
      col = end;
    }
  }
  const a11y = label ? `role="img" aria-label="${escape(label)}"` : 'aria-hidden="true"';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" ${a11y}><rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
