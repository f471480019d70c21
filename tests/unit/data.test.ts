import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseCsv } from '../../src/lib/data/parseCsv.ts';
import { parseRows } from '../../src/lib/data/parseRows.ts';
import { toCsv } from '../../src/lib/data/toCsv.ts';
import { defectorsSchema } from '../../src/schemas/datasets.ts';

describe('parseCsv', () => {
  it('parseCsv reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { header, rows } = parseCsv('a,b\n"1,5","say ""hi""\nthere"\n2,x\n', 'f.csv');
    expect(header).toEqual(['a', 'b']);
    expect(rows[0]).toEqual({ line: 2, values: { a: '1,5', b: 'say "hi"\nthere' } });
    expect(rows[1]).toEqual({ line: 4, values: { a: '2', b: 'x' } });
  });
  it('parseCsv names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'content/data/x.csv')).toThrow('content/data/x.csv:3  row has 1 fields  (expected 2: a, b)');
  });
  it('parseCsv rejects an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n', 'x.csv')).toThrow('x.csv:2  unclosed quoted field');
  });
  it('parseCsv skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa\n1\n\n2\n', 'x.csv').rows.map((r) => r.values.a)).toEqual(['1', '2']);
  });
});

describe('parseRows', () => {
  it('parseRows validates each row and keeps its line', () => {
    const rows = parseRows('year,arrivals,source_ids,notes\n2019,1047,a;b,\n', 'd.csv', defectorsSchema);
    expect(rows).toEqual([{ year: 2019, arrivals: 1047, source_ids: ['a', 'b'], notes: '', line: 2 }]);
  });
  it('parseRows names file, line and column of a row without a source id', () => {
    expect(() => parseRows('year,arrivals,source_ids,notes\n2019,1047,a,\n2020,229,,\n', 'content/data/defectors-by-year.csv', defectorsSchema)).toThrow(
      'content/data/defectors-by-year.csv:3  column "source_ids": is empty (expected one or more source ids separated by ";")',
    );
  });
  it('parseRows names a value of the wrong type', () => {
    expect(() => parseRows('year\nnineteen\n', 'y.csv', z.object({ year: z.string().regex(/^\d+$/, { message: 'expected digits' }) }))).toThrow(
      'y.csv:2  column "year": expected digits',
    );
  });
});

describe('toCsv', () => {
  it('toCsv quotes what needs quoting and leaves missing values empty', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: undefined }, { a: 'say "hi"', b: 2 }])).toBe('a,b\n"x, y",\n"say ""hi""",2\n');
  });
});
