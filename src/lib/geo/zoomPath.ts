// The smooth zoom-and-pan path between two cameras: d3's interpolateZoom (van Wijk and Nuij, 2003),
// the same curve mapbox-gl's flyTo follows, so the SVG fly-through and the GL one move alike.
import { interpolateZoom } from 'd3-interpolate';
import { MAP_SIZE, project, unproject, type CameraLike, type Size } from './camera.ts';

/** mapbox-gl flyTo's defaults: `curve` (rho, how far the path zooms out) and `speed` (screenfuls a second). */
export const FLY_CURVE = 1.42;
export const FLY_SPEED = 1.2;
/** A fly-through lasts between these many ms (unless the cameras are equal: 0). */
export const FLY_MIN_MS = 500;
export const FLY_MAX_MS = 2500;

export interface PathCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** A function from t in [0, 1] to the camera at that point of the flight, and the flight's length in ms. */
export type ZoomPath = ((t: number) => PathCamera) & { duration: number };

// d3 puts `rho` on the interpolateZoom factory; @types/d3-interpolate puts it on the interpolator.
const flyZoom = (interpolateZoom as unknown as { rho(rho: number): typeof interpolateZoom }).rho(FLY_CURVE);

const wrap180 = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;

/**
 * zoomPath(from, to, size) is the fly-through from one camera to another. Centre and zoom follow
 * interpolateZoom with mapbox's curve in zoom-0 world pixels (the viewport measured as mapbox does,
 * by its larger side); bearing turns the short way round and pitch changes linearly with t. The
 * duration is mapbox's (path length / speed), kept between 500 and 2500 ms, and 0 when nothing moves.
 * Reduced motion is the caller's business (it jumps to `path(1)`).
 */
export function zoomPath(from: CameraLike, to: CameraLike, size: Size = MAP_SIZE): ZoomPath {
  const side = Math.max(size.width, size.height);
  const [x0, y0] = project(from.center);
  const [x1, y1] = project(to.center);
  const interpolate = flyZoom([x0, y0, side / 2 ** from.zoom], [x1, y1, side / 2 ** to.zoom]);
  const b0 = from.bearing ?? 0;
  const turn = wrap180((to.bearing ?? 0) - b0);
  const p0 = from.pitch ?? 0;
  const p1 = to.pitch ?? 0;
  const end: PathCamera = { center: [to.center[0], to.center[1]], zoom: to.zoom, bearing: to.bearing ?? 0, pitch: p1 };
  const path = (t: number): PathCamera => {
    if (t >= 1) return { ...end, center: [...end.center] };
    if (t <= 0) return { center: [from.center[0], from.center[1]], zoom: from.zoom, bearing: b0, pitch: p0 };
    const [x, y, w] = interpolate(t);
    return { center: unproject([x, y]), zoom: Math.log2(side / w), bearing: wrap180(b0 + turn * t), pitch: p0 + (p1 - p0) * t };
  };
  // d3's duration is S * 1000 * rho / sqrt(2), S being the path length in screenfuls; mapbox's is S / speed.
  const length = (interpolate.duration / 1000) * (Math.SQRT2 / FLY_CURVE);
  const still = length < 1e-9 && Math.abs(turn) < 1e-9 && Math.abs(p1 - p0) < 1e-9;
  const duration = still ? 0 : Math.round(Math.min(FLY_MAX_MS, Math.max(FLY_MIN_MS, (1000 * length) / FLY_SPEED)));
  return Object.assign(path, { duration });
}
