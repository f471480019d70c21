// The step engine: the one place that knows about scrolling, the active step, the URL hash, the
// keyboard and presentation mode. Graphics only ever hear "show the state of this step's figure".
import scrollama from 'scrollama';
import { createMorphRenderer } from './morph.ts';
import type { Renderer } from '../lib/steps/renderer.ts';
import { keyAction } from '../lib/steps/keyAction.ts';
import { moveStep } from '../lib/steps/moveStep.ts';
import { stepFromHash } from '../lib/steps/stepFromHash.ts';
import type { Engine, Presentation } from './presenter.ts';
import { LAST_STEP_KEY, type LastStep } from '../lib/site/lastStep.ts';

interface Sequence {
  section: HTMLElement;
  container: HTMLElement;
  /** The graphic's renderer, made on first use: a map's module is not evaluated during the page's load. */
  renderer: () => Promise<Renderer>;
  /** Plays a step's figure on the graphic (see `shower`). */
  show: (figure: Element, animate: boolean) => void;
}
interface Step {
  el: HTMLElement;
  id: string;
  sequence: Sequence;
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const root = document.documentElement;

function rendererFor(section: HTMLElement, container: HTMLElement): Promise<Renderer> {
  if (section.dataset.graphic === 'map') {
    return import('../components/map/mapRenderer.client.ts').then((m) => m.createMapRenderer(section, container));
  }
  return Promise.resolve(createMorphRenderer(container));
}

/**
 * A sequence's step changes. Animated, a change is drawn in a task of its own, so the scroll's task
 * (scrollama's observer callback, which reads the scroll position again after ours) does not also
 * draw; several changes before that task draw only the last. Unanimated (a deep link, reduced
 * motion) it is drawn at once, and any animated change still waiting is dropped.
 */
function shower(renderer: () => Promise<Renderer>): Sequence['show'] {
  let waiting: Element | undefined;
  return (figure, animate) => {
    if (!animate) {
      waiting = undefined;
      void renderer().then((r) => r.show(figure, { animate: false }));
      return;
    }
    if (!waiting) {
      setTimeout(() => {
        const latest = waiting;
        waiting = undefined;
        if (latest) void renderer().then((r) => r.show(latest, { animate: true }));
      });
    }
    waiting = figure;
  };
}

function collect(): Step[] {
  const steps: Step[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('.sf-scrolly')) {
    const container = section.querySelector<HTMLElement>('.sf-scrolly__graphic');
    if (!container) continue;
    let made: Promise<Renderer> | undefined;
    const renderer = () => (made ??= rendererFor(section, container));
    const sequence: Sequence = { section, container, renderer, show: shower(renderer) };
    for (const el of section.querySelectorAll<HTMLElement>('.sf-step')) steps.push({ el, id: el.id, sequence });
  }
  return steps;
}

function announcer(): HTMLElement {
  const live = document.createElement('p');
  live.className = 'sf-visually-hidden';
  live.setAttribute('aria-live', 'polite');
  document.body.append(live);
  return live;
}

/** Keeps the reader's place in a chapter for the home page's "continue" link, on this device only. */
function remember(last: LastStep) {
  try {
    localStorage.setItem(LAST_STEP_KEY, JSON.stringify(last));
  } catch {
    // Storage blocked or full: the home page simply offers no way back.
  }
}

function start() {
  const steps = collect();
  if (steps.length === 0) return;
  // Chapters only: an embed or the gallery is not a reader's place in the story.
  const inChapter = document.querySelector('.sf-chapter') !== null;
  const ids = steps.map((s) => s.id);
  const live = announcer();
  let active = -1;
  // While we move the page ourselves (a deep link, a key press), scroll-driven activations would
  // replay the steps in between (scrollama #56, #78): ignore them until the scroll settles.
  let quietUntil = 0;
  let presenting = false;
  let onMove: ((index: number) => void) | undefined;
  let scroller: ReturnType<typeof scrollama> | undefined;
  // The reader's place, until it is stored: when the page is idle, or as the reader leaves.
  let unsaved: LastStep | undefined;
  const save = () => {
    if (unsaved) remember(unsaved);
    unsaved = undefined;
  };
  addEventListener('pagehide', save);

  const activate = (index: number, { animate, hash }: { animate: boolean; hash: boolean }) => {
    const step = steps[index];
    if (!step || index === active) return;
    const previous = steps[active];
    previous?.el.removeAttribute('aria-current');
    previous?.sequence.section.classList.remove('is-current');
    step.el.setAttribute('aria-current', 'step');
    step.sequence.section.classList.add('is-current');
    step.sequence.container.dataset.activeStep = step.id;
    active = index;
    const figure = step.el.querySelector('.sf-step__figure .sf-chart');
    if (figure) step.sequence.show(figure, animate && !reducedMotion.matches);
    if (hash && location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
    // Storage is written when the page is idle, once for a run of steps, not inside the scroll's task.
    if (inChapter) {
      if (!unsaved) idle(save);
      unsaved = { path: location.pathname, step: step.id, n: index + 1, of: steps.length };
    }
    onMove?.(index);
  };

  // Tracks the layout viewport (documentElement's client size), which is what svh follows: the
  // address bar showing or hiding on a phone resizes the window but not that.
  let viewport = '';
  const measureViewport = () => (viewport = `${root.clientWidth}x${root.clientHeight}`);

  // scrollama measures each step's height when it is set up, and only then. If a step's height
  // changes later, it observes the step anew from inside its ResizeObserver callback, which
  // browsers report as a "ResizeObserver loop completed with undelivered notifications" error event
  // (scrollama #132). Step heights change all together, and only when the viewport does (the text
  // rewraps; the padding is in svh, which the address bar does not move) or when presentation ends;
  // so scrollama is taken down before its observers see the change and set up again, measuring
  // afresh, once it is over. (Each setup leaves behind one scroll listener that only notes the
  // scroll position: one more per resize or presentation, which costs nothing to speak of.)
  const mount = () => {
    unmount();
    if (presenting) return;
    scroller = scrollama()
      .setup({ step: '.sf-step', offset: 0.5 })
      .onStepEnter(({ element }) => {
        if (presenting || performance.now() < quietUntil) return;
        activate(ids.indexOf((element as HTMLElement).id), { animate: true, hash: true });
      });
    measureViewport();
  };
  const unmount = () => {
    scroller?.destroy();
    scroller = undefined;
  };
  let remount: ReturnType<typeof setTimeout> | undefined;
  addEventListener('resize', () => {
    if (!scroller && remount === undefined) return;
    const before = viewport;
    if (measureViewport() === before) return;
    unmount();
    clearTimeout(remount);
    // Resizing a window fires this every frame; scrollama comes back once it has stopped.
    remount = setTimeout(() => {
      remount = undefined;
      mount();
    }, 200);
  });

  const settle = () => {
    quietUntil = performance.now() + 1000;
  };

  const go = (index: number) => {
    const step = steps[index];
    if (!step) return;
    activate(index, { animate: true, hash: true });
    if (!presenting) {
      settle();
      step.el.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    }
    // Focus moves with the step so a screen reader reads it out; the step is not a tab stop.
    step.el.focus({ preventScroll: true });
  };

  // Presentation mode and the presenter window live in ./presenter.ts, loaded when a presentation starts.
  const engine: Engine = {
    steps,
    active: () => active,
    go,
    onMove: (listener) => (onMove = listener),
    announce: (message) => (live.textContent = message),
    setPresenting(on) {
      presenting = on;
      // Presenting lays the steps out anew, so scrollama rests meanwhile and is set up again a
      // frame after the reading layout has returned (see `mount`).
      if (on) {
        unmount();
        if (active < 0) activate(0, { animate: false, hash: true });
        steps[active]?.el.focus({ preventScroll: true });
      } else {
        requestAnimationFrame(mount);
        const step = steps[active];
        settle();
        step?.el.scrollIntoView({ block: 'start' });
        step?.el.focus({ preventScroll: true });
      }
    },
  };
  let presentation: Promise<Presentation> | undefined;
  const presenter = () => (presentation ??= import('./presenter.ts').then((m) => m.presentation(engine)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present]')) {
    button.addEventListener('click', () => void presenter().then((p) => p.present(true)));
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    // Space and Enter on a button or link keep their own meaning.
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a, summary')) return;
    const action = keyAction(event.key, presenting);
    if (!action) return;
    event.preventDefault();
    if (action === 'exit') void presenter().then((p) => p.present(false));
    else go(moveStep(steps.length, active, action === 'next' ? 1 : -1));
  });

  // "Link to this moment": copies the step's URL; without JS (or clipboard) it is a plain #link.
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href')!, location.href);
    url.search = '';
    void navigator.clipboard.writeText(url.href).then(
      () => (live.textContent = 'Link to this moment copied.'),
      () => (live.textContent = `Copy this link: ${url.href}`),
    );
    const index = ids.indexOf(url.hash.slice(1));
    if (index >= 0) activate(index, { animate: true, hash: true });
  });

  // A deep link opens on its step in that step's state, without playing the steps before it.
  const linked = stepFromHash(location.hash, ids);
  if (linked) {
    const index = ids.indexOf(linked);
    activate(index, { animate: false, hash: false });
    settle();
    requestAnimationFrame(() => steps[index]!.el.scrollIntoView({ block: 'start' }));
  }

  // The scroll we made is over; its intersection reports arrive a frame or two later, so the quiet
  // lasts two frames more (or a new move of ours has set its own).
  addEventListener('scrollend', () => {
    const until = quietUntil;
    requestAnimationFrame(() => requestAnimationFrame(() => quietUntil === until && (quietUntil = 0)));
  });

  const params = new URLSearchParams(location.search);
  // The presenter window (the same page with ?presenter) answers to the same keys but never presents itself.
  if (params.has('presenter')) {
    root.classList.add('sf-presenter-view');
    engine.setPresenting(true);
    presentation = import('./presenter.ts').then((m) => m.presenterView(engine));
  }
  else if (params.has('present')) void presenter().then((p) => p.present(true));

  // Scrollama measures every step when it is set up. Right after the parse that read forces the
  // first layout of the whole page inside this script's task; after the first frame the layout is
  // done and the read is cheap, so the load has no long task of ours (issue 15). The keys above
  // work meanwhile; scrolling activates nothing until the engine is ready, a frame later.
  requestAnimationFrame(() =>
    setTimeout(() => {
      mount();
      root.classList.add('sf-engine-ready');
      // Each graphic's renderer is made while the reader has not reached it, so its first step
      // does not wait for a module; one a task, so no task is long.
      const sequences = [...new Set(steps.map((s) => s.sequence))];
      const warm = () => {
        const next = sequences.shift();
        if (!next) return;
        void next.renderer().then(() => idle(warm));
      };
      idle(warm);
    }),
  );
}

const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50));

start();
