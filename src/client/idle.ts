// Work that must not share a task with the page's load or a frame the reader is scrolling.

/** Runs `work` when the browser is idle (or after `timeout` ms at the latest, if given). */
export function idle(work: () => void, timeout?: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, timeout === undefined ? undefined : { timeout });
  else setTimeout(work, 50);
}

/** Runs `work` once the page has loaded, when the browser is next idle. */
export function idleAfterLoad(work: () => void, timeout?: number): void {
  const begin = () => idle(work, timeout);
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}
