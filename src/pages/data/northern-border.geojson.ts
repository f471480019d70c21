// The northern border line as GeoJSON, for the mapbox-gl overlay (the SVG map draws the same line).
import type { APIRoute } from 'astro';
import { region } from '../../components/map/regionData.ts';

export const GET: APIRoute = () => {
  const border = region.features.filter((f) => f.properties.name === 'northern-border');
  return new Response(JSON.stringify({ type: 'FeatureCollection', features: border }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
};
