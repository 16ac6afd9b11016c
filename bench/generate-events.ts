/**
 * A stream of generated reports: each event is one of the story sets (seeds, examples) with its
 * most frequent names replaced by invented ones, its numbers shifted and its dates moved, so that
 * every event is distinct. EVENTS_PER_DAY events start each day, as in a busy news feed.
 */
import { makeDocument } from "../src/ingest/index.js";
import type { RawDocument } from "../src/types.js";
import type { StorySet } from "./story-sets.js";

const NAMES_PER_EVENT = 20;
/**
 * Share of longer lower-case words replaced by invented ones per event. Without it, every ninth
 * event is the same template with other names, and the stream turns into a few hundred giant
 * look-alike stories that no real feed has; with it, events of one template share about half
 * their vocabulary, like two events of one kind.
 */
const WORD_SWAP_SHARE = 0.4;
const EVENTS_PER_DAY = 20;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`, "g");
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function* generateReports(sets: StorySet[], count: number): Generator<RawDocument> {
  const texts = sets.map((set) => set.documents.map((d) => ({ d, text: new TextDecoder().decode(d.bytes) })));
  let written = 0;
  for (let event = 0; written < count; event++) {
    const set = texts[event % texts.length]!;
    const names = inventNames(set.map((x) => x.text).join("\n"), event);
    const shift = Math.floor(event / EVENTS_PER_DAY) - 400;
    for (const { d, text } of set) {
      if (written++ >= count) return;
      const ext = d.contentType === "text/html" ? ".html" : ".txt";
      yield makeDocument(`generated/event-${event}/${d.id}${ext}`, new TextEncoder().encode(rename(text, names, event, shift)), d.contentType);
    }
  }
}

function inventNames(text: string, seed: number): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}/gu)) if (!CALENDAR_WORDS.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, NAMES_PER_EVENT).map(([w]) => w);
  return new Map(top.map((w, i) => [w, syllables(seed * NAMES_PER_EVENT + i)]));
}

function syllables(n: number): string {
  const parts = ["ka", "lo", "mir", "ten", "sa", "vu", "dor", "el", "qui", "ran", "po", "zet"];
  let word = "";
  for (let x = n + 13; x > 0; x = Math.floor(x / parts.length)) word += parts[x % parts.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function rename(text: string, names: Map<string, string>, event: number, days: number): string {
  let out = text;
  for (const [from, to] of names) out = out.split(from).join(to);
  out = out.replace(/\b\p{Ll}{5,}\b/gu, (word) => (hash(`${word}/${event}`) % 1000 < WORD_SWAP_SHARE * 1000 ? syllables(hash(word) % 5000 + event * 7).toLowerCase() : word));
  out = out.replace(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (iso) => shiftIso(iso, days));
  out = out.replace(/\b(\d{2})-(\d{2})-(\d{4})\b/g, (_m, d: string, m: string, y: string) => shiftIso(`${y}-${m}-${d}`, days).split("-").reverse().join("-"));
  out = out.replace(DAY_MONTH_YEAR, (_m, d: string, month: string, y: string) => {
    const [yy, mm, dd] = shiftIso(`${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`, days).split("-");
    return `${Number(dd)} ${MONTHS[Number(mm) - 1]} ${yy}`;
  });
  return out.replace(/\b(\d{2,3})\b(?! ?(?:BC|AD))/g, (n) => String(Number(n) + (event % 7)));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function shiftIso(iso: string, days: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}
