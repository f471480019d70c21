// The step engine: the one place that knows about scrolling, the active step, the URL hash, the
// keyboard and presentation mode. Graphics only ever hear "show the state of this step's figure".
import scrollama from 'scrollama';
import { createMorphRenderer, type Renderer } from './morph.ts';
import { keyAction } from '../lib/steps/keyAction.ts';
import { moveStep } from '../lib/steps/moveStep.ts';
import { stepFromHash } from '../lib/steps/stepFromHash.ts';
import type { PresenterShare } from './presenterShare.ts';
import { LAST_STEP_KEY, type LastStep } from '../lib/site/lastStep.ts';

interface Sequence {
  section: HTMLElement;
  container: HTMLElement;
  renderer: Promise<Renderer>;
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

function collect(): Step[] {
  const steps: Step[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('.sf-scrolly')) {
    const container = section.querySelector<HTMLElement>('.sf-scrolly__graphic');
    if (!container) continue;
    const sequence: Sequence = { section, container, renderer: rendererFor(section, container) };
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
  let scroller: ReturnType<typeof scrollama> | undefined;

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
    if (figure) void step.sequence.renderer.then((r) => r.show(figure, { animate: animate && !reducedMotion.matches }));
    if (hash && location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
    if (inChapter) remember({ path: location.pathname, step: step.id, n: index + 1, of: steps.length });
    if (presenting) updatePresenter();
  };

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

  // Presentation mode: one step at a time over the full-screen graphic, for a projector.
  const bar = document.createElement('div');
  bar.className = 'sf-presenter';
  bar.hidden = true;
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Presentation controls');
  bar.innerHTML = `<p class="sf-presenter__count" aria-live="polite"></p>
    <p class="sf-presenter__keys">Next: → Space PgDn · Back: ← PgUp · Leave: Esc</p>
    <button type="button" class="sf-presenter__prev">Previous</button>
    <button type="button" class="sf-presenter__next">Next</button>
    <button type="button" class="sf-presenter__exit">Leave presentation</button>
    <div class="sf-presenter__share"></div>`;
  document.body.append(bar);
  const count = bar.querySelector<HTMLElement>('.sf-presenter__count')!;
  // The step's QR code and copy button load with the first presentation, not with the page.
  let share: Promise<PresenterShare> | undefined;
  const updatePresenter = () => {
    count.textContent = `Step ${active + 1} of ${steps.length}`;
    const url = `${location.origin}${location.pathname}#${steps[active]?.id ?? ''}`;
    share ??= import('./presenterShare.ts').then((m) => m.presenterShare(bar.querySelector('.sf-presenter__share')!, (t) => (live.textContent = t)));
    void share.then((s) => s.show(url));
  };
  const present = (on: boolean) => {
    presenting = on;
    // Scrollama answers each step's resize by observing it anew from inside the observer's callback,
    // which browsers report as "ResizeObserver loop completed with undelivered notifications" error
    // events; presenting hides and shows steps on every move, so its observers rest meanwhile and
    // come back a frame after the reading layout has returned.
    if (on) scroller?.disable();
    else requestAnimationFrame(() => scroller?.enable());
    root.classList.toggle('sf-presenting', on);
    bar.hidden = !on;
    const params = new URLSearchParams(location.search);
    if (on) params.set('present', '');
    else params.delete('present');
    const search = params.toString().replace(/(^|&)present=(?=&|$)/, '$1present');
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    if (on) {
      if (active < 0) activate(0, { animate: false, hash: true });
      updatePresenter();
      steps[active]?.el.focus({ preventScroll: true });
    } else {
      const step = steps[active];
      settle();
      step?.el.scrollIntoView({ block: 'start' });
      step?.el.focus({ preventScroll: true });
    }
  };
  bar.querySelector('.sf-presenter__prev')!.addEventListener('click', () => go(moveStep(steps.length, active, -1)));
  bar.querySelector('.sf-presenter__next')!.addEventListener('click', () => go(moveStep(steps.length, active, 1)));
  bar.querySelector('.sf-presenter__exit')!.addEventListener('click', () => present(false));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present]')) {
    button.addEventListener('click', () => present(true));
  }
  // A click on the graphic advances, as on a slide. The graphic is inert, so the click lands on its section.
  for (const section of new Set(steps.map((s) => s.sequence.section))) {
    section.addEventListener('click', (event) => {
      if (presenting && !(event.target as HTMLElement).closest('a, button, summary, .sf-step')) go(moveStep(steps.length, active, 1));
    });
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
    if (action === 'exit') present(false);
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

  scroller = scrollama()
    .setup({ step: '.sf-step', offset: 0.5 })
    .onStepEnter(({ element }) => {
      if (presenting || performance.now() < quietUntil) return;
      activate(ids.indexOf((element as HTMLElement).id), { animate: true, hash: true });
    });
  // The scroll we made is over; its intersection reports arrive a frame or two later, so the quiet
  // lasts two frames more (or a new move of ours has set its own).
  addEventListener('scrollend', () => {
    const until = quietUntil;
    requestAnimationFrame(() => requestAnimationFrame(() => quietUntil === until && (quietUntil = 0)));
  });

  if (new URLSearchParams(location.search).has('present')) present(true);
  root.classList.add('sf-engine-ready');
}

start();
