import { describe, expect, it } from 'vitest';
import { cameraSnippet, panCamera, zoomCamera } from '../../src/lib/geo/cameraSnippet.ts';
import { toFrame, ZOOM_RANGE } from '../../src/lib/geo/camera.ts';

describe('cameraSnippet(camera, show)', () => {
  it('writes the state an editor pastes into a map step, rounded, without zero bearing and pitch', () => {
    expect(cameraSnippet({ center: [129.75012, 42.43311], zoom: 9.2549, bearing: 0, pitch: 0 }, ['hoeryong'])).toBe(
      'state={{ camera: { center: [129.7501, 42.4331], zoom: 9.25 }, show: ["hoeryong"] }}',
    );
  });

  it('keeps a bearing and a pitch, and leaves show out when nothing is marked', () => {
    expect(cameraSnippet({ center: [130.6411, 42.4152], zoom: 12, bearing: 20, pitch: 30 })).toBe(
      'state={{ camera: { center: [130.6411, 42.4152], zoom: 12, bearing: 20, pitch: 30 } }}',
    );
  });
});

describe('panCamera and zoomCamera', () => {
  const camera = { center: [129.75, 42.433] as const, zoom: 9 };

  it('panCamera moves what was at the centre by the drag', () => {
    const moved = panCamera(camera, [40, -20]);
    const [x, y] = toFrame(camera.center, moved);
    expect(x).toBeCloseTo(240, 6);
    expect(y).toBeCloseTo(130, 6);
  });

  it('zoomCamera keeps the place under the pointer still', () => {
    const at: [number, number] = [300, 80];
    const zoomed = zoomCamera(camera, 1, at);
    expect(zoomed.zoom).toBe(10);
    const [x, y] = toFrame(zoomCamera(camera, 0, at).center, camera);
    expect([x, y].map((v) => Math.round(v))).toEqual([200, 150]);
    const place = [129.9, 42.5] as const;
    const before = toFrame(place, camera);
    const afterZoom = zoomCamera(camera, 0.5, before);
    const after = toFrame(place, afterZoom);
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeCloseTo(before[1], 6);
  });

  it('zoomCamera stays within the zoom levels a step may use', () => {
    expect(zoomCamera(camera, 10).zoom).toBe(ZOOM_RANGE[1]);
    expect(zoomCamera(camera, -10).zoom).toBe(ZOOM_RANGE[0]);
  });
});
