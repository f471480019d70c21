/**
 * stepFromHash(hash, ids) returns the step id a URL fragment names, or null when it names none
 * (an empty hash, a heading's id, or a stale link to a step that was renamed).
 * stepFromHash('#hoeryong-2022', ['hoeryong-2022']) -> 'hoeryong-2022'.
 */
export function stepFromHash(hash: string, ids: readonly string[]): string | null {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  return ids.includes(id) ? id : null;
}
