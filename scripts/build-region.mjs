// Cuts Natural Earth 1:10m country shapes (world-atlas 2.0.2, public domain) to the region of the
// northern border and writes content/data/map/region.json, the only geometry the SVG map draws.
//
//   npm run map:region          (or: npx node scripts/build-region.mjs)
//
// What it keeps: every country with land in the box below, the shared boundary of North Korea with
// China and Russia as the feature `northern-border` (drawn in full 1:10m detail, since the map
// zooms in on it), and the other land borders in the box as `other-borders`. Coastlines and the
// other borders are simplified (Douglas-Peucker in Web Mercator pixels, on the topology's arcs, so
// neighbours stay seamless). Nothing else is drawn: no rivers (world-atlas has none; the Yalu and
// the Tumen are the border line itself) and no fences (nobody has published where they run).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { parseCsv } from '../src/lib/data/parseCsv.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'content/data/map/region.json');

/** [west, south, east, north]: lon 121-134, lat 37.5-45.5 with a margin for zoomed-out flights. */
const BOX = [120, 37, 135, 46.5];
/**
 * Douglas-Peucker tolerance in Web Mercator pixels at zoom 9 (512 px tiles). Close-ups (zoom 8-12)
 * frame the places of content/data/places.csv, so coasts and borders within NEAR_DEG of a place keep
 * zoom-9 detail; elsewhere only the overview zooms (5-7) see them.
 */
const TOLERANCE_NEAR_PX_AT_Z9 = 1.5;
const TOLERANCE_FAR_PX_AT_Z9 = 8;
const NEAR_DEG = 0.7;
/** Polygons smaller than this many square pixels at zoom 9 (islets) are dropped. */
const MIN_AREA_PX2_AT_Z9 = 60;
const NK = 'North Korea';
/** 3 decimals (about 100 m) is finer than the data: world-atlas is quantized to 0.0036 x 0.0017 degrees. */
const DIGITS = 3;

const atlasPath = require.resolve('world-atlas/countries-10m.json');
const atlasVersion = JSON.parse(readFileSync(join(dirname(atlasPath), 'package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8'));

const places = parseCsv(readFileSync(join(root, 'content/data/places.csv'), 'utf8'), 'content/data/places.csv').rows
  .filter((r) => r.values.lat && r.values.lon)
  .map((r) => [Number(r.values.lon), Number(r.values.lat)]);
const near = ([lon, lat]) => places.some(([plon, plat]) => Math.hypot((lon - plon) * Math.cos((plat * Math.PI) / 180), lat - plat) < NEAR_DEG);
const tolerance = (p) => (near(p) ? TOLERANCE_NEAR_PX_AT_Z9 : TOLERANCE_FAR_PX_AT_Z9);

// Web Mercator at zoom 9 (512 px tiles), for tolerances in pixels.
const Z9 = 512 * 2 ** 9;
const mx = (lon) => (Z9 * (lon + 180)) / 360;
const my = (lat) => (Z9 * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)));

// --- decode the quantized, delta-encoded arcs to absolute [lon, lat] ---
const { scale: [sx, sy], translate: [tx, ty] } = topology.transform;
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

// --- the countries with land in the box ---
const inBox = ([lon, lat]) => lon >= BOX[0] && lon <= BOX[2] && lat >= BOX[1] && lat <= BOX[3];
const arcIndex = (i) => (i < 0 ? ~i : i);
const arcsOf = (geometry) => {
  const polys = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return polys.flat(2).map(arcIndex);
};
const countries = topology.objects.countries.geometries.filter((g) => arcsOf(g).some((i) => arcs[i].some(inBox)));

// Which arcs lie on North Korea's border with China or Russia: those used by North Korea and by one of them.
const users = new Map();
for (const g of countries) for (const i of arcsOf(g)) users.set(i, [...(users.get(i) ?? []), g.properties.name]);
const onNorthernBorder = (i) => {
  const u = users.get(i) ?? [];
  return u.includes(NK) && (u.includes('China') || u.includes('Russia'));
};

// --- simplify each arc once (shared arcs stay shared), keeping the northern border whole ---
function douglasPeucker(points) {
  if (points.length <= 2) return points;
  const px = points.map(([lon, lat]) => [mx(lon), my(lat)]);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  // A closed arc (an island ring) has the same first and last point: split it at its farthest point.
  if (px[0][0] === px[points.length - 1][0] && px[0][1] === px[points.length - 1][1]) {
    let far = 1;
    let best = -1;
    for (let i = 1; i < points.length - 1; i++) {
      const d = Math.hypot(px[i][0] - px[0][0], px[i][1] - px[0][1]);
      if (d > best) { best = d; far = i; }
    }
    keep[far] = 1;
    stack.pop();
    stack.push([0, far], [far, points.length - 1]);
  }
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = px[a];
    const [bx, by] = px[b];
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let best = 0;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = px[i];
      const d = len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / len;
      if (d > best) { best = d; far = i; }
    }
    if (far >= 0 && best <= tolerance(points[far])) far = -1;
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
const round = (v) => Math.round(v * 10 ** DIGITS) / 10 ** DIGITS;
const simplified = arcs.map((arc, i) => {
  if (!users.has(i)) return [];
  const kept = onNorthernBorder(i) ? arc : douglasPeucker(arc);
  return kept.map(([lon, lat]) => [round(lon), round(lat)]);
});
const simple = { type: 'Topology', arcs: simplified, objects: { countries: { type: 'GeometryCollection', geometries: countries } } };

// --- clip to the box (Sutherland-Hodgman: the box is a rectangle in lon/lat and in Mercator alike) ---
function clipRing(ring) {
  const edges = [
    (p) => p[0] >= BOX[0], (p) => p[0] <= BOX[2], (p) => p[1] >= BOX[1], (p) => p[1] <= BOX[3],
  ];
  const cut = [
    (a, b) => at(a, b, 0, BOX[0]), (a, b) => at(a, b, 0, BOX[2]), (a, b) => at(a, b, 1, BOX[1]), (a, b) => at(a, b, 1, BOX[3]),
  ];
  function at(a, b, axis, v) {
    const t = (v - a[axis]) / (b[axis] - a[axis]);
    const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    p[axis] = v;
    return [round(p[0]), round(p[1])];
  }
  let pts = ring.slice(0, -1);
  edges.forEach((inside, e) => {
    const input = pts;
    pts = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(p)) {
        if (!inside(prev)) pts.push(cut[e](prev, p));
        pts.push(p);
      } else if (inside(prev)) pts.push(cut[e](prev, p));
    });
  });
  return pts.length >= 3 ? [...pts, pts[0]] : null;
}
function areaPx(ring) {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = [mx(ring[i - 1][0]), my(ring[i - 1][1])];
    const [x1, y1] = [mx(ring[i][0]), my(ring[i][1])];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s / 2);
}
function clipLines(lines) {
  const outLines = [];
  for (const line of lines) {
    let current = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i];
      if (inBox(p)) current.push(p);
      else {
        if (current.length >= 2) outLines.push(current);
        current = [];
      }
    }
    if (current.length >= 2) outLines.push(current);
  }
  return outLines;
}

const features = [];
let dropped = 0;
for (const g of countries) {
  const f = topojson.feature(simple, g);
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = [];
  for (const polygon of polygons) {
    const rings = polygon.map(clipRing);
    if (!rings[0]) continue;
    if (areaPx(rings[0]) < MIN_AREA_PX2_AT_Z9) { dropped++; continue; }
    kept.push(rings.filter((r, i) => r && (i === 0 || areaPx(r) >= MIN_AREA_PX2_AT_Z9)));
  }
  if (kept.length) features.push({ type: 'Feature', properties: { name: g.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
}

// --- the border lines, from the same simplified topology ---
const nameOf = (g) => g.properties.name;
const northern = topojson.mesh(simple, simple.objects.countries, (a, b) => a !== b && (nameOf(a) === NK || nameOf(b) === NK) && [nameOf(a), nameOf(b)].some((n) => n === 'China' || n === 'Russia'));
const others = topojson.mesh(simple, simple.objects.countries, (a, b) => a !== b && !(((nameOf(a) === NK || nameOf(b) === NK) && [nameOf(a), nameOf(b)].some((n) => n === 'China' || n === 'Russia'))));
features.push({ type: 'Feature', properties: { name: 'northern-border' }, geometry: { type: 'MultiLineString', coordinates: clipLines(northern.coordinates) } });
features.push({ type: 'Feature', properties: { name: 'other-borders' }, geometry: { type: 'MultiLineString', coordinates: clipLines(others.coordinates) } });

// Lengths of the drawn border, as a check against the sources (about 1,400 km with China, 18 km with Russia).
const R = 6371.0088;
const km = (line) => line.slice(1).reduce((s, b, i) => {
  const a = line[i];
  const [l1, p1, l2, p2] = [a[0], a[1], b[0], b[1]].map((d) => (d * Math.PI) / 180);
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2;
  return s + 2 * R * Math.asin(Math.sqrt(h));
}, 0);
const withCountry = (other) => topojson.mesh(simple, simple.objects.countries, (a, b) => [nameOf(a), nameOf(b)].sort().join('|') === [NK, other].sort().join('|'));

const collection = {
  type: 'FeatureCollection',
  // Provenance travels with the file.
  source: `Natural Earth 1:10m Admin 0 countries (public domain), via world-atlas ${atlasVersion}; cut by scripts/build-region.mjs`,
  bbox: BOX,
  features,
};
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(collection);
writeFileSync(out, `${text}\n`);
const vertices = features.reduce((s, f) => s + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
console.log(`wrote ${out.slice(root.length + 1)}: ${(text.length / 1024).toFixed(1)} KB, ${features.length} features (${features.map((f) => f.properties.name).join(', ')}), about ${vertices} vertices, ${dropped} islets dropped`);
console.log(`drawn border length: North Korea-China ${Math.round(withCountry('China').coordinates.reduce((s, l) => s + km(l), 0))} km, North Korea-Russia ${Math.round(withCountry('Russia').coordinates.reduce((s, l) => s + km(l), 0) * 10) / 10} km`);
