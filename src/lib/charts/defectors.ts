/** The state this chart reads (src/schemas/graphics/defectors.ts validates it). */
export interface DefectorsState {
  highlight: number[];
  annotate: number[];
  yMax?: number | undefined;
}

export interface DefectorRow { year: number; arrivals: number; source_ids: string[] }

const n = (v: number) => v.toLocaleString('en-US');

/** describeDefectors(rows, state) is the text alternative of one state of the defectors chart. */
export function describeDefectors(rows: DefectorRow[], state: DefectorsState): string {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const parts = [
    `Bar chart of North Korean defectors arriving in South Korea each year, ${first.year} to ${last.year}.`,
  ];
  const named = [...new Set([...state.highlight, ...state.annotate])].sort();
  if (named.length) {
    parts.push(`${state.highlight.length ? 'Highlighted' : 'Labelled'}: ${named.map((y) => `${y}, ${n(rows.find((r) => r.year === y)!.arrivals)}`).join('; ')}.`);
  }
  if (state.yMax !== undefined) {
    const cut = rows.filter((r) => r.arrivals > state.yMax!).map((r) => r.year);
    parts.push(`The scale stops at ${n(state.yMax)} to show the small numbers; ${cut.length} taller bars are cut off.`);
  }
  return parts.join(' ');
}

/** The rows the chart draws, as the data table and CSV show them. */
export function defectorsTable(rows: DefectorRow[]) {
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'arrivals', label: 'Arrivals', numeric: true },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: rows.map((r) => ({ year: String(r.year), arrivals: r.arrivals, source_ids: r.source_ids.join('; ') })),
  };
}
