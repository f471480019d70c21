// Country names for one camera: each goes at the most interior spot of the part of its country that
// the frame shows (a pole of inaccessibility on a coarse raster of the frame), clear of the place
// marks and labels. Computed from the outlines drawn for every camera, never typed, so a
// close-up of the Yalu still says which bank is China and which is North Korea.
import { toFrame, type CameraLike, type Size, MAP_SIZE, fromFrame, type Point } from './camera.ts';
import { labelTextWidth } from '../text/width.ts';
import type { Box } from './placeLabels.ts';
import { countriesOf, countryId, type Region } from './region.ts';

export interface CountryLabel {
  id: string;
  name: string;
  text: string;
  /** Centre of the label (text-anchor middle, `y` the baseline). */
  x: number;
  y: number;
  fontSize: number;
  /** The [lon, lat] under the label, so a fly-through can carry it with the land. */
  lonLat: Point;
  box: Box;
}

export interface CountryCoverage {
  name: string;
  /** Share of the frame the country covers, 0 to 1. */
  share: number;
}

export interface CountryLabelOptions {
  size?: Size;
  /** Boxes to keep clear (place marks and labels, scale bar, attribution). */
  obstacles?: Box[];
  /** Raster cell, in frame units. */
  cell?: number;
  /** Name shown on the map, e.g. upper case. */
  text?: (name: string) => string;
  fontSize?: number;
  letterSpacing?: number;
  /** Countries to place first (the rest follow by area). */
  first?: string[];
}

/** rasterize(rings, cols, rows, cell) marks the cells whose centre is inside the rings (even-odd). */
export function rasterize(rings: Point[][], cols: number, rows: number, cell: number): Uint8Array {
  const mask = new Uint8Array(cols * rows);
  // Each edge drops its crossings into the rows it spans, so the cost is the edges plus the
  // crossings, not rows x edges (a country's outline has thousands of edges, most off the frame:
  // crossing every edge with every row was a fifth of a build).
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1]!;
      const [x1, y1] = ring[i]!;
      if (y0 === y1) continue;
      const low = Math.min(y0, y1);
      const high = Math.max(y0, y1);
      const first = Math.max(0, Math.floor(low / cell - 0.5));
      const last = Math.min(rows - 1, Math.ceil(high / cell - 0.5));
      for (let r = first; r <= last; r++) {
        const y = (r + 0.5) * cell;
        if (low <= y && y < high) crossings[r]!.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    const xs = crossings[r]!.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const c0 = Math.max(0, Math.ceil(xs[i]! / cell - 0.5));
      const c1 = Math.min(cols - 1, Math.floor(xs[i + 1]! / cell - 0.5));
      for (let c = c0; c <= c1; c++) mask[r * cols + c] = 1;
    }
  }
  return mask;
}

/** Chamfer distance (in cells) from each inside cell to the nearest outside cell or the frame's edge. */
function distance(mask: Uint8Array, cols: number, rows: number): Float32Array {
  const d = new Float32Array(cols * rows);
  const big = 1e9;
  for (let i = 0; i < d.length; i++) d[i] = mask[i] ? big : 0;
  const at = (c: number, r: number) => (c < 0 || r < 0 || c >= cols || r >= rows ? 0 : d[r * cols + c]!);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (!d[i]) continue;
      d[i] = Math.min(d[i]!, at(c - 1, r) + 1, at(c, r - 1) + 1, at(c - 1, r - 1) + Math.SQRT2, at(c + 1, r - 1) + Math.SQRT2);
    }
  }
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      const i = r * cols + c;
      if (!d[i]) continue;
      d[i] = Math.min(d[i]!, at(c + 1, r) + 1, at(c, r + 1) + 1, at(c + 1, r + 1) + Math.SQRT2, at(c - 1, r + 1) + Math.SQRT2);
    }
  }
  return d;
}

/** Summed-area table, to count the set cells of any rectangle in constant time. */
function summed(mask: Uint8Array, cols: number, rows: number) {
  const s = new Uint32Array((cols + 1) * (rows + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      s[(r + 1) * (cols + 1) + c + 1] = mask[r * cols + c]! + s[r * (cols + 1) + c + 1]! + s[(r + 1) * (cols + 1) + c]! - s[r * (cols + 1) + c]!;
    }
  }
  return (c0: number, r0: number, c1: number, r1: number) =>
    s[(r1 + 1) * (cols + 1) + c1 + 1]! - s[r0 * (cols + 1) + c1 + 1]! - s[(r1 + 1) * (cols + 1) + c0]! + s[r0 * (cols + 1) + c0]!;
}

/** The country outlines of the region as frame coordinates for one camera. */
function frameRings(region: Region, camera: CameraLike, size: Size) {
  return countriesOf(region).map((f) => ({
    name: f.properties.name,
    rings: f.geometry.coordinates.flat().map((ring) => ring.map((p) => toFrame([p[0]!, p[1]!], camera, size))),
  }));
}

/**
 * countryLabels(region, camera, options) places one label a country that has room for it in the
 * frame, and reports how much of the frame each country covers (for the description).
 */
export function countryLabels(region: Region, camera: CameraLike, options: CountryLabelOptions = {}): { labels: CountryLabel[]; coverage: CountryCoverage[] } {
  const size = options.size ?? MAP_SIZE;
  const cell = options.cell ?? 5;
  const fontSize = options.fontSize ?? 11;
  const spacing = options.letterSpacing ?? 0.12;
  const text = options.text ?? ((n: string) => n.toUpperCase());
  const cols = Math.ceil(size.width / cell);
  const rows = Math.ceil(size.height / cell);
  const blocked = new Uint8Array(cols * rows);
  const block = (b: Box) => {
    const c0 = Math.max(0, Math.floor(b.x0 / cell));
    const c1 = Math.min(cols - 1, Math.floor(b.x1 / cell));
    const r0 = Math.max(0, Math.floor(b.y0 / cell));
    const r1 = Math.min(rows - 1, Math.floor(b.y1 / cell));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) blocked[r * cols + c] = 1;
  };
  (options.obstacles ?? []).forEach(block);

  const countries = frameRings(region, camera, size).map((c) => {
    const mask = rasterize(c.rings, cols, rows, cell);
    const count = mask.reduce((s, v) => s + v, 0);
    return { name: c.name, mask, share: count / (cols * rows) };
  });
  const coverage = countries.filter((c) => c.share > 0.005).sort((a, b) => b.share - a.share).map(({ name, share }) => ({ name, share }));
  const first = options.first ?? [];
  const order = [...countries].sort((a, b) => {
    const fa = first.indexOf(a.name);
    const fb = first.indexOf(b.name);
    if (fa !== fb) return (fa < 0 ? Infinity : fa) - (fb < 0 ? Infinity : fb);
    return b.share - a.share;
  });

  const labels: CountryLabel[] = [];
  for (const country of order) {
    if (country.share < 0.02) continue;
    const label = text(country.name);
    const dist = distance(country.mask, cols, rows);
    const inside = summed(country.mask, cols, rows);
    let placed: CountryLabel | undefined;
    for (const size_ of [fontSize, fontSize - 1]) {
      const w = labelTextWidth(label, size_) + spacing * size_ * (label.length - 1) + 6;
      const h = size_ + 4;
      const hw = Math.ceil(w / 2 / cell);
      const hh = Math.ceil(h / 2 / cell);
      const free = summed(blocked, cols, rows);
      let best = -Infinity;
      let at: [number, number] | undefined;
      for (let r = hh; r < rows - hh; r++) {
        for (let c = hw; c < cols - hw; c++) {
          const area = (2 * hw + 1) * (2 * hh + 1);
          if (inside(c - hw, r - hh, c + hw, r + hh) !== area) continue;
          if (free(c - hw, r - hh, c + hw, r + hh) !== 0) continue;
          const score = dist[r * cols + c]!;
          if (score > best) {
            best = score;
            at = [c, r];
          }
        }
      }
      if (at) {
        const x = (at[0] + 0.5) * cell;
        const cy = (at[1] + 0.5) * cell;
        const y = cy + size_ * 0.35;
        const box = { x0: x - w / 2, y0: cy - h / 2, x1: x + w / 2, y1: cy + h / 2 };
        placed = { id: countryId(country.name), name: country.name, text: label, x, y, fontSize: size_, lonLat: fromFrame([x, y], camera, size), box };
        break;
      }
    }
    if (placed) {
      labels.push(placed);
      block(placed.box);
    }
  }
  return { labels, coverage };
}
