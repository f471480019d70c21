// Text widths for SVG labels, estimated without a DOM (charts and maps are laid out at build time).
// Three estimators, each tuned to the font and weight it sizes (a shared table would move labels
// readers see): roughTextWidth for numbers on the bar charts, sansTextWidth for the timeline's
// regular and bold labels, labelTextWidth for the map's semi-bold place names.

/** roughTextWidth('12,345', 12) is the width of a label in viewBox units from its length alone (system sans, ~0.58 em a character). */
export const roughTextWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;

// Approximate advance widths in em (Helvetica/Arial-like sans), padded below by SAFETY so that wider
// system fonts (DejaVu Sans, Roboto) still fit the boxes the layout reserves.
const NARROW = new Set([...'ijl.,:;\'!|`’']);
const SEMI = new Set([...'ftrI()[]-/ "']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW']);
const SAFETY = 1.15;

function charEm(c: string): number {
  if (c === ' ') return 0.28;
  if (NARROW.has(c)) return 0.24;
  if (SEMI.has(c)) return 0.34;
  if (WIDE_LOWER.has(c)) return 0.84;
  if (WIDE_UPPER.has(c)) return 0.9;
  if (c === '…') return 1;
  if (/[0-9$]/.test(c)) return 0.58;
  if (/[A-Z]/.test(c)) return 0.68;
  if (/[a-z]/.test(c)) return 0.54;
  return 0.6;
}

/** sansTextWidth('Mar 2018', 11, true) estimates a string's width in SVG units at a font size, regular or bold (the timeline's labels). */
export function sansTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize * SAFETY * (bold ? 1.08 : 1);
}

/** labelTextWidth('Hoeryong', 12) estimates the width of a map label in a semi-bold sans-serif UI font (a little generous). */
export function labelTextWidth(text: string, fontSize: number): number {
  // Sized for wide fallback fonts (DejaVu Sans Bold measures this in Chromium on Linux), so labels
  // fit wherever they are read; narrower system fonts just leave a little room.
  let em = 0;
  for (const c of text) {
    if (/[ilj.,'’:;|!()\-\s]/.test(c)) em += 0.33;
    else if (/[ftrI]/.test(c)) em += 0.45;
    else if (/[mwMW]/.test(c)) em += 0.95;
    else if (/[A-Z]/.test(c)) em += 0.78;
    else if (/[\u3000-\u9fff\uac00-\ud7af]/.test(c)) em += 1;
    else em += 0.66;
  }
  return em * fontSize;
}
