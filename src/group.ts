/**
 * Adds `value` to the list kept under `key`, in place. Grouping by copying the list on every add
 * (`[...(map.get(key) ?? []), value]`) costs the square of the group's size: one report with tens
 * of thousands of claims took seconds.
 */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Items grouped by a key, in their order. */
export function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) append(groups, keyOf(item), item);
  return groups;
}

/**
 * Sets joined two at a time (a union-find): `join` puts two items in one set, `root` names the set
 * an item is in (the first item of the set that was joined, and the item itself when alone).
 */
export function joinedSets<T>(): { join(a: T, b: T): void; root(item: T): T } {
  const parent = new Map<T, T>();
  const root = (item: T): T => {
    let top = item;
    while (parent.has(top) && parent.get(top) !== top) top = parent.get(top)!;
    // Each item found points straight at the root, so the next look-up is one step.
    if (top !== item) parent.set(item, top);
    return top;
  };
  return {
    root,
    join(a, b) {
      const [x, y] = [root(a), root(b)];
      if (x !== y) parent.set(y, x);
    },
  };
}
