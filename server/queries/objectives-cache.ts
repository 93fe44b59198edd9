// A small in-process cache of serialised objective views. Keys carry the revision of the owner's
// objectives (objectivesRevision: changes with every event, read from the database on every
// request) and the organisation's people version (names), so a write from any process is seen at
// once: a stale entry is never served, it is simply never asked for again.

const MAX = 500;
// One cache per database handle: two apps in one process (tests on two engines) never share one.
const caches = new WeakMap<object, Map<string, string>>();

export function cached(db: object, key: string, make: () => Promise<string>): Promise<string> {
  let entries = caches.get(db);
  if (!entries) {
    entries = new Map();
    caches.set(db, entries);
  }
  const map = entries;
  const hit = map.get(key);
  if (hit !== undefined) {
    // Refresh its place: the least recently used entry goes first.
    map.delete(key);
    map.set(key, hit);
    return Promise.resolve(hit);
  }
  return make().then((v) => {
    map.set(key, v);
    if (map.size > MAX) map.delete(map.keys().next().value as string);
    return v;
  });
}
