// The fixture graphic of the "Add a graphic" test (tests/build/add-graphic.test.ts): a row of dots,
// one per year of the defectors data, the years of the state marked.
import type { DefectorRow } from './defectors.ts';

/** The state this chart reads (src/schemas/graphics/tally.ts validates it). */
export interface TallyState {
  years: number[];
}

/** tallyDots(rows, state, width) puts one dot per year across the width, marked when the state names it. */
export function tallyDots(rows: DefectorRow[], state: TallyState, width: number) {
  const step = width / rows.length;
  return rows.map((r, i) => ({ key: `year-${r.year}`, x: step * (i + 0.5), marked: state.years.includes(r.year) }));
}

/** describeTally(rows, state) is the text alternative of one state. */
export function describeTally(rows: DefectorRow[], state: TallyState): string {
  const marked = rows.filter((r) => state.years.includes(r.year));
  return `Tally of ${rows.length} years; marked: ${marked.map((r) => `${r.year}, ${r.arrivals}`).join('; ')}.`;
}

/** tallyTable(rows, states) lists the years the states mark, with their sources. */
export function tallyTable(rows: DefectorRow[], states: TallyState[]) {
  const marked = new Set(states.flatMap((s) => s.years));
  return {
    columns: [
      { key: 'year', label: 'Tally year' },
      { key: 'arrivals', label: 'Arrivals', numeric: true },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: rows.filter((r) => marked.has(r.year)).map((r) => ({ year: String(r.year), arrivals: r.arrivals, source_ids: r.source_ids.join('; ') })),
  };
}
