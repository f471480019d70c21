// The region's shapes drawn for one camera. content/data/map/region.json (from `npm run map:region`)
// is a TopoJSON topology of OpenStreetMap country shapes, at full detail near the border: far more than one view
// needs. regionView simplifies each arc in screen pixels at the camera's zoom (neighbours share arcs,
// so they stay seamless) and keeps every vertex near the places it must keep in their countries, so
// a close-up carries the detail it shows and an overview stays small.
import type { GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import { project, TILE_SIZE, unproject, type LonLat, type Point } from './camera.ts';
import type { CountryFeature, LineFeature, Region } from './region.ts';
import { keyedCache } from './keyedCache.ts';

export interface RegionTopology {
  type: 'Topology';
  source?: string;
  bbox: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: {
    countries: GeometryCollection<{ name: string }>;
    borders: GeometryCollection<{ name: string }>;
  };
  arcs: [number, number][][];
}

export interface ViewDetail {
  /** The zoom the shapes are drawn for: tolerances are screen pixels at this zoom. */
  zoom: number;
  /** Points that must stay inside the same outline as in the data: no vertex within PROTECT_PX of one is dropped. */
  keep?: readonly LonLat[];
  /** Douglas-Peucker tolerance in screen px at `zoom` (default TOLERANCE_PX). */
  tolerance?: number;
}

/** Douglas-Peucker tolerance in screen px: under half a pixel, so no simplification is visible. */
export const TOLERANCE_PX = 0.4;
/** Islands smaller than this many square px at the view's zoom are left out (unless a kept point is on one). */
export const MIN_ISLAND_PX2 = 3;
/** Around each kept point, every vertex stays (screen px). */
// Simplification moves a line by under TOLERANCE_PX, so only points closer than that to an outline
// can change sides; a few px of full detail around each is ample.
export const PROTECT_PX = 3;

const decoded = keyedCache<RegionTopology, Point[][]>();
const projected = keyedCache<RegionTopology, Point[][]>();
/** The arcs in zoom-0 world pixels. */
function projectedArcs(topology: RegionTopology): Point[][] {
  return projected(topology, '', () => arcsOf(topology).map((arc) => arc.map((p) => project(p))));
}
/** The arcs in absolute [lon, lat] (TopoJSON stores them quantized and delta-encoded). */
function arcsOf(topology: RegionTopology): Point[][] {
  return decoded(topology, '', () => {
    const { scale: [sx, sy], translate: [tx, ty] } = topology.transform;
    return topology.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as Point;
      });
    });
  });
}

/**
 * simplifyLine(px, tolerance) keeps the indexes of a line (in px) so that every dropped point lies
 * within its own tolerance of the kept line: unlike plain Douglas-Peucker, a point with a small
 * tolerance is kept even when a farther point with a large one is not.
 */
export function simplifyLine(px: readonly Point[], tolerance: (i: number) => number): number[] {
  const n = px.length;
  if (n <= 2) return [...Array(n).keys()];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = px[a]!;
    const [bx, by] = px[b]!;
    const len = Math.hypot(bx - ax, by - ay);
    let split = -1;
    let best = 0;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = px[i]!;
      const d = len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / len;
      if (d > tolerance(i) && d > best) {
        best = d;
        split = i;
      }
    }
    if (split >= 0) {
      keep[split] = 1;
      stack.push([a, split], [split, b]);
    }
  }
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i));
  return out;
}

/** regionView(topology, detail) is the region as GeoJSON, simplified for one zoom. */
export function regionView(topology: RegionTopology, detail: ViewDetail): Region {
  const arcs = arcsOf(topology);
  const k = 2 ** detail.zoom;
  const keepPx = (detail.keep ?? []).map((p) => project(p).map((v) => v * k) as Point);
  const cell = PROTECT_PX;
  const near = new Set(keepPx.flatMap(([x, y]) => {
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    return [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => `${cx + i},${cy + j}`));
  }));
  const protectedPx = ([x, y]: Point) =>
    near.has(`${Math.floor(x / cell)},${Math.floor(y / cell)}`) && keepPx.some(([px, py]) => Math.hypot(px - x, py - y) < PROTECT_PX);

  const world = projectedArcs(topology);
  const simplified = arcs.map((arc, a) => {
    const px = world[a]!.map(([x, y]) => [x * k, y * k] as Point);
    const tolerance = (i: number) => (protectedPx(px[i]!) ? 0 : (detail.tolerance ?? TOLERANCE_PX));
    const closed = arc.length > 3 && arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
    if (!closed) return simplifyLine(px, tolerance).map((i) => arc[i]!);
    // A ring: simplify its two halves, so that it cannot collapse to its one end point.
    const half = arc.length >> 1;
    const first = simplifyLine(px.slice(0, half + 1), tolerance).map((i) => arc[i]!);
    const second = simplifyLine(px.slice(half), (i) => tolerance(i + half)).map((i) => arc[i + half]!);
    return [...first, ...second.slice(1)];
  });
  const simple = { type: 'Topology' as const, objects: topology.objects, arcs: simplified };
  const areaPx = (ring: number[][]) => {
    let sum = 0;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = project(ring[i - 1] as unknown as LonLat);
      const [x1, y1] = project(ring[i] as unknown as LonLat);
      sum += x0 * y1 - x1 * y0;
    }
    return (Math.abs(sum) / 2) * k * k;
  };
  const keepLonLat = keepPx.map(([x, y]) => unproject([x / k, y / k]));
  const keeps = (polygon: number[][][]) => {
    if (areaPx(polygon[0]!) >= MIN_ISLAND_PX2) return true;
    const lons = polygon[0]!.map((c) => c[0]!);
    const lats = polygon[0]!.map((c) => c[1]!);
    const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    return keepLonLat.some((p) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && geoContains({ type: 'Polygon', coordinates: polygon }, p));
  };
  const countries = topology.objects.countries.geometries.map((g) => {
    const f = feature(simple, g) as unknown as CountryFeature;
    return { ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.filter(keeps) } };
  });
  const borders = topology.objects.borders.geometries.map((g) => feature(simple, g) as unknown as LineFeature);
  return {
    type: 'FeatureCollection',
    bbox: topology.bbox,
    features: [...countries.filter((f) => f.geometry.coordinates.length > 0), ...borders],
  };
}

/** The zoom-0 world pixels of a frame's bounds plus a margin, for clipping a view's paths. */
export function worldExtent(bounds: [Point, Point], marginPx: number, zoom: number): [Point, Point] {
  const [[w, s], [e, n]] = bounds;
  const m = marginPx / 2 ** zoom;
  const [x0, y0] = project([w, n]);
  const [x1, y1] = project([e, s]);
  return [[Math.max(0, x0 - m), Math.max(0, y0 - m)], [Math.min(TILE_SIZE, x1 + m), Math.min(TILE_SIZE, y1 + m)]];
}

/**
 * The zoom of the land every page with a map carries once: the overviews use it, and a fly-through
 * shows it until it lands. Steps zoomed in further draw their own land (regionFor, stepClip).
 */
export const OVERVIEW_ZOOM = 6;
/** The overview's tolerance at OVERVIEW_ZOOM: half a pixel at zoom 5, where the overview steps look. */
export const OVERVIEW_TOLERANCE_PX = 2;
/** A close-up's land reaches this far past its frame (screen px), for a bearing and for anti-aliasing. */
export const CLIP_MARGIN_PX = 24;

const views = keyedCache<RegionTopology, Region>();
/**
 * regionFor(topology, zoom, keep) is the region drawn for a camera at `zoom` (the overview's for
 * zooms up to OVERVIEW_ZOOM), with the `keep` points in the outlines the data puts them in. Computed
 * once per zoom and set of points.
 */
export function regionFor(topology: RegionTopology, zoom: number, keep: readonly LonLat[]): Region {
  const drawn = Math.max(zoom, OVERVIEW_ZOOM);
  const key = `${drawn}|${keep.map((p) => p.join(',')).join(';')}`;
  return views(topology, key, () => regionView(topology, { zoom: drawn, keep, ...(drawn === OVERVIEW_ZOOM && { tolerance: OVERVIEW_TOLERANCE_PX }) }));
}

/** The points every view keeps in their countries: all places with coordinates. */
export function keptPlaces(places: readonly { lat?: number | undefined; lon?: number | undefined }[]): LonLat[] {
  return places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => [p.lon!, p.lat!] as const);
}
