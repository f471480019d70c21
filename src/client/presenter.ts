// Presentation mode and the presenter view, loaded the first time a chapter is presented (never with
// the page). Presentation mode is the projector's window: one step at a time over the full-screen
// graphic. The presenter view is a second window for the laptop, the same chapter with ?presenter:
// the step's text and teaching notes, the next step with a small picture of its graphic, the count, a
// clock. The two keep to the same step through a BroadcastChannel; scrolly.ts stays the one owner
// of the active step, so a key, a click or a clicker in either window moves both.
import { moveStep } from '../lib/steps/moveStep.ts';
import { formatElapsed, presenterChannel, presenterUrl, readMessage, type PresenterMessage } from '../lib/steps/presenterLink.ts';
import type { PresenterShare } from './presenterShare.ts';

/** What the step engine (scrolly.ts) lends a presentation. */
export interface Engine {
  steps: readonly { el: HTMLElement; id: string; sequence: { section: HTMLElement } }[];
  /** The active step's index, -1 before any. */
  active(): number;
  /** Make a step active, as a key press does. */
  go(index: number): void;
  /** Called after every change of the active step (one listener: the presentation). */
  onMove(listener: (index: number) => void): void;
  /** Read out through the page's polite live region. */
  announce(message: string): void;
  /** Rest scrollama and move without scrolling (on), or return the reader to the active step (off). */
  setPresenting(on: boolean): void;
}

export interface Presentation {
  present(on: boolean): void;
}

const KEYS = 'Next: → Space PgDn · Back: ← PgUp';

/**
 * Joins the chapter's channel. Moves made here are sent; a move sent by the other window is played
 * here without being sent back (so two quick presses in one window never bounce between the two).
 * A window that joins says hello, and every window answers a hello with its step; a window that goes
 * says bye. \`onPeer\` hears of every message from the other window.
 */
function link(engine: Engine, onPeer: (message: PresenterMessage) => void) {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(presenterChannel(location.pathname));
  let remote = false;
  const sendStep = () => {
    const id = engine.steps[engine.active()]?.id;
    if (id) channel.postMessage({ type: 'step', id });
  };
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = readMessage(event.data);
    if (message) onPeer(message);
    if (message?.type === 'hello') {
      sendStep();
    } else if (message?.type === 'step') {
      const index = engine.steps.findIndex((s) => s.id === message.id);
      if (index < 0 || index === engine.active()) return;
      remote = true;
      try {
        engine.go(index);
      } finally {
        remote = false;
      }
    }
  });
  channel.postMessage({ type: 'hello' });
  const bye = () => channel.postMessage({ type: 'bye' });
  window.addEventListener('pagehide', bye);
  return {
    /** Tell the other window about a move made here. */
    moved: () => remote || sendStep(),
    close: () => {
      bye();
      window.removeEventListener('pagehide', bye);
      channel.close();
    },
  };
}

/** Why this browser cannot show a presenter window, in one line; empty when it can. */
function noSecondWindow(): string {
  if (typeof BroadcastChannel === 'undefined') return 'The presenter view does not work in this browser.';
  if (screen.width < 768) return 'The presenter view needs a larger screen.';
  return '';
}

/** Presentation mode, for the projector. */
export function presentation(engine: Engine): Presentation {
  const root = document.documentElement;
  const bar = document.createElement('div');
  bar.className = 'sf-presenter';
  bar.hidden = true;
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Presentation controls');
  bar.innerHTML = `<p class="sf-presenter__count" aria-live="polite"></p>
    <p class="sf-presenter__keys">${KEYS} · Leave: Esc</p>
    <button type="button" class="sf-presenter__prev">Previous</button>
    <button type="button" class="sf-presenter__next">Next</button>
    <button type="button" class="sf-presenter__exit">Leave presentation</button>
    <p class="sf-presenter__second"><button type="button" class="sf-presenter__open">Open presenter view</button><span role="status"></span></p>
    <div class="sf-presenter__share"></div>`;
  document.body.append(bar);
  const count = bar.querySelector<HTMLElement>('.sf-presenter__count')!;
  const open = bar.querySelector<HTMLButtonElement>('.sf-presenter__open')!;
  // Either the button or, where there can be no second window, one line that says why (same place).
  const why = bar.querySelector<HTMLElement>('.sf-presenter__second [role=status]')!;
  const solo = (message: string) => {
    open.hidden = message !== '';
    why.textContent = message;
  };
  const n = engine.steps.length;
  let presenting = false;
  let channel: ReturnType<typeof link>;
  // The step's QR code and copy button come in their own chunk, with the QR encoder.
  let share: Promise<PresenterShare> | undefined;

  const update = () => {
    count.textContent = `Step ${engine.active() + 1} of ${n}`;
    const url = `${location.origin}${location.pathname}#${engine.steps[engine.active()]?.id ?? ''}`;
    share ??= import('./presenterShare.ts').then((m) => m.presenterShare(bar.querySelector('.sf-presenter__share')!, engine.announce));
    void share.then((s) => s.show(url));
  };
  engine.onMove(() => {
    if (!presenting) return;
    update();
    channel?.moved();
  });

  const present = (on: boolean) => {
    if (on === presenting) return;
    presenting = on;
    root.classList.toggle('sf-presenting', on);
    bar.hidden = !on;
    const params = new URLSearchParams(location.search);
    if (on) params.set('present', '');
    else params.delete('present');
    const search = params.toString().replace(/(^|&)present=(?=&|$)/, '$1present');
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    engine.setPresenting(on);
    if (on) {
      solo(noSecondWindow());
      open.textContent = 'Open presenter view';
      update();
      // Only a presenting window follows the presenter: a reader's tab of the same chapter stays put.
      channel = link(engine, (message) => {
        if (message.type === 'bye') {
          open.textContent = 'Open presenter view';
          engine.announce('The presenter view was closed.');
          return;
        }
        if (open.textContent === 'Presenter view open') return;
        open.textContent = 'Presenter view open';
        engine.announce('The presenter view is open in another window.');
      });
    } else {
      channel?.close();
      channel = undefined;
    }
  };

  open.addEventListener('click', () => {
    const url = presenterUrl(location.pathname, engine.steps[engine.active()]?.id);
    // Not noopener: that would make window.open return null whether or not the window opened.
    const win = window.open(url, 'sf-presenter-view', 'popup,width=1024,height=720');
    if (!win) solo('Pop-up blocked: presenting in this window only.');
  });
  bar.querySelector('.sf-presenter__prev')!.addEventListener('click', () => engine.go(moveStep(n, engine.active(), -1)));
  bar.querySelector('.sf-presenter__next')!.addEventListener('click', () => engine.go(moveStep(n, engine.active(), 1)));
  bar.querySelector('.sf-presenter__exit')!.addEventListener('click', () => present(false));
  // A click on the graphic advances, as on a slide. The graphic is inert, so the click lands on its section.
  for (const section of new Set(engine.steps.map((s) => s.sequence.section))) {
    section.addEventListener('click', (event) => {
      if (presenting && !(event.target as HTMLElement).closest('a, button, summary, .sf-step')) engine.go(moveStep(n, engine.active(), 1));
    });
  }
  return { present };
}

/** A step's words for the presenter to read: no citations, links or definitions in the way, no ids. */
function textOf(el: HTMLElement): HTMLElement {
  const copy = el.querySelector('.sf-step__text')!.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('.sf-cite, .sf-term-pop')) extra.remove();
  for (const a of copy.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
  copy.className = 'sf-pv__text';
  return copy;
}

/**
 * A small copy of the graphic a step drew at build time, hidden from assistive technology (the step's
 * text says what it shows). Its ids get a suffix, and references to them follow, so that the copy's
 * clip paths point at its own and nothing in the page is named twice.
 */
function pictureOf(el: HTMLElement): HTMLElement | null {
  const svg = el.querySelector('.sf-step__figure .sf-chart__svg');
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGElement;
  const ids = new Set([...copy.querySelectorAll('[id]')].map((node) => node.id));
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    if (node.id) node.id = `${node.id}-pv`;
    for (const { name, value } of [...node.attributes]) {
      if (name.startsWith('aria-') || name === 'role') node.removeAttribute(name);
      else if (value.includes('#')) node.setAttribute(name, value.replace(/#([\w-]+)/g, (ref, id: string) => (ids.has(id) ? `#${id}-pv` : ref)));
    }
  }
  copy.setAttribute('aria-hidden', 'true');
  copy.setAttribute('focusable', 'false');
  const frame = document.createElement('div');
  frame.className = 'sf-chart sf-pv__picture';
  frame.append(copy);
  return frame;
}

/** The presenter view: the page with ?presenter becomes the presenter's screen. */
export function presenterView(engine: Engine): Presentation {
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  document.title = `Presenter view: ${title}`;
  const view = document.createElement('div');
  view.className = 'sf-pv';
  view.innerHTML = `<header class="sf-pv__head">
      <h1 class="sf-pv__title">Presenter view <span class="sf-pv__chapter"></span></h1>
      <p class="sf-pv__count"></p>
      <p class="sf-pv__clock"><span class="sf-visually-hidden">Time since the presenter view opened: </span><span role="timer" class="sf-pv__time">0:00</span>
        <button type="button" class="sf-pv__reset">Reset clock</button></p>
    </header>
    <section class="sf-pv__now" aria-labelledby="sf-pv-now">
      <h2 id="sf-pv-now">On the projector</h2>
      <div class="sf-pv__text"></div>
      <h2 id="sf-pv-notes">Notes</h2>
      <p class="sf-pv__notes"></p>
    </section>
    <section class="sf-pv__next" aria-labelledby="sf-pv-next">
      <h2 id="sf-pv-next">Next</h2>
      <div class="sf-pv__picture"></div>
      <div class="sf-pv__text"></div>
    </section>
    <div class="sf-pv__controls" role="group" aria-label="Steps">
      <button type="button" class="sf-pv__prev">Previous</button>
      <button type="button" class="sf-pv__go">Next</button>
      <p class="sf-pv__keys">${KEYS} (in either window)</p>
      <p class="sf-pv__status" role="status"></p>
    </div>
    <p class="sf-visually-hidden" aria-live="polite"></p>`;
  (document.querySelector('main') ?? document.body).append(view);
  const $ = <T extends HTMLElement>(selector: string) => view.querySelector<T>(selector)!;
  $('.sf-pv__chapter').textContent = `· ${title}`;
  const live = view.querySelector<HTMLElement>(':scope > [aria-live]')!;
  const status = $('.sf-pv__status');
  const n = engine.steps.length;

  const show = (index: number) => {
    const step = engine.steps[index];
    if (!step) return;
    $('.sf-pv__count').textContent = `Step ${index + 1} of ${n}`;
    const now = textOf(step.el);
    $('.sf-pv__now .sf-pv__text').replaceWith(now);
    const notes = step.el.dataset.notes ?? '';
    $('.sf-pv__notes').textContent = notes || 'No notes for this step.';
    $('.sf-pv__notes').classList.toggle('is-empty', !notes);
    const next = engine.steps[index + 1];
    const picture = next && pictureOf(next.el);
    $('.sf-pv__next .sf-pv__picture').replaceWith(picture ?? Object.assign(document.createElement('div'), { className: 'sf-pv__picture' }));
    const nextText = next ? textOf(next.el) : Object.assign(document.createElement('p'), { className: 'sf-pv__text', textContent: 'This is the last step of the chapter.' });
    $('.sf-pv__next .sf-pv__text').replaceWith(nextText);
    live.textContent = `Step ${index + 1} of ${n}: ${now.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`;
  };

  const channel = link(engine, (message) => {
    status.textContent = message.type === 'bye' ? 'The projector window has left presentation mode or closed.' : 'Linked to the projector window.';
  });
  if (!channel) status.textContent = 'This browser cannot link the two windows: move the projector window with its own keys.';
  engine.onMove((index) => {
    show(index);
    channel?.moved();
  });
  show(engine.active());

  let started = Date.now();
  const time = $('.sf-pv__time');
  const tick = () => (time.textContent = formatElapsed(Date.now() - started));
  setInterval(tick, 1000);
  $('.sf-pv__reset').addEventListener('click', () => {
    started = Date.now();
    tick();
    live.textContent = 'Clock reset.';
  });
  $('.sf-pv__prev').addEventListener('click', () => engine.go(moveStep(n, engine.active(), -1)));
  $('.sf-pv__go').addEventListener('click', () => engine.go(moveStep(n, engine.active(), 1)));
  // Escape leaves presentation mode in the projector's window; here there is nothing to leave.
  return { present: () => undefined };
}
