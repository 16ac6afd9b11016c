import type { Stated } from "../stated.js";
import { NAME_KEY_PREFIX } from "../../analyze/names/index.js";

/**
 * Reports name one thing in longer and shorter forms and in another word order: "the Halden Peace
 * Committee" and "the Peace Committee", "Camp Larkspur" and "Larkspur Camp". Of a named fact's
 * values (entity keys), one whose words are all in exactly one longer value of the same slot is
 * that value; values with the same words are one value. The statements then meet in one fact.
 * A short form two longer names share ("Committee" of two committees) is left as it is.
 */
export function joinNameVariants(stated: Stated[]): Stated[] {
  const values = new Map<string, Set<string>>();
  for (const s of stated) {
    if (!s.claim.key.startsWith(NAME_KEY_PREFIX)) continue;
    const set = values.get(s.claim.key) ?? new Set<string>();
    values.set(s.claim.key, set.add(s.value));
  }
  const fuller = new Map<string, string>();
  for (const [key, set] of values) {
    // Each value's words are worked out once per slot: every value is held against every other.
    const words = new Map([...set].map((value) => [value, wordsOf(value)]));
    for (const value of set) {
      const target = fullerForm(value, words);
      if (target !== value) fuller.set(`${key}\u0000${value}`, target);
    }
  }
  if (fuller.size === 0) return stated;
  return stated.map((s) => {
    const target = fuller.get(`${s.claim.key}\u0000${s.value}`);
    return target ? { ...s, value: target } : s;
  });
}

/**
 * The value that stands for `value`: the one value holding all its words with the most words
 * (ties broken by the longest, then alphabetically, so every report's form lands on one),
 * or `value` itself when two different longer names hold its words.
 */
function fullerForm(value: string, words: ReadonlyMap<string, Set<string>>): string {
  const own = words.get(value)!;
  const holds = (other: string, part: Set<string>) => [...part].every((w) => words.get(other)!.has(w));
  const holders = [...words.keys()].filter((other) => other !== value && holds(other, own));
  if (holders.length === 0) return value;
  const widest = (v: string) => words.get(v)!.size;
  const [best, ...rest] = [...holders, value].sort((a, b) => widest(b) - widest(a) || b.length - a.length || a.localeCompare(b));
  // Every holder must be a form of the best one: a short name two different names hold is neither's.
  return rest.every((v) => holds(best!, words.get(v)!)) ? best! : value;
}

/** Abbreviations names are written with either way: "St. Brun" is "Saint Brun". */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([["st", "saint"], ["mt", "mount"], ["ft", "fort"]]);

/** The words of a name's key, abbreviations spelled out and possessive endings dropped ("peter’s" → "peter"). */
function wordsOf(value: string): Set<string> {
  return new Set(value.split(" ").map((word) => {
    const bare = word.replace(/['’]s$/u, "").replace(/['’]/gu, "");
    return SPELLED_OUT.get(bare) ?? bare;
  }));
}
