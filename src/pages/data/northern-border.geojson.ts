// North Korea's border lines as GeoJSON, for the mapbox-gl overlay: the same lines, from the same
// data, as the SVG map draws (`northern-border` highlighted, `other-borders` thin), at close-up detail.
import type { APIRoute } from 'astro';
import { loadContent } from '../../loader/loadContent.ts';
import { lineOf, NORTHERN_BORDER, OTHER_BORDERS } from '../../lib/geo/region.ts';
import { keptPlaces, regionFor } from '../../lib/geo/regionView.ts';

/** Mapbox shows a 400 px frame's view in a wider map, up to about two zooms further in. */
const OVERLAY_ZOOM = 13;

export const GET: APIRoute = () => {
  const content = loadContent();
  const region = regionFor(content.map, OVERLAY_ZOOM, keptPlaces(content.data.places));
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const features = [NORTHERN_BORDER, OTHER_BORDERS].map((name) => lineOf(region, name)).filter((f) => f !== undefined).map((f) => ({
    ...f,
    geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((line) => line.map(([lon, lat]) => [round(lon!), round(lat!)])) },
  }));
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
