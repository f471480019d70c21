// What a reader takes away from a page: the text of its printed PDF, and the address in a QR code
// as a phone's camera would read it off the screen.
import type { Locator } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a printed PDF holds: its page count and its text (pdf.js, through unpdf). */
export async function readPdf(pdf: Buffer) {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { pages: totalPages, text: squash(text) };
}

/** Decodes the QR code a reader sees: a screenshot of the element, read by jsQR. */
export async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = await code.screenshot();
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const image = new Resvg(svg).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}
