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
 * what is already painted). It sits right after the box (ContinueReading.astro), whose
 * `data-chapters` maps each chapter's path to its title, and trusts nothing stored: the path must be
 * one of those chapters and the step a plain id. Without JavaScript or storage the box stays
 * hidden. Its hash goes into the CSP (see csp.ts).
 */
export const CONTINUE_SCRIPT = `try {
  const box = document.currentScript.previousElementSibling;
  const titles = JSON.parse(box.dataset.chapters);
  const last = JSON.parse(localStorage.getItem('${LAST_STEP_KEY}') || 'null');
  if (last && Object.hasOwn(titles, last.path) && /^[A-Za-z0-9_-]+$/.test(last.step) && last.n > 0 && last.of >= last.n) {
    box.querySelector('a').href = last.path + '#' + last.step;
    box.querySelector('[data-title]').textContent = titles[last.path];
    box.querySelector('[data-where]').textContent = 'step ' + last.n + ' of ' + last.of;
    box.querySelector('button').addEventListener('click', () => {
      localStorage.removeItem('${LAST_STEP_KEY}');
      box.hidden = true;
    });
    box.hidden = false;
  }
} catch {
  // No storage, or a stored value that is not ours: the box stays hidden.
}`;
