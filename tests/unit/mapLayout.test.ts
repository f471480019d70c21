import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import { visibleBounds } from '../../src/lib/geo/camera.ts';
import { countryLabels, rasterize } from '../../src/lib/geo/countryLabels.ts';
import { ATTRIBUTION, mapLayout, markType, positionsToward } from '../../src/lib/geo/mapLayout.ts';
import { countryAt, landPaths, lineOf, NORTHERN_BORDER } from '../../src/lib/geo/region.ts';
import { CLIP_MARGIN_PX, keptPlaces, OVERVIEW_ZOOM, regionFor, simplifyLine, worldExtent } from '../../src/lib/geo/regionView.ts';

const content = loadContent();
const places = content.data.places;
const keep = keptPlaces(places);
const overview = regionFor(content.map, OVERVIEW_ZOOM, keep);
const region = overview;
const size = { width: 400, height: 300 };

describe('region.json and the land paths', () => {
  it('region.json is an OpenStreetMap topology of China, North Korea, Russia and South Korea with the two border lines, nothing outside the box', () => {
    expect(content.map.source).toMatch(/^OpenStreetMap contributors \(ODbL\)/);
    const names = overview.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'North Korea', 'Russia', 'South Korea', 'northern-border', 'other-borders']));
    const coords = JSON.stringify(overview.features.map((f) => f.geometry.coordinates)).match(/-?\d+(\.\d+)?/g)!.map(Number);
    const lons = coords.filter((_, i) => i % 2 === 0);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(content.map.bbox[0]!);
    expect(Math.max(...lons)).toBeLessThanOrEqual(content.map.bbox[2]!);
  });

  it('a close-up keeps about 10 m of detail where the overview keeps about a kilometre', () => {
    const vertices = (zoom: number) => lineOf(regionFor(content.map, zoom, keep), NORTHERN_BORDER)!.geometry.coordinates.flat().length;
    expect(vertices(12)).toBeGreaterThan(3 * vertices(OVERVIEW_ZOOM));
  });

  it('simplifyLine drops points within the tolerance but keeps every point whose own tolerance is smaller', () => {
    const line: [number, number][] = [[0, 0], [1, 0.2], [2, 0], [3, 0.3], [4, 0]];
    expect(simplifyLine(line, () => 0.5)).toEqual([0, 4]);
    expect(simplifyLine(line, (i) => (i === 1 ? 0 : 0.5))).toEqual([0, 1, 4]);
  });

  it('the northern border runs from the Yalu estuary to the Tumen mouth', () => {
    const lines = lineOf(region, NORTHERN_BORDER)!.geometry.coordinates.flat();
    expect(Math.min(...lines.map((p) => p[0]!))).toBeLessThan(124.5);
    expect(Math.max(...lines.map((p) => p[0]!))).toBeGreaterThan(130.65);
  });

  it('countryAt finds the outline a sourced point falls in (Hoeryong in North Korea, Dandong in China)', () => {
    expect(countryAt(region, [129.75, 42.433])).toBe('North Korea');
    expect(countryAt(region, [124.383, 40.117])).toBe('China');
  });

  it('landPaths writes compact integer path data in eighths of a screen pixel at its zoom, from the region corner', () => {
    const land = landPaths(region, OVERVIEW_ZOOM);
    expect(land.transform).toMatch(/^translate\([\d.]+,[\d.]+\) scale\(0\.001953125\)$/);
    expect(land.countries.map((c) => c.id)).toContain('north-korea');
    expect(land.northernBorder).toMatch(/^M\d+ \d+[lhv]/);
    expect(land.northernBorder).not.toMatch(/\.\d/);
  });

  it('a close-up\'s land is cut to its frame plus a margin: the Tumen mouth carries no Yalu', () => {
    const camera = { center: [130.6241, 42.425] as [number, number], zoom: 11 };
    const clip = worldExtent(visibleBounds(camera), CLIP_MARGIN_PX, camera.zoom);
    const close = landPaths(regionFor(content.map, camera.zoom, keep), camera.zoom, clip);
    const whole = landPaths(regionFor(content.map, camera.zoom, keep), camera.zoom);
    expect(close.countries.map((c) => c.name).sort()).toEqual(['China', 'North Korea', 'Russia']);
    expect(close.northernBorder.length).toBeGreaterThan(100);
    expect(close.northernBorder.length * 20).toBeLessThan(whole.northernBorder.length);
  });
});

describe('mapLayout', () => {
  const layout = (camera: { center: [number, number]; zoom: number; bearing?: number }, show: string[]) => mapLayout({ region, places, camera, show, size });

  it('mapLayout lays out a view once per region and places: the same input gives the same layout, another camera its own', () => {
    const camera = { center: [129.75, 42.433] as [number, number], zoom: 10 };
    const first = layout(camera, ['hoeryong']);
    expect(layout({ ...camera }, ['hoeryong'])).toBe(first);
    expect(layout({ ...camera, zoom: 9 }, ['hoeryong'])).not.toBe(first);
    expect(mapLayout({ region, places: [...places], camera, show: ['hoeryong'], size })).not.toBe(first);
    expect(mapLayout({ region, places: [...places], camera, show: ['hoeryong'], size })).toEqual(first);
  });

  it('mapLayout marks the shown places at their sourced coordinates, in frame units', () => {
    const l = layout({ center: [129.75, 42.433], zoom: 10 }, ['hoeryong']);
    expect(l.places).toHaveLength(1);
    expect(l.places[0]).toMatchObject({ id: 'hoeryong', mark: 'town', inFrame: true, lonLat: [129.75, 42.433] });
    expect(l.places[0]!.x).toBeCloseTo(200, 6);
    expect(l.cameraJson).toBe('{"center":[129.75,42.433],"zoom":10,"bearing":0,"pitch":0}');
  });

  it('mapLayout names both banks in a close-up of the Yalu, and each country label sits inside its own outline', () => {
    const l = layout({ center: [124.4, 40.1], zoom: 9 }, ['sinuiju', 'dandong']);
    expect(l.countries.map((c) => c.name).sort()).toEqual(['China', 'North Korea']);
    for (const c of l.countries) expect(countryAt(region, c.lonLat)).toBe(c.name);
  });

  it('mapLayout credits OpenStreetMap on the map and adds no note that the outlines are approximate', () => {
    const l = mapLayout({ region: regionFor(content.map, 11, keep), places, camera: { center: [130.5883, 42.437], zoom: 11 }, show: ['fangchuan', 'tumangang', 'khasan'], size });
    expect(ATTRIBUTION).toBe('© OpenStreetMap contributors (ODbL)');
    expect(l.attribution.text).toBe(ATTRIBUTION);
    expect(l).not.toHaveProperty('caveat');
    expect(l.description).not.toMatch(/approximate|generalised/);
  });

  it('mapLayout draws a north arrow only when the camera has a bearing', () => {
    expect(layout({ center: [129.75, 42.433], zoom: 9 }, []).north).toBeUndefined();
    expect(layout({ center: [129.75, 42.433], zoom: 9, bearing: 20 }, []).north).toMatchObject({ angle: -20 });
  });

  it('mapLayout names the Yalu and the Tumen only near their verified mouths, and not when the mouth is marked', () => {
    const whole = layout({ center: [127.5495, 41.1964], zoom: 5 }, ['hoeryong']);
    expect(whole.rivers.map((r) => r.text)).toEqual(['Yalu', 'Tumen']);
    expect(layout({ center: [129.75, 42.433], zoom: 9 }, []).rivers).toEqual([]);
    expect(layout({ center: [127.5495, 41.1964], zoom: 5 }, ['tumen-mouth']).rivers.map((r) => r.text)).toEqual(['Yalu']);
  });

  it('mapLayout keeps place labels inside the frame and apart in the whole-border overview', () => {
    const l = layout({ center: [127.5495, 41.1964], zoom: 5 }, ['sinuiju', 'dandong', 'manpo', 'hyesan', 'musan', 'hoeryong', 'tumangang', 'khasan']);
    for (const p of l.places) {
      expect(p.label!.box.x0).toBeGreaterThanOrEqual(0);
      expect(p.label!.box.x1).toBeLessThanOrEqual(400);
      expect(p.label!.overlaps).toBe(false);
    }
  });

  it('markType draws bridges as bars, the tri-border viewpoint as a triangle and towns as dots', () => {
    expect(markType('bridge')).toBe('bridge');
    expect(markType('bridge (under construction)')).toBe('bridge');
    expect(markType('village / viewpoint')).toBe('viewpoint');
    expect(markType('river mouth')).toBe('river-mouth');
    expect(markType('city')).toBe('town');
  });

  it('positionsToward orders label positions by direction (0° is east, 90° south on screen)', () => {
    expect(positionsToward(0)[0]).toBe('e');
    expect(positionsToward(-90)[0]).toBe('n');
    expect(positionsToward(135)[0]).toBe('sw');
  });
});

describe('countryLabels', () => {
  it('rasterize fills the cells inside a ring', () => {
    const mask = rasterize([[[0, 0], [20, 0], [20, 20], [0, 20], [0, 0]]], 8, 8, 5);
    expect(mask.reduce((s, v) => s + v, 0)).toBe(16);
  });

  it('rasterize marks exactly the cells whose centre an even-odd test puts inside, for rings that leave the frame', () => {
    // A star with a hole, partly off the frame on three sides, against a point-in-polygon test of each cell centre.
    const star = Array.from({ length: 15 }, (_, i) => {
      const angle = (i / 14) * 2 * Math.PI;
      const radius = i % 2 ? 22 : 55;
      return [30 + radius * Math.cos(angle), 25 + radius * Math.sin(angle)] as [number, number];
    });
    const hole: [number, number][] = [[25, 20], [35, 20], [35, 30], [25, 30], [25, 20]];
    const rings = [star, hole];
    const inside = (x: number, y: number) =>
      rings.reduce((odd, ring) => ring.slice(1).reduce((o, [x1, y1], i) => {
        const [x0, y0] = ring[i]!;
        return (y0 <= y && y < y1) || (y1 <= y && y < y0) ? (x < x0 + ((y - y0) / (y1 - y0)) * (x1 - x0) ? !o : o) : o;
      }, odd), false);
    const [cols, rows, cell] = [16, 12, 4];
    const mask = rasterize(rings, cols, rows, cell);
    const expected = Array.from({ length: cols * rows }, (_, i) => (inside((i % cols + 0.5) * cell, (Math.floor(i / cols) + 0.5) * cell) ? 1 : 0));
    expect([...mask]).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(20);
  });

  it('countryLabels leaves out a country with too little room and keeps clear of obstacles', () => {
    const camera = { center: [129.3389, 42.0706] as [number, number], zoom: 9 };
    const { labels, coverage } = countryLabels(region, camera, { size });
    expect(coverage[0]!.name).toBe('North Korea');
    const nk = labels.find((l) => l.name === 'North Korea')!;
    const blocked = { x0: nk.box.x0, y0: nk.box.y0, x1: nk.box.x1, y1: nk.box.y1 };
    const again = countryLabels(region, camera, { size, obstacles: [blocked] }).labels.find((l) => l.name === 'North Korea')!;
    expect(again.box.x1 <= blocked.x0 || again.box.x0 >= blocked.x1 || again.box.y1 <= blocked.y0 || again.box.y0 >= blocked.y1).toBe(true);
  });
});
