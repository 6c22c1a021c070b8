// Look-ups by key over the scenario's arrays, so a 10,000-person organization is served in
// linear time (a scan per member per query is quadratic). An index is rebuilt when its array's
// length changes (scenarios grow by push and shrink by splice), and callers re-check every hit
// and scan on a miss, so an index never answers differently from the scan it replaces.
const built = new WeakMap<object, Map<string, { length: number; index: Map<string, unknown[]> }>>();

export function indexBy<T>(items: readonly T[], name: string, key: (item: T) => string): Map<string, T[]> {
  let byName = built.get(items);
  if (!byName) built.set(items, (byName = new Map()));
  const known = byName.get(name);
  if (known && known.length === items.length) return known.index as Map<string, T[]>;
  const index = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = index.get(k);
    if (list) list.push(item);
    else index.set(k, [item]);
  }
  byName.set(name, { length: items.length, index: index });
  return index;
}

/** The first item whose key is `k` and that passes `check`, as `items.find` would find it. */
export function findBy<T>(
  items: readonly T[],
  name: string,
  key: (item: T) => string,
  k: string,
  check: (item: T) => boolean,
): T | undefined {
  return indexBy(items, name, key).get(k)?.find(check) ?? items.find(check);
}
