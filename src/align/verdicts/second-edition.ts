import type { Stated } from "../stated.js";
import { EDITION_KEY_PREFIX } from "../../analyze/frames/finders/index.js";

/** A slot of which edition of a numbered event the story's event is (analyze/frames/finders/editions.ts). */
export function isEditionSlot(key: string): boolean {
  return key.startsWith(EDITION_KEY_PREFIX);
}

/**
 * Which edition an event is has one answer. A report that gives another report's edition and a
 * second one besides (its heading says one numeral, its text another) parts from that report on
 * the second, where a moving count given at two moments would not; the edition both give is agreed.
 * The sides [a's, b's], or null when neither report holds one edition the other holds with another.
 */
export function secondEdition(a: Stated[], b: Stated[]): [Stated[], Stated[]] | null {
  const values = (said: Stated[]) => new Set(said.map((s) => s.value));
  const [va, vb] = [values(a), values(b)];
  if (va.size === 1 && vb.size === 2 && vb.has([...va][0]!)) return [a, b.filter((s) => !va.has(s.value))];
  if (vb.size === 1 && va.size === 2 && va.has([...vb][0]!)) return [a.filter((s) => !vb.has(s.value)), b];
  return null;
}
