/**
 * How the two windows of a presentation find and talk to each other. The projector window is the
 * chapter with `?present`; the presenter window is the same chapter with `?presenter`, so it has every
 * step's text, notes and figure without a route of its own, and under a sub-path it is simply the
 * same path. They talk over a BroadcastChannel named after the chapter's path: no server.
 */

/**
 * A step moved (either window), a window joining and asking which step the other is on, or a window
 * leaving (closed, reloaded, or out of presentation mode).
 */
export type PresenterMessage = { type: 'step'; id: string } | { type: 'hello' } | { type: 'bye' };

/** presenterChannel('/chapters/border-sealing/') is the BroadcastChannel both windows of that chapter join. */
export const presenterChannel = (pathname: string) => `sf-presenter:${pathname}`;

/** presenterUrl(pathname, stepId) is the presenter window's address, opened on the projector's step. */
export const presenterUrl = (pathname: string, stepId: string | undefined) => `${pathname}?presenter${stepId ? `#${stepId}` : ''}`;

/**
 * readMessage(data) is the message another window sent, or null for anything else on the channel
 * (a window of another version of the site, a malformed post): those are ignored, not trusted.
 */
export function readMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id } = data as { type?: unknown; id?: unknown };
  if (type === 'hello' || type === 'bye') return { type };
  if (type === 'step' && typeof id === 'string' && id !== '') return { type, id };
  return null;
}

/** formatElapsed(ms) is the presenter's clock: `0:00`, `12:05`, `1:02:03`; negative time reads 0:00. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
