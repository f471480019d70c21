// The geometry of a build is worked out from objects that each content load makes afresh (the
// region's topology, a chapter's places), so its caches hang off those objects: an edit in
// `npm run dev` brings new objects and is worked out anew, and old results go with the old objects.

/** Returns the value made before for an object and a key, or makes it with `make` and keeps it. */
export type KeyedCache<Owner extends object, Value> = (owner: Owner, key: string, make: () => Value) => Value;

/** keyedCache() is an empty cache of values by object and string key. Values are shared: read them, never change them. */
export function keyedCache<Owner extends object, Value>(): KeyedCache<Owner, Value> {
  const byOwner = new WeakMap<Owner, Map<string, Value>>();
  return (owner, key, make) => {
    let byKey = byOwner.get(owner);
    if (!byKey) byOwner.set(owner, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key)!;
  };
}
