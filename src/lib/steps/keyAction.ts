export type KeyAction = 'next' | 'previous' | 'exit' | null;

/**
 * keyAction(key, presenting) maps a key to a step move. Reading: j / k. Presenting adds the keys a
 * clicker or a projector remote sends (arrows, Page Up/Down, Space) and Escape to leave.
 */
export function keyAction(key: string, presenting: boolean): KeyAction {
  if (key === 'j') return 'next';
  if (key === 'k') return 'previous';
  if (!presenting) return null;
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(key)) return 'next';
  if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) return 'previous';
  if (key === 'Escape') return 'exit';
  return null;
}
