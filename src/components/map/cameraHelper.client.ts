// Dev only (`npm run dev`; imported behind import.meta.env.DEV, so a production build has none of
// it): a panel on each map that shows the sticky map's camera as the MDX `state` of a step, ready to
// copy. "Move the map" lets the editor drag to pan, scroll or use + and - to zoom, and turn the
// bearing; the snippet follows. The next step's flight starts from the step's own camera again.
import { MAP_SIZE, cameraTransform, scaleBar, toFrame, transformAttr, type CameraLike } from '../../lib/geo/camera.ts';
import { cameraSnippet, panCamera, zoomCamera } from '../../lib/geo/cameraSnippet.ts';

const keyOf = (el: Element) => el.getAttribute('data-key') ?? '';
const child = (parent: Element | null | undefined, key: string) => (parent ? [...parent.children].find((c) => keyOf(c) === key) : undefined);

export function cameraHelper(section: HTMLElement, container: HTMLElement): void {
  const sticky = container.closest<HTMLElement>('.sf-scrolly__sticky');
  const panel = document.createElement('div');
  panel.className = 'sf-camera-helper';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Camera helper (npm run dev only)');
  Object.assign(panel.style, {
    position: 'fixed', insetBlockEnd: '0.75rem', insetInlineEnd: '0.75rem', zIndex: '70', maxInlineSize: 'min(34rem, calc(100vw - 1.5rem))',
    padding: '0.6rem 0.8rem', background: 'var(--sf-surface)', color: 'var(--sf-text)', border: '2px dashed var(--sf-accent)',
    borderRadius: '6px', font: '0.8rem/1.4 var(--sf-font-ui)', boxShadow: '0 2px 12px rgb(0 0 0 / 0.2)',
  });
  panel.innerHTML = `<p style="margin:0 0 0.35rem"><strong>Camera helper</strong> (only in npm run dev): the map's camera as a step's state.</p>
    <code data-snippet style="display:block;white-space:pre-wrap;word-break:break-all;font-size:0.75rem"></code>
    <p style="margin:0.4rem 0 0;display:flex;flex-wrap:wrap;gap:0.35rem">
      <button type="button" data-copy>Copy</button>
      <button type="button" data-move aria-pressed="false">Move the map</button>
      <button type="button" data-zoom="0.25">Zoom +</button><button type="button" data-zoom="-0.25">Zoom −</button>
      <button type="button" data-turn="-15">Turn ↺</button><button type="button" data-turn="15">Turn ↻</button>
    </p>`;
  panel.hidden = true;
  document.body.append(panel);
  const snippetEl = panel.querySelector<HTMLElement>('[data-snippet]')!;
  const moveButton = panel.querySelector<HTMLButtonElement>('[data-move]')!;

  const parts = () => {
    const svg = container.querySelector<SVGSVGElement>('.sf-chart svg');
    const map = child(svg, 'map');
    return { svg, map, view: child(map, 'view') };
  };
  const readCamera = (): CameraLike | undefined => {
    const json = parts().view?.getAttribute('data-camera');
    return json ? (JSON.parse(json) as CameraLike) : undefined;
  };
  const shown = () => [...(child(parts().map, 'places')?.children ?? [])].map((el) => keyOf(el).replace(/^place-/, '')).filter((id) => id && !id.includes('~'));

  let camera = readCamera();
  const render = () => {
    if (camera) snippetEl.textContent = cameraSnippet(camera, shown());
  };
  // Draw the sticky map at the helper's camera: the land, the marks and the scale bar.
  const apply = () => {
    const { svg, map, view } = parts();
    if (!camera || !view || !map) return;
    view.setAttribute('transform', transformAttr(cameraTransform(camera, MAP_SIZE), MAP_SIZE));
    for (const name of ['places', 'rivers', 'countries']) {
      for (const el of child(map, name)?.children ?? []) {
        const v = el.getAttribute('data-lonlat')?.split(',').map(Number);
        if (!v || v.length !== 2) continue;
        const [x, y] = toFrame([v[0]!, v[1]!], camera, MAP_SIZE);
        el.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)})`);
      }
    }
    const scale = child(svg, 'scale');
    const bar = scaleBar(camera, MAP_SIZE);
    scale?.querySelector('path')?.setAttribute('d', `M0,-4V0H${bar.px.toFixed(1)}V-4`);
    const label = scale?.querySelector('text');
    if (label) label.textContent = bar.label;
    render();
  };

  // Each step's flight ends by copying that step's camera onto the sticky map's view.
  new MutationObserver(() => {
    camera = readCamera();
    render();
  }).observe(container, { subtree: true, attributes: true, attributeFilter: ['data-camera'] });

  new IntersectionObserver((entries) => {
    panel.hidden = !entries.some((e) => e.isIntersecting);
    render();
  }).observe(section);

  // In a frame unit of the map (its viewBox is MAP_SIZE), from a pointer position.
  const toUnits = (clientX: number, clientY: number): [number, number] => {
    const rect = parts().svg!.getBoundingClientRect();
    return [((clientX - rect.left) / rect.width) * MAP_SIZE.width, ((clientY - rect.top) / rect.height) * MAP_SIZE.height];
  };
  let moving = false;
  let drag: [number, number] | undefined;
  const onDown = (e: PointerEvent) => {
    drag = toUnits(e.clientX, e.clientY);
    container.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || !camera) return;
    const at = toUnits(e.clientX, e.clientY);
    camera = panCamera(camera, [at[0] - drag[0], at[1] - drag[1]]);
    drag = at;
    apply();
  };
  const onUp = () => {
    drag = undefined;
  };
  const onWheel = (e: WheelEvent) => {
    if (!camera) return;
    e.preventDefault();
    camera = zoomCamera(camera, e.deltaY < 0 ? 0.25 : -0.25, toUnits(e.clientX, e.clientY));
    apply();
  };
  moveButton.addEventListener('click', () => {
    moving = !moving;
    moveButton.setAttribute('aria-pressed', String(moving));
    // The sticky copy is inert and hidden from assistive tech for readers; the helper needs the pointer.
    if (sticky) sticky.inert = !moving;
    container.style.cursor = moving ? 'grab' : '';
    container.style.touchAction = moving ? 'none' : '';
    const method = moving ? 'addEventListener' : 'removeEventListener';
    container[method]('pointerdown', onDown as EventListener);
    container[method]('pointermove', onMove as EventListener);
    container[method]('pointerup', onUp);
    container[method]('wheel', onWheel as EventListener, { passive: false } as AddEventListenerOptions);
  });
  panel.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (!button || !camera) return;
    if (button.dataset.zoom) camera = zoomCamera(camera, Number(button.dataset.zoom));
    if (button.dataset.turn) camera = { ...camera, bearing: ((((camera.bearing ?? 0) + Number(button.dataset.turn) + 540) % 360) - 180) };
    if (button.dataset.zoom || button.dataset.turn) apply();
    if (button.hasAttribute('data-copy')) {
      void navigator.clipboard?.writeText(snippetEl.textContent ?? '').then(() => {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 1500);
      });
    }
  });
  render();
}
