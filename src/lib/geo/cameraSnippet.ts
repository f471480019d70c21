import { MAP_SIZE, fromFrame, toFrame, ZOOM_RANGE, type CameraLike, type Size } from './camera.ts';

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * cameraSnippet(camera, show) is a map step's `state` as an editor pastes it into MDX: centre to 4
 * decimals (about 10 m), zoom to 2, bearing and pitch only when they are not 0.
 * cameraSnippet({ center: [129.75012, 42.4331], zoom: 9.2549 }, ['hoeryong']) is
 * `state={{ camera: { center: [129.7501, 42.4331], zoom: 9.25 }, show: ["hoeryong"] }}`.
 */
export function cameraSnippet(camera: CameraLike, show: readonly string[] = []): string {
  const parts = [`center: [${round(camera.center[0], 4)}, ${round(camera.center[1], 4)}]`, `zoom: ${round(camera.zoom, 2)}`];
  if (round(camera.bearing ?? 0, 1)) parts.push(`bearing: ${round(camera.bearing ?? 0, 1)}`);
  if (round(camera.pitch ?? 0, 1)) parts.push(`pitch: ${round(camera.pitch ?? 0, 1)}`);
  const places = show.length ? `, show: [${show.map((id) => JSON.stringify(id)).join(', ')}]` : '';
  return `state={{ camera: { ${parts.join(', ')} }${places} }}`;
}

/** panCamera(camera, [dx, dy]) moves the map by dx, dy frame units, as a drag does: what was at the centre moves with it. */
export function panCamera(camera: CameraLike, [dx, dy]: readonly [number, number], size: Size = MAP_SIZE): CameraLike {
  return { ...camera, center: fromFrame([size.width / 2 - dx, size.height / 2 - dy], camera, size) };
}

/** zoomCamera(camera, by, at) zooms by `by` levels (within ZOOM_RANGE), keeping the place under `at` (frame units) still. */
export function zoomCamera(camera: CameraLike, by: number, at: readonly [number, number] = [MAP_SIZE.width / 2, MAP_SIZE.height / 2], size: Size = MAP_SIZE): CameraLike {
  const zoom = Math.min(ZOOM_RANGE[1], Math.max(ZOOM_RANGE[0], camera.zoom + by));
  const anchor = fromFrame(at, camera, size);
  const zoomed = { ...camera, zoom };
  const [x, y] = toFrame(anchor, zoomed, size);
  return panCamera(zoomed, [at[0] - x, at[1] - y], size);
}
