// The mapbox-gl renderer: satellite imagery with our overlays, flying between the same camera
// steps as the SVG map. Loaded only when a token was configured at build time, WebGL works and a
// map section comes near; until it has loaded (and if it fails) the SVG map stays in place.
import mapboxgl from 'mapbox-gl';
import 'mapbox-gl/dist/mapbox-gl.css';
import { MAP_SIZE } from '../../lib/geo/camera.ts';
import type { Renderer } from '../../lib/steps/renderer.ts';

interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}
interface Place {
  id: string;
  name: string;
  lonLat: [number, number];
}

export interface MapboxOptions {
  token: string;
  style: string;
  /** GeoJSON of the border lines (features `northern-border` and `other-borders`), drawn over the imagery as the SVG map draws them. */
  borderUrl: string;
  /** Test builds: no telemetry, and the map is exposed for assertions. */
  test: boolean;
}

/** What a step's figure says the map should show: its camera and its marked places. */
export function readFigure(figure: Element): { camera: Camera; places: Place[] } {
  const json = figure.querySelector('[data-camera]')?.getAttribute('data-camera');
  if (!json) throw new Error('map figure without data-camera');
  const camera = JSON.parse(json) as Camera;
  const places = [...figure.querySelectorAll('[data-key^="place-"]')].map((el) => {
    const [lon, lat] = el.getAttribute('data-lonlat')!.split(',').map(Number);
    return { id: el.getAttribute('data-key')!.slice('place-'.length), name: el.getAttribute('data-name') ?? '', lonLat: [lon!, lat!] as [number, number] };
  });
  return { camera, places };
}

/**
 * createMapboxRenderer(host, first, options) puts a GL map in `host` at the first step's camera
 * and resolves once its style has loaded (rejects if it cannot load). The SVG map frame shows what a
 * 400 x 300 viewport would; the GL map is larger, so its zoom is raised to show the same area.
 */
export function createMapboxRenderer(host: HTMLElement, first: Element, options: MapboxOptions): Promise<Renderer> {
  if (options.test) {
    // Telemetry and map-session requests are skipped when API_URL is not Mapbox's own host.
    (mapboxgl as unknown as { config: { API_URL: string } }).config.API_URL = '';
  }
  mapboxgl.accessToken = options.token;
  const zoomFor = (zoom: number) => zoom + Math.log2(Math.max(1, host.clientWidth) / MAP_SIZE.width);
  const start = readFigure(first);
  const map = new mapboxgl.Map({
    container: host,
    style: options.style,
    center: start.camera.center,
    zoom: zoomFor(start.camera.zoom),
    bearing: start.camera.bearing,
    pitch: start.camera.pitch,
    interactive: false,
    attributionControl: true,
    customAttribution: 'Places: The Sealed Frontier fact sheet',
    performanceMetricsCollection: !options.test,
  });
  const markers = new Map<string, mapboxgl.Marker>();
  const mark = (places: Place[]) => {
    const wanted = new Set(places.map((p) => p.id));
    for (const [id, marker] of markers) if (!wanted.has(id)) (marker.remove(), markers.delete(id));
    for (const p of places) {
      if (markers.has(p.id)) continue;
      // mapbox-gl owns the marker element's classes, so the label is a child it leaves alone.
      const el = document.createElement('div');
      const label = el.appendChild(document.createElement('span'));
      label.className = 'sf-gl-place';
      label.textContent = p.name;
      markers.set(p.id, new mapboxgl.Marker({ element: el, anchor: 'left' }).setLngLat(p.lonLat).addTo(map));
    }
  };
  if (options.test) (window as unknown as { __sfMaps?: mapboxgl.Map[] }).__sfMaps = [...((window as unknown as { __sfMaps?: mapboxgl.Map[] }).__sfMaps ?? []), map];

  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error ?? new Error('map error')));
    map.once('load', () => {
      map.addSource('sf-border', { type: 'geojson', data: options.borderUrl });
      map.addLayer({ id: 'sf-other-borders', type: 'line', source: 'sf-border', filter: ['==', ['get', 'name'], 'other-borders'], paint: { 'line-color': '#e8ecef', 'line-width': 1 } });
      map.addLayer({ id: 'sf-border', type: 'line', source: 'sf-border', filter: ['==', ['get', 'name'], 'northern-border'], paint: { 'line-color': '#ff9a4d', 'line-width': 2 } });
      mark(start.places);
      resolve({
        show(target, { animate }) {
          const { camera, places } = readFigure(target);
          const view = { center: camera.center, zoom: zoomFor(camera.zoom), bearing: camera.bearing, pitch: camera.pitch };
          if (animate) map.flyTo({ ...view, essential: false });
          else map.jumpTo(view);
          mark(places);
        },
      });
    });
  });
}
