/**
 * BCubed precision and recall (Bagga & Baldwin 1998): for each item, the share of its predicted
 * cluster that shares its gold label, and the share of its gold class that shares its predicted
 * cluster; both averaged over items. F1 is their harmonic mean.
 */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): { precision: number; recall: number; f1: number; errors: string[] } {
  const byPredicted = groupBy(predicted);
  const byGold = groupBy(gold);
  let precision = 0;
  let recall = 0;
  const errors: string[] = [];
  for (const [item, cluster] of predicted) {
    const label = gold.get(item)!;
    const mates = byPredicted.get(cluster)!;
    const sameLabel = mates.filter((m) => gold.get(m) === label).length;
    precision += sameLabel / mates.length;
    recall += sameLabel / byGold.get(label)!.length;
    if (sameLabel < mates.length || sameLabel < byGold.get(label)!.length) errors.push(`${item} [${label}] in ${cluster} with ${mates.filter((m) => m !== item).map((m) => `${m} [${gold.get(m)}]`).join(", ")}`);
  }
  precision /= predicted.size;
  recall /= predicted.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), errors };
}

function groupBy(map: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, key] of map) out.set(key, [...(out.get(key) ?? []), item]);
  return out;
}
