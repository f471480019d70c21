// Everything the SVG map draws for one step, in frame units: the view transform, the marked places
// and their labels, river and country names, scale bar, north arrow, the description and sources.
// Pure: SvgMap.astro renders it, the tests check it.
import { MAP_SIZE, cameraTransform, scaleBar, toFrame, transformAttr, type CameraLike, type Point, type ScaleBar, type Size, type ViewTransform } from './camera.ts';
import { countryLabels, type CountryCoverage, type CountryLabel } from './countryLabels.ts';
import { describeCamera, type PlaceLike } from './describeCamera.ts';
import { labelTextWidth } from '../text/width.ts';
import { wrapInTwo } from '../text/wrap.ts';
import { LABEL_POSITIONS, placeLabels, type Box, type LabelInput, type LabelPosition, type PlacedLabel } from './placeLabels.ts';
import { lineOf, NORTHERN_BORDER, type Region } from './region.ts';
import { keyedCache, type KeyedCache } from './keyedCache.ts';

export interface MapPlace extends PlaceLike {
  kind: string;
  source_ids: string[];
}

export type MarkType = 'town' | 'capital' | 'bridge' | 'viewpoint' | 'river-mouth';

/** The symbol of a place by its `kind` in places.csv: bridges a bar, the tri-border viewpoint a triangle. */
export function markType(kind: string): MarkType {
  if (/bridge/i.test(kind)) return 'bridge';
  if (/viewpoint|tri-?border/i.test(kind)) return 'viewpoint';
  if (/river mouth/i.test(kind)) return 'river-mouth';
  if (/capital/i.test(kind)) return 'capital';
  return 'town';
}
/** How far a label stands off each symbol's centre. */
export const MARK_RADIUS: Record<MarkType, number> = { town: 3.5, capital: 4.5, bridge: 5.5, viewpoint: 5, 'river-mouth': 4 };

/** The rivers named on the map, each only near its verified mouth (a row of places.csv). */
export const RIVER_MOUTHS: Record<string, string> = { 'yalu-mouth': 'Yalu', 'tumen-mouth': 'Tumen' };

/** The map's attribution line: the outlines are OpenStreetMap data (ODbL). */
export const ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';
const LABEL_SIZE = 12;
const SMALL_SIZE = 10;

export interface LaidPlace {
  id: string;
  name: string;
  mark: MarkType;
  lonLat: Point;
  /** Mark position in the frame. */
  x: number;
  y: number;
  inFrame: boolean;
  /** Absent when the mark is outside the frame. */
  label?: PlacedLabel;
}

export interface RiverLabel {
  id: string;
  text: string;
  /** The verified mouth the name stands beside, and where it is in the frame. */
  lonLat: Point;
  x: number;
  y: number;
  label: PlacedLabel;
}

export interface MapLayout {
  size: Size;
  view: ViewTransform;
  transform: string;
  /** The camera as JSON, for `data-camera` (what the browser flies to). */
  cameraJson: string;
  places: LaidPlace[];
  rivers: RiverLabel[];
  countries: CountryLabel[];
  coverage: CountryCoverage[];
  scale: ScaleBar & { x: number; y: number };
  attribution: { text: string; x: number; y: number };
  /** Present when the camera has a bearing: the arrow's turn in degrees (clockwise on screen). */
  north?: { x: number; y: number; angle: number };
  borderVisible: boolean;
  description: string;
  sources: string[];
}

const POSITION_ANGLE: Record<LabelPosition, number> = { e: 0, se: 45, s: 90, sw: 135, w: 180, nw: -135, n: -90, ne: -45 };

/** Label positions ordered by how close they point to `deg` (screen degrees, y down). */
export function positionsToward(deg: number): LabelPosition[] {
  const diff = (a: number) => Math.abs(((a - deg + 540) % 360) - 180);
  return [...LABEL_POSITIONS].sort((a, b) => diff(POSITION_ANGLE[a]) - diff(POSITION_ANGLE[b]));
}

function nearestOnLines(p: Point, lines: Point[][]): { point: Point; d: number } | undefined {
  let best: { point: Point; d: number } | undefined;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!;
      const [bx, by] = line[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2)) : 0;
      const q: Point = [ax + t * dx, ay + t * dy];
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (!best || d < best.d) best = { point: q, d };
    }
  }
  return best;
}

const angleOf = (from: Point, to: Point) => (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;

export interface MapLayoutInput {
  region: Region;
  /** Every row of places.csv (those without coordinates are ignored). */
  places: readonly MapPlace[];
  camera: CameraLike;
  /** Ids of the places to mark, in the step's order. */
  show: readonly string[];
  size?: Size;
}

// One map state is drawn on several pages of a build (the chapter's step figure and sticky copy, its
// embeds, the handout, the key-moments sheet): laid out once for each region, places and view.
const layouts = keyedCache<Region, KeyedCache<readonly MapPlace[], MapLayout>>();

/** mapLayout(input) lays out one map step. The result is shared between calls: read it, never change it. */
export function mapLayout(input: MapLayoutInput): MapLayout {
  const byPlaces = layouts(input.region, '', () => keyedCache<readonly MapPlace[], MapLayout>());
  return byPlaces(input.places, JSON.stringify([input.camera, input.show, input.size ?? null]), () => layOut(input));
}

function layOut(input: MapLayoutInput): MapLayout {
  const { region, camera } = input;
  const size = input.size ?? MAP_SIZE;
  const { width: W, height: H } = size;
  const view = cameraTransform(camera, size);
  const located = input.places.filter((p): p is MapPlace & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined);
  const byId = new Map(located.map((p) => [p.id, p]));
  const shown = input.show.map((id) => byId.get(id)).filter((p): p is NonNullable<typeof p> => p !== undefined);
  const inFrame = ([x, y]: Point, m = 0) => x >= m && x <= W - m && y >= m && y <= H - m;

  // Furniture: scale bar bottom left, attribution bottom right, north arrow top right.
  const scale = { ...scaleBar(camera, size), x: 10, y: H - 10 };
  const scaleBox: Box = { x0: 4, y0: scale.y - 20, x1: scale.x + Math.max(scale.px, labelTextWidth(scale.label, 11)) + 6, y1: H };
  const attribution = { text: ATTRIBUTION, x: W - 6, y: H - 7 };
  const attributionBox: Box = { x0: attribution.x - labelTextWidth(ATTRIBUTION, SMALL_SIZE) - 4, y0: attribution.y - 11, x1: W, y1: H };
  const north = camera.bearing ? { x: W - 18, y: 22, angle: -camera.bearing } : undefined;
  const furniture = [
    scaleBox,
    attributionBox,
    ...(north ? [{ x0: north.x - 12, y0: north.y - 18, x1: north.x + 12, y1: north.y + 18 }] : []),
  ];

  // The border in frame units: labels point away from it, so each sits on its own bank.
  const border = (lineOf(region, NORTHERN_BORDER)?.geometry.coordinates ?? []).map((line) => line.map((c) => toFrame([c[0]!, c[1]!], camera, size)));
  const borderVisible = border.some((line) => line.some((p) => inFrame(p)));

  const laid: LaidPlace[] = shown.map((p) => {
    const lonLat: Point = [p.lon, p.lat];
    const [x, y] = toFrame(lonLat, camera, size);
    return { id: p.id, name: p.name, mark: markType(p.kind), lonLat, x, y, inFrame: inFrame([x, y]) };
  });
  const inputs: LabelInput[] = laid.filter((p) => p.inFrame).map((p) => {
    const near = nearestOnLines([p.x, p.y], border);
    const prefer = near && near.d > 0.5 && near.d < 60 ? positionsToward(angleOf(near.point, [p.x, p.y])) : undefined;
    return { id: p.id, x: p.x, y: p.y, text: p.name, lines: wrapInTwo(p.name), markRadius: MARK_RADIUS[p.mark], ...(prefer && { prefer }) };
  });
  // River names at their mouths, when the mouth is in view and not already marked.
  const riverInputs: (LabelInput & { lonLat: Point })[] = [];
  for (const [id, text] of Object.entries(RIVER_MOUTHS)) {
    const mouth = byId.get(id);
    if (!mouth || input.show.includes(id)) continue;
    const lonLat: Point = [mouth.lon, mouth.lat];
    const at = toFrame(lonLat, camera, size);
    if (!inFrame(at, 12)) continue;
    const near = nearestOnLines(at, border);
    const prefer = near && near.d > 0.5 ? positionsToward(angleOf(at, near.point)) : undefined;
    riverInputs.push({ id: `river-${id}`, x: at[0], y: at[1], text, markRadius: 2, hasMark: false, fontSize: 11, lonLat, ...(prefer && { prefer }) });
  }
  const placed = placeLabels([...inputs, ...riverInputs], { width: W, height: H, obstacles: furniture, fontSize: LABEL_SIZE });
  const labelOf = new Map(placed.map((l) => [l.id, l]));
  const places = laid.map((p) => {
    const label = labelOf.get(p.id);
    return label ? { ...p, label } : p;
  });
  const rivers = riverInputs.map((r) => ({ id: r.id, text: r.text, lonLat: r.lonLat, x: r.x, y: r.y, label: labelOf.get(r.id)! }));

  const obstacles = [
    ...furniture,
    ...placed.map((l) => l.box),
    ...places.filter((p) => p.inFrame).map((p) => ({ x0: p.x - MARK_RADIUS[p.mark] - 2, y0: p.y - MARK_RADIUS[p.mark] - 2, x1: p.x + MARK_RADIUS[p.mark] + 2, y1: p.y + MARK_RADIUS[p.mark] + 2 })),
  ];
  const { labels: countries, coverage } = countryLabels(region, camera, { size, obstacles, first: ['North Korea'] });

  const description = describeCamera({
    camera,
    size,
    places: located,
    shown,
    countries: coverage.map((c) => c.name),
    borderVisible,
  });
  const cam = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 };
  return {
    size,
    view,
    transform: transformAttr(view, size),
    cameraJson: JSON.stringify(cam),
    places,
    rivers,
    countries,
    coverage,
    scale,
    attribution,
    ...(north && { north }),
    borderVisible,
    description,
    sources: [...new Set(shown.flatMap((p) => p.source_ids))],
  };
}
