// "Continue where you left off": the step engine keeps the reader's last step of a chapter in
// localStorage, on their device only (nothing is sent anywhere), and the home page offers it back.

/** The localStorage key: `{ path, step, n, of }` of the last step a reader reached in a chapter. */
export const LAST_STEP_KEY = 'sf-last-step';

export interface LastStep {
  /** The chapter's path, e.g. `/chapters/border-sealing/`. */
  path: string;
  /** The step's id, e.g. `hoeryong-2022`. */
  step: string;
  /** Its place among the chapter's steps, from 1, and their number. */
  n: number;
  of: number;
}

/**
 * The home page's inline script, run as the parser reaches it (so the box it reveals never moves
 * what is already painted). It sits right after the box (ContinueReading.astro) and trusts nothing
 * stored: the path must be one of the cards' chapters and the step a plain id. Without JavaScript or
 * storage the box stays hidden. Its hash goes into the CSP (see csp.ts).
 */
export const CONTINUE_SCRIPT = `try {
  const box = document.currentScript.previousElementSibling;
  const last = JSON.parse(localStorage.getItem('${LAST_STEP_KEY}') || 'null');
  const card = last && typeof last.path === 'string' && [...document.querySelectorAll('[data-chapter]')].find((c) => c.dataset.chapter === last.path);
  if (card && /^[A-Za-z0-9_-]+$/.test(last.step) && last.n > 0 && last.of >= last.n) {
    const link = box.querySelector('a');
    link.href = last.path + '#' + last.step;
    box.querySelector('[data-title]').textContent = card.querySelector('h3').textContent;
    box.querySelector('[data-where]').textContent = 'step ' + last.n + ' of ' + last.of;
    box.querySelector('button').addEventListener('click', () => {
      localStorage.removeItem('${LAST_STEP_KEY}');
      box.hidden = true;
    });
    box.hidden = false;
  }
} catch {}`;
