// The map behind the step engine's one interface. The SVG map always runs (it is what no-JS
// readers, print and deep links show, and the fallback); with a token configured at build time and
// WebGL available, mapbox-gl is loaded as the section comes near and takes over once it has drawn.
import type { Renderer } from '../../lib/steps/renderer.ts';
import { createSvgMapRenderer } from './svgMap.client.ts';

const token: string | undefined = import.meta.env.PUBLIC_MAPBOX_TOKEN;

function webgl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function createMapRenderer(section: HTMLElement, container: HTMLElement): Renderer {
  const svg = createSvgMapRenderer(container);
  // The editors' camera helper, in `npm run dev` only: the production build drops this branch and the module.
  if (import.meta.env.DEV) void import('./cameraHelper.client.ts').then((m) => m.cameraHelper(section, container));
  // Without a token the code below is dead and the bundler drops it with the mapbox chunk.
  if (!token || !webgl()) return svg;

  let gl: Renderer | undefined;
  let latest: Element | undefined = section.querySelector('.sf-step__figure .sf-chart') ?? undefined;
  const frame = container.querySelector<SVGSVGElement>('.sf-chart svg');
  if (!frame || !latest) return svg;

  const upgrade = async () => {
    // The GL map lies over the SVG frame but outside the figure, which the SVG renderer redraws.
    const host = document.createElement('div');
    host.className = 'sf-gl-host';
    container.append(host);
    const place = () => {
      const outer = container.getBoundingClientRect();
      const inner = frame.getBoundingClientRect();
      host.style.inset = `${inner.top - outer.top}px auto auto ${inner.left - outer.left}px`;
      host.style.inlineSize = `${inner.width}px`;
      host.style.blockSize = `${inner.height}px`;
    };
    place();
    new ResizeObserver(place).observe(frame);
    try {
      const { createMapboxRenderer } = await import('./mapboxMap.client.ts');
      gl = await createMapboxRenderer(host, latest!, {
        token,
        style: import.meta.env.PUBLIC_MAPBOX_STYLE ?? 'mapbox://styles/mapbox/satellite-streets-v12',
        borderUrl: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/data/northern-border.geojson`,
        test: Boolean(import.meta.env.PUBLIC_SF_TEST),
      });
      gl.show(latest!, { animate: false });
      container.dataset.renderer = 'mapbox';
    } catch {
      host.remove();
      const note = document.createElement('p');
      note.className = 'sf-map-fallback';
      note.textContent = 'The satellite map could not load here; this is the simple map.';
      container.append(note);
    }
  };

  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      void upgrade();
    },
    { rootMargin: '100% 0px' },
  );
  near.observe(section);

  return {
    show(target, options) {
      latest = target;
      svg.show(target, options);
      gl?.show(target, options);
    },
  };
}
