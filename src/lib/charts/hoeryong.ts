// The Hoeryong section as a labelled schematic (content/data/hoeryong.csv): the figures it draws,
// deterministic mark positions (illustrative, not locations), the text of a state and the table.
export const hoeryongLayers = ['watchtowers', 'guard-posts', 'fencing'] as const;
export type HoeryongLayer = (typeof hoeryongLayers)[number];

/** The state this schematic reads (src/schemas/graphics/hoeryong.ts validates it). */
export interface HoeryongState {
  show: HoeryongLayer[];
}

export interface HoeryongRow {
  metric: string;
  value: number;
  qualifier: string;
  unit: string;
  as_of: string;
  source_ids: string[];
  notes: string;
}

/** How each row is found: by the start of its `metric` text, not by its position. */
export const hoeryongRowPatterns = {
  section: /^Length of border section/i,
  watchtowers: /^Watchtowers/i,
  'guard-posts': /^New guard posts/i,
  fencing: /^New or improved fencing/i,
} as const;
type RowName = keyof typeof hoeryongRowPatterns;

export function findHoeryongRow(rows: HoeryongRow[], name: RowName): HoeryongRow {
  const found = rows.filter((r) => hoeryongRowPatterns[name].test(r.metric));
  if (found.length !== 1) {
    throw new Error(`hoeryong.csv: expected one row whose metric starts like ${hoeryongRowPatterns[name]}, found ${found.length}`);
  }
  return found[0]!;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2022-04" -> "April 2022", "2019" -> "2019". */
export function formatAsOf(asOf: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(asOf);
  if (!m) return asOf;
  return m[2] ? `${months[Number(m[2]) - 1]} ${m[1]}` : m[1]!;
}

const count = (row: HoeryongRow) => {
  if (!Number.isInteger(row.value) || row.value < 0) throw new Error(`hoeryong.csv:  "${row.metric}" is not a whole count (${row.value})`);
  return row.value;
};

export interface HoeryongFigures {
  sectionKm: number;
  sectionAsOf: string;
  towers: number;
  towersAsOf: string;
  posts: number;
  postsAsOf: string;
  fenceKm: number;
  fenceQualifier: string;
  fenceAsOf: string;
  rows: HoeryongRow[];
}

export function hoeryongFigures(rows: HoeryongRow[]): HoeryongFigures {
  const section = findHoeryongRow(rows, 'section');
  const towers = findHoeryongRow(rows, 'watchtowers');
  const posts = findHoeryongRow(rows, 'guard-posts');
  const fencing = findHoeryongRow(rows, 'fencing');
  return {
    sectionKm: section.value,
    sectionAsOf: formatAsOf(section.as_of),
    towers: count(towers),
    towersAsOf: formatAsOf(towers.as_of),
    posts: count(posts),
    postsAsOf: formatAsOf(posts.as_of),
    fenceKm: fencing.value,
    fenceQualifier: fencing.qualifier,
    fenceAsOf: formatAsOf(fencing.as_of),
    rows: [section, towers, posts, fencing],
  };
}

/** One readout line per layer, worded from the data. */
export function hoeryongReadouts(f: HoeryongFigures): Record<'section' | HoeryongLayer, string> {
  const q = f.fenceQualifier ? `${f.fenceQualifier} ` : '';
  return {
    section: `Section studied: ${f.sectionKm} km (${f.sectionAsOf} study)`,
    watchtowers: `${f.towers} watchtowers (${f.towersAsOf})`,
    'guard-posts': `${f.posts} new guard posts (${f.postsAsOf})`,
    fencing: `${q}${f.fenceKm} km of new or improved fencing (${f.fenceAsOf})`,
  };
}

export interface HoeryongGeometry {
  x0: number;
  x1: number;
  towersY: number;
  /** y of each row of guard posts. */
  postRows: number[];
  fenceY: number;
  fenceGap: number;
}

export interface HoeryongMarks {
  /** x of a distance along the section, in km. */
  kmScale: (km: number) => number;
  kmTicks: { km: number; x: number; label: string | undefined }[];
  towers: { key: string; x: number; y: number }[];
  posts: { key: string; x: number; y: number }[];
  /** Fence lines: the first along the whole section, then shorter ones so the drawn total equals the figure. */
  fences: { key: string; x1: number; x2: number; y: number; km: number }[];
}

/**
 * hoeryongMarks(figures, geometry) places every mark deterministically. Towers are spaced evenly
 * along the section; the guard posts fill the given rows evenly (each row centred); fence lines add
 * up to the fence length on the section's km scale. None of these positions is a location.
 */
export function hoeryongMarks(f: HoeryongFigures, g: HoeryongGeometry): HoeryongMarks {
  const len = g.x1 - g.x0;
  const kmScale = (km: number) => g.x0 + (len * km) / f.sectionKm;
  const towers = Array.from({ length: f.towers }, (_, i) => ({ key: `tower-${i}`, x: g.x0 + ((i + 0.5) * len) / f.towers, y: g.towersY }));

  const rowsN = g.postRows.length;
  const perRow = Math.ceil(f.posts / rowsN);
  const step = len / perRow;
  const posts: HoeryongMarks['posts'] = [];
  for (let i = 0; i < f.posts; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const inRow = Math.min(perRow, f.posts - row * perRow);
    posts.push({ key: `post-${i}`, x: g.x0 + (len - inRow * step) / 2 + (col + 0.5) * step, y: g.postRows[row]! });
  }

  const fences: HoeryongMarks['fences'] = [];
  let left = f.fenceKm;
  for (let j = 0; left > 1e-9; j++) {
    const km = Math.min(f.sectionKm, left);
    const w = (len * km) / f.sectionKm;
    const start = g.x0 + (len - w) / 2;
    fences.push({ key: `fence-${j}`, x1: start, x2: start + w, y: g.fenceY + j * g.fenceGap, km });
    left -= km;
  }

  const kmTicks: HoeryongMarks['kmTicks'] = [];
  for (let km = 0; km <= Math.floor(f.sectionKm); km++) {
    const tooClose = f.sectionKm - km < 1;
    kmTicks.push({ km, x: kmScale(km), label: km % 2 === 0 && !tooClose ? String(km) : undefined });
  }
  if (f.sectionKm !== Math.floor(f.sectionKm)) kmTicks.push({ km: f.sectionKm, x: kmScale(f.sectionKm), label: `${f.sectionKm} km` });
  else kmTicks[kmTicks.length - 1]!.label = `${f.sectionKm} km`;

  return { kmScale, kmTicks, towers, posts, fences };
}

export const hoeryongCaveat = 'Schematic: positions are illustrative, not locations.';
export const hoeryongAttribution = "Counts: Reuters' account of a Human Rights Watch study.";

/** describeHoeryong(rows, state) is the text alternative of one state of the schematic. */
export function describeHoeryong(rows: HoeryongRow[], state: HoeryongState): string {
  const f = hoeryongFigures(rows);
  const r = hoeryongReadouts(f);
  const shown = new Set(state.show);
  const parts = [
    `Schematic, not a map, of the ${f.sectionKm} km section of the Tumen border around Hoeryong that Human Rights Watch studied (${f.sectionAsOf}): a straight river band with the section and a km scale. Positions are illustrative, not locations.`,
  ];
  const layers: string[] = [];
  if (shown.has('watchtowers')) layers.push(`${r.watchtowers}, spaced evenly`);
  if (shown.has('guard-posts')) layers.push(`${r['guard-posts']}, spaced evenly in rows so they can be counted`);
  if (shown.has('fencing')) {
    const extra = Math.round((f.fenceKm - f.sectionKm) * 10) / 10;
    layers.push(
      `${r.fencing}, longer than the section itself, drawn as one line along the whole section plus ${extra > f.sectionKm ? 'further lines' : `a ${extra} km second line`} for added fence layers (our inference; where they run is not known)`,
    );
  }
  parts.push(layers.length ? `Shown: ${layers.join('; ')}.` : 'No structures are drawn yet.');
  parts.push(hoeryongAttribution);
  return parts.join(' ');
}

/** The rows the schematic draws, as the data table and CSV show them. */
export function hoeryongTable(rows: HoeryongRow[]) {
  const f = hoeryongFigures(rows);
  return {
    columns: [
      { key: 'metric', label: 'Metric' },
      { key: 'qualifier', label: 'Qualifier' },
      { key: 'value', label: 'Value', numeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'as_of', label: 'As of' },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: f.rows.map((r) => ({ metric: r.metric, qualifier: r.qualifier, value: r.value, unit: r.unit, as_of: r.as_of, source_ids: r.source_ids.join('; ') })),
  };
}
