// The text alternative of one map state, written from the camera and the places: what the frame is
// centred on, how much ground it covers, which countries and places it shows, and what it cannot show.
import { MAP_SIZE, project, toFrame, viewWidthKm, visibleBounds, type CameraLike, type Size } from './camera.ts';

export interface PlaceLike {
  id: string;
  name: string;
  country: string;
  lat?: number | undefined;
  lon?: number | undefined;
  kind?: string;
}

export interface DescribeInput {
  camera: CameraLike;
  size?: Size;
  /** Places with coordinates, to say what the camera is centred on. */
  places: readonly PlaceLike[];
  /** The places marked, in the order the step lists them. */
  shown: readonly PlaceLike[];
  /** Countries in view, largest first. */
  countries?: readonly string[];
  /** Whether North Korea's border with China and Russia crosses the frame. */
  borderVisible?: boolean;
}

/** Views wider than this are described by their extent rather than by a place near the centre. */
export const WIDE_KM = 250;
const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** "A, B and C". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Hoeryong (North Korea)", "Tumen-Namyang rail bridge (between China and North Korea)",
 * "Fangchuan (tri-border viewpoint, China)", "Tumen (city, China)": the country joins a name's own
 * parenthesis, and is left out when the name already says it.
 */
export function placePhrase(p: PlaceLike): string {
  const countries = p.country.split('/').map((c) => c.trim()).filter(Boolean);
  const where = countries.length > 1 ? `between ${listAnd(countries)}` : countries[0];
  if (!where) return p.name;
  const paren = /^(.*) \(([^()]*)\)$/.exec(p.name);
  if (!paren) return `${p.name} (${where})`;
  if (countries.every((c) => paren[2]!.includes(c))) return p.name;
  return `${paren[1]} (${paren[2]}, ${where})`;
}

/** "about 21 km", "about 690 km", "about 5.6 km": two significant figures. */
export function aboutKm(km: number): string {
  return `about ${Number(km.toPrecision(2)).toLocaleString('en-US')} km`;
}

/** Compass direction of `to` from `from` as it appears on a north-up Mercator map. */
export function compass(from: readonly [number, number], to: readonly [number, number]): string {
  const [x0, y0] = project(from);
  const [x1, y1] = project(to);
  const deg = (Math.atan2(x1 - x0, -(y1 - y0)) * 180) / Math.PI;
  return COMPASS[Math.round((((deg % 360) + 360) % 360) / 45) % 8]!;
}

const hasCoords = (p: PlaceLike): p is PlaceLike & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined;
const lonLat = (p: { lat: number; lon: number }): [number, number] => [p.lon, p.lat];
const fmt = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}°${v >= 0 ? pos : neg}`;

/**
 * describeCamera(input) is the text alternative of one map step, e.g. "Map centred on Hoeryong
 * (North Korea), zoom 10, about 21 km across, showing parts of North Korea and China. ...".
 */
export function describeCamera(input: DescribeInput): string {
  const { camera } = input;
  const size = input.size ?? MAP_SIZE;
  const widthKm = viewWidthKm(camera, size);
  const centre: [number, number] = [camera.center[0], camera.center[1]];
  const parts: string[] = [];

  // What the frame is centred on: the nearest place, if it is close enough to name.
  const km = (p: { lat: number; lon: number }) => {
    const [x0, y0] = toFrame(centre, camera, size);
    const [x1, y1] = toFrame(lonLat(p), camera, size);
    return (Math.hypot(x1 - x0, y1 - y0) / size.width) * widthKm;
  };
  const nearest = input.places.filter(hasCoords).map((p) => ({ p, d: km(p) })).sort((a, b) => a.d - b.d)[0];
  const zoom = Number(camera.zoom.toFixed(1));
  const scale = `zoom ${zoom}, ${aboutKm(widthKm)} across`;
  if (widthKm > WIDE_KM) {
    // An overview is better told by its extent than by the town that happens to be nearest the centre.
    const [[w, s], [e, n]] = visibleBounds(camera, size);
    const deg = (v: number, pos: string, neg: string) => `${Math.abs(Math.round(v))}°${v >= 0 ? pos : neg}`;
    parts.push(`Map of the region from about ${deg(w, 'E', 'W')} to ${deg(e, 'E', 'W')} and ${deg(s, 'N', 'S')} to ${deg(n, 'N', 'S')} (${scale})`);
  } else if (nearest && nearest.d <= Math.max(1, widthKm * 0.03)) parts.push(`Map centred on ${placePhrase(nearest.p)}, ${scale}`);
  else if (nearest && nearest.d <= widthKm * 0.25) parts.push(`Map centred near ${placePhrase(nearest.p)}, ${scale}`);
  else parts.push(`Map centred at ${fmt(centre[1], 'N', 'S')}, ${fmt(centre[0], 'E', 'W')}, ${scale}`);
  const countries = input.countries ?? [];
  parts[0] += countries.length ? `, showing ${countries.length > 1 ? 'parts of ' : 'part of '}${listAnd(countries)}.` : '.';

  if (input.borderVisible) parts.push("The highlighted line is North Korea's border with China and Russia.");

  const inFrame = (p: { lat: number; lon: number }) => {
    const [x, y] = toFrame(lonLat(p), camera, size);
    return x >= 0 && x <= size.width && y >= 0 && y <= size.height;
  };
  const shown = input.shown.filter(hasCoords);
  const inside = shown.filter(inFrame);
  const outside = shown.filter((p) => !inFrame(p));
  if (inside.length) parts.push(`Marked: ${listAnd(inside.map(placePhrase))}.`);
  for (const p of outside) parts.push(`${placePhrase(p)} is marked but lies outside this view, to the ${compass(centre, lonLat(p))}.`);

  const bearing = camera.bearing ?? 0;
  if (bearing) {
    const turn = Math.abs(Math.round(bearing));
    parts.push(`The map is turned so that north points ${turn}° to the ${bearing > 0 ? 'left' : 'right'} of straight up (see the arrow).`);
  }
  if ((camera.pitch ?? 0) > 0) parts.push(`The interactive map tilts this view by ${Math.round(camera.pitch!)}°; this drawing shows it flat.`);

  parts.push('Country shapes from OpenStreetMap.');
  return parts.join(' ');
}
