// The northern border as a proportional strip (content/data/border-length.csv): which rows it uses,
// the derived total and remainder, the strip's layout in one step state, its text and its table.
import { wrapToWidth } from '../text/wrap.ts';

export const borderSegments = ['new-security', 'no-imagery', 'remainder'] as const;
export type BorderSegment = (typeof borderSegments)[number];

/** The state this strip reads (src/schemas/graphics/borderLength.ts validates it). */
export interface BorderLengthState {
  show: BorderSegment[];
  highlight?: BorderSegment | undefined;
}

export interface BorderRow {
  segment: string;
  km: number;
  source_ids: string[];
  notes: string;
}

/** How each row the strip needs is found: by the start of its `segment` text, not by its position. */
export const borderRowPatterns = {
  china: /^China-North Korea border \(Reuters/i,
  russia: /^Russia-North Korea border \(Reuters/i,
  whole: /^Whole northern border/i,
  'new-security': /^New or expanded security features/i,
  'no-imagery': /^No updated imagery/i,
  remainder: /^Remainder/i,
} as const;
type RowName = keyof typeof borderRowPatterns;

export function findBorderRow(rows: BorderRow[], name: RowName): BorderRow {
  const found = rows.filter((r) => borderRowPatterns[name].test(r.segment));
  if (found.length !== 1) {
    throw new Error(`border-length.csv: expected one row whose segment starts like ${borderRowPatterns[name]}, found ${found.length}`);
  }
  return found[0]!;
}

/** The qualifier a row's notes give its figure: "'At least' 489 km" -> "at least"; none -> "". */
export function qualifierOf(row: BorderRow): string {
  return /^'(at least|about|over|almost|approximately)'/i.exec(row.notes)?.[1]?.toLowerCase() ?? '';
}

const km = (v: number) => `${v.toLocaleString('en-US')} km`;
const withQualifier = (q: string, v: number) => (q ? `${q} ${km(v)}` : km(v));

export interface BorderFigures {
  china: { km: number; qualifier: string };
  russia: { km: number; qualifier: string };
  /** DERIVED: China + Russia. */
  total: number;
  segments: {
    id: BorderSegment;
    km: number;
    /** As printed: "at least 489 km", "about 353 km", "roughly 580 km". */
    figure: string;
    category: string;
    derived: boolean;
  }[];
  /** The exact subtraction behind the remainder, e.g. 576: never printed as a measured length. */
  remainderExact: number;
  /** The rows the strip is drawn from, in the order of the table. */
  rows: BorderRow[];
}

/**
 * borderFigures(rows) reads the Reuters/Middlebury rows: the total is China + Russia, the remainder
 * is total - new security - no imagery, an upper bound shown rounded to 10 km as "roughly".
 */
export function borderFigures(rows: BorderRow[]): BorderFigures {
  const china = findBorderRow(rows, 'china');
  const russia = findBorderRow(rows, 'russia');
  const whole = findBorderRow(rows, 'whole');
  const news = findBorderRow(rows, 'new-security');
  const noImagery = findBorderRow(rows, 'no-imagery');
  const remainder = findBorderRow(rows, 'remainder');
  const total = china.km + russia.km;
  const remainderExact = total - news.km - noImagery.km;
  const rounded = Math.round(remainderExact / 10) * 10;
  return {
    china: { km: china.km, qualifier: qualifierOf(china) },
    russia: { km: russia.km, qualifier: qualifierOf(russia) },
    total,
    segments: [
      { id: 'new-security', km: news.km, figure: withQualifier(qualifierOf(news), news.km), category: 'new or expanded security features', derived: false },
      { id: 'no-imagery', km: noImagery.km, figure: withQualifier(qualifierOf(noImagery), noImagery.km), category: 'no updated imagery', derived: false },
      { id: 'remainder', km: remainderExact, figure: `roughly ${km(rounded)}`, category: 'other or unknown', derived: true },
    ],
    remainderExact,
    rows: [china, russia, whole, news, noImagery, remainder],
  };
}

export interface StripSegment {
  id: BorderSegment;
  key: string;
  x: number;
  width: number;
  /** Width as drawn in this state: 0 when the segment is not shown (it grows from its left end). */
  drawnWidth: number;
  opacity: number;
  highlight: boolean;
  /** Centre of the label block. */
  labelX: number;
  figure: string;
  lines: string[];
}

/**
 * borderStrip(figures, state, { x0, x1 }): the strip runs from x0 to x1 for the whole border; each
 * segment's width is its share of the total, in a fixed order, so a state only changes widths,
 * opacities and classes.
 */
export function borderStrip(f: BorderFigures, state: BorderLengthState, o: { x0: number; x1: number; fontSize?: number }): StripSegment[] {
  const scale = (o.x1 - o.x0) / f.total;
  const shown = new Set(state.show);
  let x = o.x0;
  return f.segments.map((s) => {
    const width = s.km * scale;
    const on = shown.has(s.id);
    const seg: StripSegment = {
      id: s.id,
      key: `seg-${s.id}`,
      x,
      width,
      drawnWidth: on ? width : 0,
      opacity: on ? 1 : 0,
      highlight: on && state.highlight === s.id,
      labelX: x + width / 2,
      figure: s.figure,
      lines: [...wrapToWidth(s.category, width - 6, o.fontSize ?? 11), ...(s.derived ? wrapToWidth('(derived, upper bound)', width - 6, o.fontSize ?? 11) : [])],
    };
    x += width;
    return seg;
  });
}

/** The whole-border heading: "about 1,418 km" and how it is made. */
export function borderHeading(f: BorderFigures): { total: string; parts: string } {
  const q = f.china.qualifier;
  return {
    total: `Whole northern border: ${withQualifier(q, f.total)}`,
    parts: `${withQualifier(q, f.china.km)} with China + ${withQualifier(f.russia.qualifier, f.russia.km)} with Russia (our sum)`,
  };
}

export const borderCaveat =
  'Not a measured partition: Reuters gives no figure for the remainder and does not say the categories are exclusive. Lengths are to scale; places on the strip are not locations.';

/** The note under the strip: how the remainder was made, in the data's own numbers. */
export function borderNote(f: BorderFigures): string {
  const [news, noImagery, rest] = f.segments;
  return `The last part is our subtraction, not a Reuters figure: ${f.total.toLocaleString('en-US')} − ${news!.km} − ${noImagery!.km} = ${f.remainderExact} km, an upper bound because ${news!.km} km is a minimum and the other figures are approximate, so it is shown as ${rest!.figure}. It mixes border examined with no conclusive change and border not examined for terrain or weather.`;
}

/** describeBorderLength(rows, state) is the text alternative of one state of the strip. */
export function describeBorderLength(rows: BorderRow[], state: BorderLengthState): string {
  const f = borderFigures(rows);
  const h = borderHeading(f);
  const parts = [`A strip standing for the whole northern border, ${withQualifier(f.china.qualifier, f.total)} (${h.parts.replace(' (our sum)', '')}).`];
  const shown = f.segments.filter((s) => state.show.includes(s.id));
  if (shown.length === 0) parts.push('No parts are marked yet.');
  else {
    parts.push(
      `Marked, to scale: ${shown
        .map((s) => `${s.figure} ${s.id === 'remainder' ? 'other or unknown (our subtraction, an upper bound)' : `with ${s.category}`}`)
        .join('; ')}.`,
    );
    const hl = shown.find((s) => s.id === state.highlight);
    if (hl) parts.push(`Highlighted: ${hl.figure}, ${hl.category}.`);
    parts.push('The parts are not a measured partition: Reuters gives no figure for the remainder and does not say the categories are exclusive.');
  }
  return parts.join(' ');
}

/** The rows the strip draws, as the data table and CSV show them. */
export function borderLengthTable(rows: BorderRow[]) {
  const f = borderFigures(rows);
  const basis = (r: BorderRow) => {
    if (r === f.rows[2]) return 'derived: sum of the two rows above';
    if (r === f.rows[5]) return `derived upper bound, shown as ${f.segments[2]!.figure}`;
    const q = qualifierOf(r);
    return q ? `reported (${q})` : 'reported';
  };
  return {
    columns: [
      { key: 'segment', label: 'Segment' },
      { key: 'km', label: 'Km', numeric: true },
      { key: 'basis', label: 'Basis' },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: f.rows.map((r) => ({ segment: r.segment, km: r.km, basis: basis(r), source_ids: r.source_ids.join('; ') })),
  };
}
