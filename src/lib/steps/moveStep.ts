/**
 * moveStep(count, current, delta) is the index one key press lands on: `delta` steps from `current`,
 * held within 0..count-1. From no active step (-1), forward goes to the first step and back stays put.
 */
export function moveStep(count: number, current: number, delta: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : -1;
  return Math.min(count - 1, Math.max(0, current + delta));
}
