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
