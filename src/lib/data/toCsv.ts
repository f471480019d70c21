/** toCsv(columns, rows) writes RFC 4180 CSV: quotes fields with commas, quotes or line breaks; empty for undefined. */
export function toCsv(columns: string[], rows: Record<string, string | number | undefined>[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
