import { describe, expect, it } from 'vitest';
import { cameraTransform, fromFrame, metresPerPixel, project, scaleBar, toFrame, transformAttr, unproject, viewWidthKm, visibleBounds } from '../../src/lib/geo/camera.ts';

const size = { width: 400, height: 300 };
const hoeryong = { center: [129.75, 42.433] as const, zoom: 9 };

describe('project / unproject (Web Mercator, 512 px world at zoom 0)', () => {
  it('project([0, 0]) is the middle of the 512 px world and 180°W, 85.05°N its top-left corner', () => {
    expect(project([0, 0])).toEqual([256, 256]);
    const [x, y] = project([-180, 85.0511287798]);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 6);
  });

  it('unproject(project(p)) returns p', () => {
    const [lon, lat] = unproject(project([130.6411, 42.4152]));
    expect(lon).toBeCloseTo(130.6411, 9);
    expect(lat).toBeCloseTo(42.4152, 9);
  });
});

describe('cameraTransform', () => {
  it("cameraTransform centres the camera's center in the frame", () => {
    const t = cameraTransform(hoeryong, size);
    const [px, py] = project(hoeryong.center);
    expect(t.k).toBe(512);
    expect(t.k * px + t.x).toBeCloseTo(200, 9);
    expect(t.k * py + t.y).toBeCloseTo(150, 9);
    expect(toFrame(hoeryong.center, hoeryong, size)).toEqual([expect.closeTo(200, 9), expect.closeTo(150, 9)]);
  });

  it('cameraTransform turns the view by minus the bearing, and transformAttr writes it as an SVG rotate about the frame centre', () => {
    const t = cameraTransform({ ...hoeryong, bearing: 30 }, size);
    expect(t.angle).toBe(-30);
    expect(transformAttr(t, size)).toMatch(/^rotate\(-30,200,150\) translate\([-\d.]+,[-\d.]+\) scale\(512\)$/);
    expect(transformAttr(cameraTransform(hoeryong, size), size)).toMatch(/^translate/);
  });

  it('toFrame puts a place east of the centre to the right with a bearing of 0, and above the centre with a bearing of 90', () => {
    const east: [number, number] = [129.8, 42.433];
    const [x0, y0] = toFrame(east, hoeryong, size);
    expect(x0).toBeGreaterThan(200);
    expect(y0).toBeCloseTo(150, 6);
    const [x1, y1] = toFrame(east, { ...hoeryong, bearing: 90 }, size);
    expect(x1).toBeCloseTo(200, 6);
    expect(y1).toBeLessThan(150);
  });

  it('fromFrame undoes toFrame, bearing included', () => {
    const cam = { ...hoeryong, bearing: -40 };
    const [lon, lat] = fromFrame(toFrame([129.9, 42.5], cam, size), cam, size);
    expect(lon).toBeCloseTo(129.9, 9);
    expect(lat).toBeCloseTo(42.5, 9);
  });
});

describe('visibleBounds', () => {
  it('visibleBounds is the frame in degrees: 400 px at zoom 9 span 400 / (512 * 2^9) of 360°', () => {
    const [[w, s], [e, n]] = visibleBounds(hoeryong, size);
    expect(e - w).toBeCloseTo((400 / (512 * 512)) * 360, 9);
    expect(w).toBeLessThan(129.75);
    expect(e).toBeGreaterThan(129.75);
    expect(s).toBeLessThan(42.433);
    expect(n).toBeGreaterThan(42.433);
  });

  it('visibleBounds grows with a bearing, since the turned frame reaches further', () => {
    const [[w0], [e0]] = visibleBounds(hoeryong, size);
    const [[w1], [e1]] = visibleBounds({ ...hoeryong, bearing: 45 }, size);
    expect(e1 - w1).toBeGreaterThan(e0 - w0);
  });
});

describe('scale', () => {
  it('metresPerPixel matches mapbox-gl: 78,271.5 m a pixel at the equator at zoom 0, half that a zoom level in', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(0, 1)).toBeCloseTo(78271.517 / 2, 2);
  });

  it('scaleBar picks a round number no longer than a quarter of the frame', () => {
    const bar = scaleBar(hoeryong, size);
    expect(bar.km).toBe(10);
    expect(bar.label).toBe('10 km');
    expect(bar.px).toBeLessThanOrEqual(100);
    expect(bar.px).toBeCloseTo((10000 / metresPerPixel(42.433, 9)), 9);
    for (const zoom of [4, 5, 6.5, 8, 10, 11, 12, 13]) {
      const b = scaleBar({ center: [129.75, 42.433], zoom }, size);
      expect(String(b.km / 10 ** Math.floor(Math.log10(b.km)))).toMatch(/^[125]$/);
      expect(b.px).toBeGreaterThan(40);
      expect(b.px).toBeLessThanOrEqual(100);
    }
  });

  it('scaleBar writes distances under a kilometre in metres', () => {
    expect(scaleBar({ center: [130.64, 42.41], zoom: 13 }, size).label).toBe('500 m');
  });

  it('viewWidthKm gives the ground width of the frame at the centre latitude (about 45 km at zoom 9 at 42°N)', () => {
    expect(viewWidthKm(hoeryong, size)).toBeCloseTo(45.1, 0);
  });
});
