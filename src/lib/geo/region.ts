// The region's shapes as GeoJSON (regionView.ts draws them from content/data/map/region.json for a
// zoom) and the land paths drawn from them: d3-geo's geoPath with the Web Mercator of camera.ts, so
// the paths sit in zoom-0 world pixels and one transform per camera places them.
import { geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { TILE_SIZE, project, type Point } from './camera.ts';
import { keyedCache } from './keyedCache.ts';

export type CountryFeature = Feature<MultiPolygon, { name: string }>;
export type LineFeature = Feature<MultiLineString, { name: string }>;
export interface Region {
  type: 'FeatureCollection';
  /** [west, south, east, north] the shapes were cut to. */
  bbox: number[];
  features: (CountryFeature | LineFeature)[];
}

/** The feature holding North Korea's border with China and Russia (the Yalu and the Tumen). */
export const NORTHERN_BORDER = 'northern-border';
/** Every other land border in the region (China-Russia, the inter-Korean line). */
export const OTHER_BORDERS = 'other-borders';

export const countriesOf = (region: Region): CountryFeature[] =>
  region.features.filter((f): f is CountryFeature => f.geometry.type === 'MultiPolygon');
export const lineOf = (region: Region, name: string): LineFeature | undefined =>
  region.features.find((f): f is LineFeature => f.geometry.type === 'MultiLineString' && f.properties.name === name);

/** Kebab-case id of a country name, for classes and keys: "North Korea" -> "north-korea". */
export const countryId = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** d3's Mercator scaled to mapbox-gl's zoom-0 world (512 px), straight edges as in mapbox (no resampling). */
export function worldProjection() {
  return geoMercator().scale(TILE_SIZE / (2 * Math.PI)).translate([TILE_SIZE / 2, TILE_SIZE / 2]).precision(0);
}

/** countryAt(region, lonLat) is the name of the country outline that contains a point, if any. */
export function countryAt(region: Region, lonLat: readonly [number, number]): string | undefined {
  return countriesOf(region).find((f) => geoContains(f, [lonLat[0], lonLat[1]]))?.properties.name;
}

/** Path units per screen px at the zoom the paths are drawn for: finer than the eye, coarse enough to keep numbers short. */
export const UNITS_PER_PX = 8;

/**
 * A d3-geo path context that writes compact SVG path data: integer units relative to an origin,
 * relative `l`/`h`/`v` commands, zero-length steps dropped.
 */
class CompactPath {
  private parts: string[] = [];
  private cx = 0;
  private cy = 0;
  private readonly ox: number;
  private readonly oy: number;
  private readonly units: number;
  constructor(ox: number, oy: number, units: number) {
    this.ox = ox;
    this.oy = oy;
    this.units = units;
  }
  private q(x: number, y: number): [number, number] {
    return [Math.round((x - this.ox) * this.units), Math.round((y - this.oy) * this.units)];
  }
  moveTo(x: number, y: number) {
    [this.cx, this.cy] = this.q(x, y);
    this.parts.push(`M${this.cx} ${this.cy}`);
  }
  lineTo(x: number, y: number) {
    const [qx, qy] = this.q(x, y);
    const dx = qx - this.cx;
    const dy = qy - this.cy;
    if (dx === 0 && dy === 0) return;
    this.parts.push(dy === 0 ? `h${dx}` : dx === 0 ? `v${dy}` : `l${dx}${dy < 0 ? dy : ` ${dy}`}`);
    this.cx = qx;
    this.cy = qy;
  }
  closePath() {
    this.parts.push('z');
  }
  arc(_x: number, _y: number, _r: number, _a0: number, _a1: number) {}
  beginPath() {}
  toString() {
    return this.parts.join('');
  }
}

export interface LandPaths {
  /** Zoom-0 world pixels of the paths' origin (the region's north-west corner). */
  origin: Point;
  /** `transform` of the group that puts the paths into zoom-0 world pixels. */
  transform: string;
  /** Path units per zoom-0 world pixel. */
  units: number;
  /** The clip, if the paths were cut to one: `[[x0, y0], [x1, y1]]` in zoom-0 world pixels. */
  clip?: [Point, Point];
  countries: { id: string; name: string; d: string }[];
  northernBorder: string;
  otherBorders: string;
}

const drawn = keyedCache<Region, LandPaths>();

/**
 * landPaths(region, zoom, clip) draws the region for a zoom: country fills and the two border lines,
 * cut to `clip` (zoom-0 world pixels, `[[x0, y0], [x1, y1]]`) when given, so a close-up carries only
 * its frame.
 */
export function landPaths(region: Region, zoom: number, clip?: [Point, Point]): LandPaths {
  // Every page with a map draws the overview's land, and a close-up is drawn on several pages: once
  // for each region, zoom and clip. The result is shared: read it, never change it.
  return drawn(region, JSON.stringify([zoom, clip ?? null]), () => drawLand(region, zoom, clip));
}

function drawLand(region: Region, zoom: number, clip?: [Point, Point]): LandPaths {
  const units = UNITS_PER_PX * 2 ** Math.round(zoom);
  const [west, , , north] = region.bbox as [number, number, number, number];
  const origin = clip ? clip[0] : project([west, north]);
  const projection = clip ? worldProjection().clipExtent(clip) : worldProjection();
  const draw = (feature: Feature | undefined) => {
    if (!feature) return '';
    const context = new CompactPath(origin[0], origin[1], units);
    geoPath(projection, context)(feature);
    return context.toString();
  };
  return {
    origin,
    transform: `translate(${origin[0]},${origin[1]}) scale(${1 / units})`,
    units,
    ...(clip && { clip }),
    countries: countriesOf(region).map((f) => ({ id: countryId(f.properties.name), name: f.properties.name, d: draw(f) })).filter((c) => c.d !== ''),
    northernBorder: draw(lineOf(region, NORTHERN_BORDER)),
    otherBorders: draw(lineOf(region, OTHER_BORDERS)),
  };
}
