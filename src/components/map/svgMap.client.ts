// The SVG map's fly-through: moves the sticky map from its camera to the camera of a step's static
// figure along the same path mapbox-gl's flyTo takes (lib/geo/zoomPath.ts), frame by frame with
// requestAnimationFrame. In flight the land is the page's one shared overview <use> (a close-up's
// own land, cut to its frame, is set aside as the flight starts), so a frame only rewrites the view
// group's transform and moves the marks (each carries data-lonlat) with lib/geo/camera.ts's toFrame.
// At the end the sticky copy is made identical to the static figure (its land in close-up detail,
// label positions, scale bar, notes, description), so what the reader sees at rest is exactly what
// the no-JS page and print show.
import { MAP_SIZE, cameraTransform, scaleBar, toFrame, transformAttr, type CameraLike } from '../../lib/geo/camera.ts';
import { zoomPath, type PathCamera } from '../../lib/geo/zoomPath.ts';

export interface SvgMapRenderer {
  /** Fly (or jump, with `animate: false`) to the state drawn in `target`, a step's `figure.sf-chart`. */
  show(target: Element, options: { animate: boolean }): void;
  destroy(): void;
}

/** Groups of marks that move with the land; each child has data-key and data-lonlat. */
const MOVING = ['places', 'rivers', 'countries'] as const;
/** Parts copied from the target at the end of a flight (they do not move with the land). */
const STILL = ['scale', 'north', 'attribution'] as const;
const SIZE = MAP_SIZE;

const keyOf = (el: Element) => el.getAttribute('data-key') ?? '';
const child = (parent: Element | null | undefined, key: string) =>
  parent ? [...parent.children].find((c) => keyOf(c) === key) : undefined;

function readCamera(view: Element | undefined): PathCamera | undefined {
  const json = view?.getAttribute('data-camera');
  if (!json) return undefined;
  const c = JSON.parse(json) as CameraLike;
  return { center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 };
}

function lonLatOf(el: Element): [number, number] | undefined {
  const v = el.getAttribute('data-lonlat');
  if (!v) return undefined;
  const [lon, lat] = v.split(',').map(Number);
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

function place(el: Element, camera: CameraLike) {
  const lonLat = lonLatOf(el);
  if (!lonLat) return;
  const [x, y] = toFrame(lonLat, camera, SIZE);
  el.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)})`);
}

/** The same ease as mapbox-gl's flyTo: cubic-bezier(0.25, 0.1, 0.25, 1), solved for x. */
function ease(t: number): number {
  const bez = (a: number, b: number, s: number) => 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (bez(0.25, 0.25, mid) < t) lo = mid;
    else hi = mid;
  }
  return bez(0.1, 1, (lo + hi) / 2);
}

function cloneForSticky(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('[id]')]) node.removeAttribute('id');
  return copy;
}

/** Make `cur` an attribute-for-attribute, child-for-child copy of `tgt` (keeps nothing of its own). */
function copyOver(cur: Element, tgt: Element) {
  for (const { name } of [...cur.attributes]) if (!tgt.hasAttribute(name)) cur.removeAttribute(name);
  for (const { name, value } of tgt.attributes) if (cur.getAttribute(name) !== value) cur.setAttribute(name, value);
  if (cur.innerHTML !== tgt.innerHTML) cur.replaceChildren(...[...tgt.childNodes].map((n) => n.cloneNode(true)));
}

interface Fade {
  el: Element;
  from: number;
  to: number;
  /** Part of the flight over which it fades: [start, end] in t. */
  window: [number, number];
}

export function createSvgMapRenderer(container: HTMLElement): SvgMapRenderer {
  let raf = 0;
  let camera: PathCamera | undefined;
  /** Ends the flight in progress: at its destination, or (`interrupted`) where it is now. */
  let finish: ((interrupted?: boolean) => void) | undefined;

  const sticky = () => container.querySelector('.sf-chart');

  function show(target: Element, { animate }: { animate: boolean }) {
    const figure = sticky();
    const map = child(figure?.querySelector('svg'), 'map');
    const view = child(map, 'view');
    const targetSvg = target.querySelector('svg');
    const targetMap = child(targetSvg, 'map');
    const to = readCamera(child(targetMap, 'view'));
    if (!figure || !map || !view || !targetSvg || !targetMap || !to) return;
    // A flight in progress stops where it is and the new one starts from there.
    cancelAnimationFrame(raf);
    finish?.(true);
    const from = camera ?? readCamera(view) ?? to;

    // Marks: those in both states move with the land; the others fade out or in. Country names are
    // placed for each camera, so the old ones fade out and the new ones fade in where they belong.
    const fades: Fade[] = [];
    const leaving: Element[] = [];
    const arriving: { group: Element; el: Element; tgt: Element }[] = [];
    const staying: { el: Element; tgt: Element }[] = [];
    for (const name of MOVING) {
      const group = child(map, name);
      const tgtGroup = child(targetMap, name);
      if (!group || !tgtGroup) continue;
      const wanted = new Map([...tgtGroup.children].map((c) => [keyOf(c), c]));
      for (const el of [...group.children]) {
        const tgt = wanted.get(keyOf(el));
        const opacity = Number(el.getAttribute('opacity') ?? 1);
        if (tgt && name !== 'countries') {
          staying.push({ el, tgt });
          wanted.delete(keyOf(el));
          if (opacity < 1) fades.push({ el, from: opacity, to: 1, window: [0, 0.3] });
        } else {
          el.setAttribute('data-key', `${keyOf(el)}~leaving`);
          leaving.push(el);
          fades.push({ el, from: opacity, to: 0, window: [0, 0.3] });
        }
      }
      for (const tgt of wanted.values()) {
        const el = cloneForSticky(tgt);
        el.setAttribute('opacity', '0');
        group.append(el);
        arriving.push({ group, el, tgt });
        fades.push({ el, from: 0, to: 1, window: [0.7, 1] });
      }
    }

    const path = zoomPath(from, to, SIZE);
    const duration = animate ? path.duration : 0;
    // The close-up's land covers only its own frame: fly over the overview's.
    if (duration > 0) child(view, 'detail')?.remove();
    const scale = child(figure.querySelector('svg'), 'scale');

    const frameAt = (t: number) => {
      const cam = path(ease(t));
      camera = cam;
      view.setAttribute('transform', transformAttr(cameraTransform(cam, SIZE), SIZE));
      for (const name of MOVING) for (const el of child(map, name)?.children ?? []) place(el, cam);
      for (const f of fades) {
        const [a, b] = f.window;
        const k = Math.min(1, Math.max(0, (t - a) / (b - a)));
        f.el.setAttribute('opacity', (f.from + (f.to - f.from) * k).toFixed(3));
      }
      if (scale) {
        const bar = scaleBar(cam, SIZE);
        scale.querySelector('path')?.setAttribute('d', `M0,-4V0H${bar.px.toFixed(1)}V-4`);
        const text = scale.querySelector('text');
        if (text && text.textContent !== bar.label) text.textContent = bar.label;
      }
    };

    finish = (interrupted = false) => {
      finish = undefined;
      for (const el of leaving) el.remove();
      if (interrupted) {
        // Keep the marks where and as faded as they are; the next flight carries on from here.
        for (const { el, tgt } of [...staying, ...arriving]) {
          const [opacity, transform] = [el.getAttribute('opacity'), el.getAttribute('transform')];
          copyOver(el, tgt);
          if (opacity !== null) el.setAttribute('opacity', opacity);
          if (transform !== null) el.setAttribute('transform', transform);
        }
        return;
      }
      camera = to;
      for (const { el, tgt } of [...staying, ...arriving]) copyOver(el, tgt);
      for (const name of MOVING) {
        const group = child(map, name);
        const tgtGroup = child(targetMap, name);
        if (!group || !tgtGroup) continue;
        for (const tgt of tgtGroup.children) {
          const el = child(group, keyOf(tgt));
          if (el) group.append(el);
        }
      }
      copyOver(view, child(targetMap, 'view')!);
      // Furniture and words: the static figure's, exactly.
      const svg = figure.querySelector('svg')!;
      for (const key of STILL) {
        const cur = child(svg, key);
        const tgt = child(targetSvg, key);
        if (cur && tgt) copyOver(cur, tgt);
        else if (cur) cur.remove();
        else if (tgt) svg.append(cloneForSticky(tgt));
      }
      for (const selector of ['.sf-chart__desc', '.sf-source']) {
        const cur = figure.querySelector(selector);
        const tgt = target.querySelector(selector);
        if (cur && tgt && cur.innerHTML !== tgt.innerHTML) cur.innerHTML = tgt.innerHTML;
      }
    };

    if (duration <= 0) {
      frameAt(1);
      finish(false);
      return;
    }
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      frameAt(t);
      if (t < 1) raf = requestAnimationFrame(tick);
      else finish?.(false);
    };
    raf = requestAnimationFrame(tick);
  }

  return {
    show,
    destroy() {
      cancelAnimationFrame(raf);
      finish?.(false);
    },
  };
}
