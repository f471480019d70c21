import { describe, expect, it } from 'vitest';
import { FLY_MAX_MS, FLY_MIN_MS, zoomPath } from '../../src/lib/geo/zoomPath.ts';

const size = { width: 400, height: 300 };
const sinuiju = { center: [124.4, 40.1] as const, zoom: 9 };
const manpo = { center: [126.29, 41.157] as const, zoom: 9 };
const whole = { center: [127.5495, 41.1964] as const, zoom: 5 };

describe('zoomPath', () => {
  it('zoomPath(a, a) has duration 0 and stays put', () => {
    const path = zoomPath(sinuiju, sinuiju, size);
    expect(path.duration).toBe(0);
    expect(path(0.5).center[0]).toBeCloseTo(124.4, 9);
    expect(path(0.5).zoom).toBeCloseTo(9, 9);
  });

  it('zoomPath(a, b) starts at a and ends exactly at b', () => {
    const path = zoomPath(sinuiju, manpo, size);
    expect(path(0)).toEqual({ center: [124.4, 40.1], zoom: 9, bearing: 0, pitch: 0 });
    expect(path(1)).toEqual({ center: [126.29, 41.157], zoom: 9, bearing: 0, pitch: 0 });
  });

  it('zoomPath between two close-ups far apart zooms out on the way, like mapbox-gl flyTo', () => {
    const path = zoomPath(sinuiju, manpo, size);
    expect(path(0.5).zoom).toBeLessThan(8);
    expect(path(0.5).center[0]).toBeGreaterThan(124.4);
    expect(path(0.5).center[0]).toBeLessThan(126.29);
  });

  it('zoomPath lasts between 500 and 2500 ms, longer for a longer flight', () => {
    const short = zoomPath(sinuiju, { center: [124.45, 40.12], zoom: 9 }, size).duration;
    const long = zoomPath(sinuiju, { center: [130.64, 42.41], zoom: 12 }, size).duration;
    const mid = zoomPath(whole, sinuiju, size).duration;
    expect(short).toBeGreaterThanOrEqual(FLY_MIN_MS);
    expect(long).toBeLessThanOrEqual(FLY_MAX_MS);
    expect(mid).toBeGreaterThan(short);
  });

  it('zoomPath turns the bearing the short way round and changes pitch linearly', () => {
    const path = zoomPath({ ...sinuiju, bearing: 170, pitch: 0 }, { ...sinuiju, bearing: -170, pitch: 40 }, size);
    expect(path(0.25).bearing).toBeCloseTo(175, 6);
    expect(path(0.75).bearing).toBeCloseTo(-175, 6);
    expect(path(0.5).pitch).toBeCloseTo(20, 9);
    expect(path.duration).toBeGreaterThanOrEqual(FLY_MIN_MS);
  });
});
