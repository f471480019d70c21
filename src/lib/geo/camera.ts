// Web Mercator with mapbox-gl's semantics (512 px tiles), so one camera means the same view in the
// SVG map and in mapbox-gl: at zoom z the world is 512 * 2^z px wide, and the SVG frame shows what a
// mapbox viewport of the same size in CSS px shows at that camera. No DOM: the server render and the
// browser fly-through both use these functions.
import { groupDigits } from '../text/groupDigits.ts';

/** Width of the world at zoom 0, in px (mapbox-gl's tile size). */
export const TILE_SIZE = 512;
/** The map frame, in viewBox units that stand for CSS px of a mapbox viewport. */
export const MAP_SIZE: Size = { width: 400, height: 300 };
/** Earth radius used by Web Mercator (EPSG:3857), in metres. */
export const EARTH_RADIUS_M = 6378137;
const MAX_LAT = 85.051129;
/** Zoom levels both map renderers draw well; web-map levels (5 = the border region, 11 = a bridge). A map step's schema and the camera helper both keep to it. */
export const ZOOM_RANGE = [4, 13] as const;

export type LonLat = readonly [number, number];
export type Point = [number, number];
export interface Size {
  width: number;
  height: number;
}
/** The camera of a map step (src/schemas/graphics/camera.ts); bearing and pitch default to 0. */
export interface CameraLike {
  center: LonLat;
  zoom: number;
  bearing?: number;
  pitch?: number;
}
/** Scale `k` and translate `x, y` of the group holding zoom-0 world pixels; `angle` rotates it about the frame centre. */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
  /** Degrees, clockwise on screen (SVG `rotate`): minus the camera's bearing. */
  angle: number;
}

const rad = Math.PI / 180;

/** project([lon, lat]) is the point in world pixels at zoom 0 (x right from 180°W, y down from 85°N). */
export function project([lon, lat]: LonLat): Point {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * rad;
  return [(TILE_SIZE * (lon + 180)) / 360, TILE_SIZE * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

/** unproject(point) is the [lon, lat] of a point in world pixels at zoom 0 (the inverse of project). */
export function unproject([x, y]: readonly [number, number]): Point {
  const lon = (x / TILE_SIZE) * 360 - 180;
  const lat = (2 * Math.atan(Math.exp(Math.PI - (2 * Math.PI * y) / TILE_SIZE)) - Math.PI / 2) / rad;
  return [lon, lat];
}

/**
 * cameraTransform(camera, size) is the transform of the group that holds the land in zoom-0 world
 * pixels: `translate(x,y) scale(k)` puts the camera's centre in the middle of the frame, and the
 * group is then turned by `angle` about the frame centre for a bearing.
 */
export function cameraTransform(camera: CameraLike, size: Size = MAP_SIZE): ViewTransform {
  const k = 2 ** camera.zoom;
  const [cx, cy] = project(camera.center);
  return { k, x: size.width / 2 - k * cx, y: size.height / 2 - k * cy, angle: -(camera.bearing ?? 0) };
}

const num = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/** The SVG `transform` attribute of a ViewTransform. */
export function transformAttr(t: ViewTransform, size: Size = MAP_SIZE): string {
  const base = `translate(${num(t.x, 3)},${num(t.y, 3)}) scale(${num(t.k, 6)})`;
  return t.angle ? `rotate(${num(t.angle, 3)},${size.width / 2},${size.height / 2}) ${base}` : base;
}

/** toFrame(lonLat, camera, size) is where a place sits in the frame (viewBox units), bearing included. */
export function toFrame(lonLat: LonLat, camera: CameraLike, size: Size = MAP_SIZE): Point {
  const t = cameraTransform(camera, size);
  const [px, py] = project(lonLat);
  return rotate([t.k * px + t.x, t.k * py + t.y], t.angle, size);
}

/** fromFrame(point, camera, size) is the [lon, lat] under a point of the frame (the inverse of toFrame). */
export function fromFrame(point: readonly [number, number], camera: CameraLike, size: Size = MAP_SIZE): Point {
  const t = cameraTransform(camera, size);
  const [x, y] = rotate(point, -t.angle, size);
  return unproject([(x - t.x) / t.k, (y - t.y) / t.k]);
}

function rotate([x, y]: readonly [number, number], angle: number, size: Size): Point {
  if (!angle) return [x, y];
  const a = angle * rad;
  const cx = size.width / 2;
  const cy = size.height / 2;
  const dx = x - cx;
  const dy = y - cy;
  return [cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a)];
}

/** visibleBounds(camera, size) is `[[west, south], [east, north]]` of the frame (of its turned corners, with a bearing). */
export function visibleBounds(camera: CameraLike, size: Size = MAP_SIZE): [Point, Point] {
  const corners = ([[0, 0], [size.width, 0], [size.width, size.height], [0, size.height]] as const).map((c) => fromFrame(c, camera, size));
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  return [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
}

/** metresPerPixel(lat, zoom) is the ground size of one frame unit at a latitude (Web Mercator, 512 px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos(lat * rad)) / (TILE_SIZE * 2 ** zoom);
}

/** viewWidthKm(camera, size) is how many km the frame spans from side to side at the camera's latitude. */
export function viewWidthKm(camera: CameraLike, size: Size = MAP_SIZE): number {
  return (size.width * metresPerPixel(camera.center[1], camera.zoom)) / 1000;
}

export interface ScaleBar {
  /** The bar's round length: 1, 2 or 5 times a power of ten, in km (0.5 is 500 m). */
  km: number;
  /** Its length in frame units at the centre latitude. */
  px: number;
  /** "20 km", "500 m". */
  label: string;
}

/**
 * scaleBar(camera, size) picks the longest round distance (1, 2 or 5 times a power of ten) whose bar
 * fits in a quarter of the frame's width, measured at the camera's centre latitude (Mercator's scale
 * changes with latitude, so it is true there).
 */
export function scaleBar(camera: CameraLike, size: Size = MAP_SIZE, maxFraction = 0.25): ScaleBar {
  const mpp = metresPerPixel(camera.center[1], camera.zoom);
  const maxMetres = size.width * maxFraction * mpp;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  const km = metres / 1000;
  return { km, px: metres / mpp, label: metres >= 1000 ? `${groupDigits(km)} km` : `${metres} m` };
}
