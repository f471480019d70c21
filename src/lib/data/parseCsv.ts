/** One data row, with the 1-based line it starts on so errors can point at it. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * parseCsv(text, file) reads RFC 4180 CSV (a header row, commas, double-quoted fields that may hold
 * commas, quotes as "" and line breaks). Throws `file:line  message` on a malformed row.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error(`${file}:${recordLine}  unclosed quoted field  (expected a closing ")`);
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });

  const [head, ...body] = records;
  if (!head) throw new Error(`${file}:1  empty file  (expected a header row)`);
  const header = head.fields.map((h) => h.trim());
  const rows = body.map(({ line: at, fields: f }) => {
    if (f.length !== header.length) {
      throw new Error(
        `${file}:${at}  row has ${f.length} fields  (expected ${header.length}: ${header.join(', ')})`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => (values[h] = (f[j] ?? '').trim()));
    return { line: at, values };
  });
  return { header, rows };
}
