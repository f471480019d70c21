// The chart renderer: morphs the sticky graphic into the figure that a step rendered at build time.
// Charts are drawn once, on the server; the browser only interpolates between two drawings of the
// same chart, matched element by element through `data-key`. So what animates is exactly what the
// no-JS reader and the printed page show.
import { select } from 'd3-selection';
import 'd3-transition';
import type { Renderer } from '../lib/steps/renderer.ts';
import { runSlice } from '../lib/steps/runSlice.ts';

// Geometry is tweened by d3 (it interpolates paths and transforms); opacity by the browser's own
// animations (Element.animate), which need no script on each frame: a step that fades in the 169
// guard posts of the Hoeryong schematic would otherwise run 169 tweens a frame.
const TWEENED = new Set(['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2', 'd', 'transform', 'points']);
// The sticky copy keeps its own ids and labels; the step figure's would duplicate them.
const KEPT = (name: string) => name === 'id' || name.startsWith('aria-') || name === 'data-uid';
const EXITING = 'data-sf-exiting';
const EASING = 'cubic-bezier(0.65, 0, 0.35, 1)'; // d3's default, easeCubicInOut

const keyOf = (el: Element) => el.getAttribute('data-key');
const opacityOf = (el: Element) => Number(el.getAttribute('opacity') ?? 1);
const transitionOf = (el: Element, duration: number) => select(el).transition().duration(duration);
// d3 keeps an element's running transitions on `__transition`; without one there is nothing to interrupt.
const interrupt = (el: Element) => {
  if ('__transition' in el) select(el).interrupt();
};

function fade(el: Element, from: number, to: number, duration: number): Animation {
  return el.animate([{ opacity: from }, { opacity: to }], { duration, easing: EASING });
}

function cloneWithoutIds(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('[id]')]) node.removeAttribute('id');
  return copy;
}

function morphAttributes(cur: Element, tgt: Element, duration: number) {
  const [from, to] = [opacityOf(cur), opacityOf(tgt)];
  if (duration > 0 && from !== to) fade(cur, from, to, duration);
  // A d3 transition only for an element with geometry to tween: most of a chart stays put.
  let t: ReturnType<typeof transitionOf> | undefined;
  for (const { name, value } of tgt.attributes) {
    if (KEPT(name) || cur.getAttribute(name) === value) continue;
    if (duration > 0 && TWEENED.has(name) && cur.hasAttribute(name)) (t ??= transitionOf(cur, duration)).attr(name, value);
    else cur.setAttribute(name, value);
  }
  for (const { name } of [...cur.attributes]) {
    if (!KEPT(name) && name !== EXITING && !tgt.hasAttribute(name)) cur.removeAttribute(name);
  }
}

function exit(el: Element, duration: number) {
  if (duration === 0) return el.remove();
  el.setAttribute(EXITING, '');
  const out = el.animate([{ opacity: 0 }], { duration, easing: EASING, fill: 'forwards' });
  out.onfinish = () => el.remove();
}

/** An element on its way out that the new state wants back: its fade is cancelled and it stays. */
function recall(el: Element) {
  if (!el.hasAttribute(EXITING)) return;
  el.removeAttribute(EXITING);
  for (const a of el.getAnimations()) a.cancel();
}

/**
 * A job of a morph: make a kept mark and its children look like the target's (`morph`), fade a new
 * mark, already a copy of the target's, in to the target's opacity (`enter`), or fade an old one out
 * and remove it (`exit`).
 */
type Job = ['morph', current: Element, target: Element] | ['enter', copy: Element, target: Element] | ['exit', current: Element];

/**
 * morphOne(cur, tgt, duration, jobs) makes `cur` itself look like `tgt` (attributes, and which
 * children it has, in what order) and leaves the rest as jobs on `jobs`: each kept child's own
 * morph, each new child's fade in, each old child's fade out. A chart whose axis changes range
 * enters and leaves a hundred ticks, too much for one task on a slow phone.
 */
function morphOne(cur: Element, tgt: Element, duration: number, jobs: Job[]): void {
  interrupt(cur);
  recall(cur);
  morphAttributes(cur, tgt, duration);
  const targetChildren = [...tgt.children];
  if (!targetChildren.some(keyOf)) {
    if (targetChildren.length === 0) {
      if (cur.textContent !== tgt.textContent) cur.textContent = tgt.textContent;
    } else if (cur.innerHTML !== tgt.innerHTML) {
      cur.replaceChildren(...targetChildren.map(cloneWithoutIds));
    }
    return;
  }
  const byKey = new Map([...cur.children].filter(keyOf).map((el) => [keyOf(el)!, el]));
  const kept = new Set<Element>();
  const later: Job[] = [];
  // Children end in the target's order; one already in its place is not moved (a move re-styles it).
  let next = cur.firstElementChild;
  const place = (el: Element) => {
    if (el === next) next = next.nextElementSibling;
    else cur.insertBefore(el, next);
    kept.add(el);
  };
  for (const child of targetChildren) {
    const key = keyOf(child);
    const match = key ? byKey.get(key) : undefined;
    if (match) {
      later.push(['morph', match, child]);
      place(match);
    } else {
      // Placed now, so the order is right, but unseen until its job fades it in to its own opacity.
      const copy = cloneWithoutIds(child);
      if (duration > 0) copy.setAttribute('opacity', '0');
      place(copy);
      later.push(['enter', copy, child]);
    }
  }
  for (const el of [...cur.children]) {
    if (!kept.has(el) && !el.hasAttribute(EXITING)) later.push(['exit', el]);
  }
  // The jobs are a stack: pushed last to first, the children are morphed in document order.
  jobs.push(...later.reverse());
}

/** morph(cur, tgt, duration) makes `cur` look like `tgt` at once, tweening what can be tweened. */
function morph(cur: Element, tgt: Element, duration: number): void {
  runSlice<Job>([['morph', cur, tgt]], (job, more) => runJob(job, duration, more), Infinity, () => 0);
}

function runJob(job: Job, duration: number, jobs: Job[]): void {
  if (job[0] === 'morph') morphOne(job[1], job[2], duration, jobs);
  // The copy's children are the target's already: only its own opacity is left to set, and fade.
  else if (job[0] === 'enter') morphAttributes(job[1], job[2], duration);
  else if (!job[1].hasAttribute(EXITING)) exit(job[1], duration);
}

// A slice of a morph a frame: what one slice changes, the next frame styles and lays out, so neither
// the script nor that frame is a long task on a slow phone (issue 15).
const SLICE_MS = 6;

/**
 * The renderer for every chart: one morph from the current drawing to the step's drawing. Animated,
 * it is given out in slices, the first at once and each of the others in a task after a frame; a
 * newer step's morph takes the place of what is left of an older one. Without animation it is done
 * at once, as a deep link or reduced motion expect.
 */
export function createMorphRenderer(container: Element, duration = 600): Renderer {
  let jobs: Job[] = [];
  let waiting = false;
  const run = (job: Job, more: Job[]) => runJob(job, duration, more);
  const slice = () => {
    // A hidden page draws no frames to wait for: what is left is done now.
    if (runSlice(jobs, run, document.hidden ? Infinity : SLICE_MS, () => performance.now()) && !waiting) {
      waiting = true;
      requestAnimationFrame(() => setTimeout(() => ((waiting = false), slice())));
    }
  };
  return {
    show(target, { animate }) {
      const current = container.querySelector('.sf-chart');
      if (!current) return;
      if (!animate) {
        jobs = [];
        morph(current, target, 0);
        return;
      }
      jobs = [['morph', current, target]];
      slice();
    },
  };
}
