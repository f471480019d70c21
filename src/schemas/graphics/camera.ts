import { z } from 'astro/zod';
import type { Content } from '../content.ts';
import { MAP_SIZE, toFrame, ZOOM_RANGE } from '../../lib/geo/camera.ts';
import { countryAt } from '../../lib/geo/region.ts';
import { keptPlaces, regionFor } from '../../lib/geo/regionView.ts';

/** A map camera, in mapbox-gl's terms so both renderers read it the same way. */
export const cameraSchema = z.strictObject({
  /** `[longitude, latitude]` in decimal degrees, e.g. `[129.75, 42.433]`. */
  center: z.tuple([
    z.number().min(-180, { message: 'longitude is out of range (expected -180 to 180)' }).max(180, { message: 'longitude is out of range (expected -180 to 180)' }),
    z.number().min(-85, { message: 'latitude is out of range (expected -85 to 85)' }).max(85, { message: 'latitude is out of range (expected -85 to 85)' }),
  ], { message: 'expected [longitude, latitude]' }),
  /** Web-map zoom level, 4 to 13. */
  zoom: z.number().min(ZOOM_RANGE[0], { message: `is out of range (expected ${ZOOM_RANGE[0]} to ${ZOOM_RANGE[1]})` }).max(ZOOM_RANGE[1], { message: `is out of range (expected ${ZOOM_RANGE[0]} to ${ZOOM_RANGE[1]})` }),
  /** Degrees clockwise from north, e.g. `30`. */
  bearing: z.number().min(-180).max(180).default(0),
  /** Tilt in degrees, 0 to 60 (the SVG map draws it flat). */
  pitch: z.number().min(0).max(60).default(0),
});
export type Camera = z.output<typeof cameraSchema>;

/** A step of the `map`: a camera and the places marked. */
export const mapState = (content: Content) => {
  const drawable = new Set(content.data.places.filter((p) => p.lat !== undefined).map((p) => p.id));
  const all = new Set(content.data.places.map((p) => p.id));
  const place = z.string().superRefine((id, ctx) => {
    if (!all.has(id)) ctx.addIssue({ code: 'custom', message: `place "${id}" is not in content/data/places.csv  (expected an id from its "id" column)` });
    else if (!drawable.has(id)) ctx.addIssue({ code: 'custom', message: `place "${id}" has no verified coordinates  (expected a place with lat and lon)` });
  });
  const places = new Map(content.data.places.map((p) => [p.id, p]));
  return z.strictObject({
    /** Where the map looks: `{ center: [lon, lat], zoom }`, with `bearing` and `pitch` if wanted. */
    camera: cameraSchema,
    /** Place ids marked and labelled, e.g. `["hoeryong"]`. */
    show: z.array(place).default([]),
  }).superRefine((state, ctx) => {
    // A step must not claim to show a place its camera leaves out of the frame.
    const margin = 6;
    state.show.forEach((id, i) => {
      const p = places.get(id);
      if (p?.lat === undefined || p.lon === undefined) return;
      const [x, y] = toFrame([p.lon, p.lat], state.camera);
      if (x < margin || y < margin || x > MAP_SIZE.width - margin || y > MAP_SIZE.height - margin) {
        ctx.addIssue({ code: 'custom', path: ['show', i], message: `place "${id}" is outside the frame at this camera  (expected a lower zoom or a center nearer to it)` });
        return;
      }
      // The outlines drawn at this camera must put the place in its country (a bridge or a river
      // mouth, between two countries, is on the line).
      if (p.country.includes('/')) return;
      const region = regionFor(content.map, state.camera.zoom, keptPlaces(content.data.places));
      const drawnIn = countryAt(region, [p.lon, p.lat]);
      if (drawnIn !== p.country) {
        ctx.addIssue({ code: 'custom', path: ['show', i], message: `place "${id}" is drawn ${drawnIn ? `inside ${drawnIn}` : 'in the water'} at this camera, not in ${p.country}  (expected its coordinates in content/data/places.csv to lie inside ${p.country}'s outline)` });
      }
    });
  });
};
export type MapState = z.output<ReturnType<typeof mapState>>;
