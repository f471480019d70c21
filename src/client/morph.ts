// The chart renderer: morphs the sticky graphic into the figure that a step rendered at build time.
// Charts are drawn once, on the server; the browser only interpolates between two drawings of the
// same chart, matched element by element through `data-key`. So what animates is exactly what the
// no-JS reader and the printed page show.
import { select } from 'd3-selection';
import 'd3-transition';

const TWEENED = new Set(['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2', 'd', 'transform', 'opacity', 'points']);
// The sticky copy keeps its own ids and labels; the step figure's would duplicate them.
const KEPT = (name: string) => name === 'id' || name.startsWith('aria-') || name === 'data-uid';
const EXITING = 'data-sf-exiting';

export interface Renderer {
  /** Play the state drawn in `target` (a step's static figure) on the sticky graphic. */
  show(target: Element, options: { animate: boolean }): void;
}

const keyOf = (el: Element) => el.getAttribute('data-key');

function cloneWithoutIds(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('[id]')]) node.removeAttribute('id');
  return copy;
}

function morphAttributes(cur: Element, tgt: Element, duration: number) {
  const t = duration > 0 ? select(cur).transition().duration(duration) : null;
  for (const { name, value } of tgt.attributes) {
    if (KEPT(name) || cur.getAttribute(name) === value) continue;
    if (t && TWEENED.has(name) && cur.hasAttribute(name)) t.attr(name, value);
    else cur.setAttribute(name, value);
  }
  for (const { name } of [...cur.attributes]) {
    if (!KEPT(name) && name !== EXITING && !tgt.hasAttribute(name)) cur.removeAttribute(name);
  }
}

function enter(el: Element, duration: number) {
  if (duration === 0) return;
  const final = el.getAttribute('opacity');
  el.setAttribute('opacity', '0');
  select(el).transition().duration(duration).attr('opacity', final ?? '1').on('end', () => {
    if (final === null) el.removeAttribute('opacity');
  });
}

function exit(el: Element, duration: number) {
  if (duration === 0) return el.remove();
  el.setAttribute(EXITING, '');
  select(el).transition().duration(duration).attr('opacity', '0').remove();
}

/** morph(cur, tgt, duration) makes `cur` look like `tgt`, tweening what can be tweened. */
export function morph(cur: Element, tgt: Element, duration: number): void {
  select(cur).interrupt();
  cur.removeAttribute(EXITING);
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
  for (const child of targetChildren) {
    const key = keyOf(child);
    const match = key ? byKey.get(key) : undefined;
    if (match) {
      morph(match, child, duration);
      cur.appendChild(match);
      kept.add(match);
    } else {
      const copy = cloneWithoutIds(child);
      cur.appendChild(copy);
      kept.add(copy);
      enter(copy, duration);
    }
  }
  for (const el of [...cur.children]) {
    if (!kept.has(el) && !el.hasAttribute(EXITING)) exit(el, duration);
  }
}

/** The renderer for every chart: one morph from the current drawing to the step's drawing. */
export function createMorphRenderer(container: Element, duration = 600): Renderer {
  return {
    show(target, { animate }) {
      const current = container.querySelector('.sf-chart');
      if (current) morph(current, target, animate ? duration : 0);
    },
  };
}
