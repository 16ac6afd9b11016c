import type { AnalyzedArticle, Claim } from "../src/types.js";

/** One planted change: in one report, one claim's value replaced by another. */
export interface Mutation {
  article: string;
  key: string;
  kind: Claim["kind"];
  from: string;
  to: string;
  /** Does a reported conflict position value show the planted value? */
  matches(value: string): boolean;
  /** The report's raw text with the change made. */
  raw: string;
}

const NUMBER_TOKEN = /\d[\d,]*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?\b/i;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/**
 * Planted places are real cities far from every example and seed (a misreported place is usually a
 * real place); planted surnames appear in no report.
 */
const PLACES = ["Nairobi", "Montevideo", "Hanoi", "Reykjavik"];
const SURNAMES = ["Thistlewood", "Okonkwo-Bell", "Farrancourt"];

/**
 * Plant a change of `claim` (stated in `analyzed`) into that report's raw text: the report now
 * gives another value wherever it gave this one for this slot (a report that says "Baku" twice
 * would otherwise still say "Baku"). Each sentence is found verbatim in the raw text and only the
 * claim's own words inside it are changed. Returns null where the words cannot be found or changed.
 */
export function plantChange(raw: string, analyzed: AnalyzedArticle, claim: Claim, serial: number): Mutation | null {
  const first = changeSentence(raw, analyzed, claim, serial);
  if (!first) return null;
  let text = first.raw;
  for (const other of analyzed.claims) {
    if (other === claim || other.key !== claim.key || other.value !== claim.value) continue;
    text = changeSentence(text, analyzed, other, serial)?.raw ?? text;
  }
  return { article: analyzed.article.id, key: claim.key, kind: claim.kind, from: first.from, to: first.to, matches: first.matches, raw: text };
}

function changeSentence(raw: string, analyzed: AnalyzedArticle, claim: Claim, serial: number) {
  const sentence = analyzed.sentences[claim.sentence];
  if (!sentence || !raw.includes(sentence.text)) return null;
  const spanText = analyzed.article.text.slice(claim.span.start, claim.span.end);
  const spanOffset = claim.span.start - sentence.start;
  if (spanOffset < 0 || spanOffset > sentence.text.length) return null;
  const change = changeFor(claim, spanText, serial);
  if (!change) return null;
  const newSentence = sentence.text.slice(0, spanOffset) + change.text + sentence.text.slice(spanOffset + spanText.length);
  return { from: spanText, to: change.text, matches: change.matches, raw: raw.split(sentence.text).join(newSentence) };
}

/** A time of day moved three hours on the clock face ("7:50 a.m." → "10:50 a.m.", "19:25" → "22:25"). */
function changeClock(claim: Claim, spanText: string): { text: string; matches(v: string): boolean } | null {
  const hour = /\d{1,2}/.exec(spanText);
  const [hh, mm] = claim.value.split(":").map(Number);
  if (!hour || hh === undefined || mm === undefined) return null;
  const twelveHour = /[ap]\.?\s?m\b/i.test(spanText);
  const moved = twelveHour ? ((Number(hour[0]) + 2) % 12) + 1 : (Number(hour[0]) + 3) % 24;
  const hours = twelveHour ? (moved % 12) + (hh >= 12 ? 12 : 0) : moved;
  const value = `${String(hours).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
  const text = spanText.slice(0, hour.index) + String(moved) + spanText.slice(hour.index + hour[0].length);
  return { text, matches: (v) => v === value };
}

function changeFor(claim: Claim, spanText: string, serial: number): { text: string; matches(v: string): boolean } | null {
  switch (claim.kind) {
    case "quantity": {
      if (claim.valueType === "clock") return changeClock(claim, spanText);
      if (claim.number === undefined || claim.relative) return null;
      // The change must be a real contradiction: halving an exact or "nearly" figure contradicts
      // it and any "at least" reading of it; an "at least"/"more than" figure is raised instead,
      // since "at least N/2" would still be true of N.
      const n = claim.number;
      const floor = claim.qualifier === "at least" || claim.qualifier === "more than";
      const changed = floor || n < 4 ? n * 2 + 5 : Math.round(n / 2);
      const token = NUMBER_TOKEN.exec(spanText);
      if (!token) return null;
      const text = spanText.slice(0, token.index) + String(changed) + spanText.slice(token.index + token[0].length);
      return { text, matches: (v) => Number(v) === changed };
    }
    case "date": {
      const shifted = shiftDate(claim.value, claim.precision ?? "day");
      if (!shifted) return null;
      const lead = /^(on|in|since|by|last)\s+/i.exec(spanText)?.[0] ?? "";
      return { text: (lead.toLowerCase() === "last " ? "in " : lead) + shifted.words, matches: (v) => v.startsWith(shifted.iso) };
    }
    case "place":
    case "route":
      return replaceName(spanText, claim.display, PLACES[serial % PLACES.length]!, false);
    case "entity":
      return replaceName(spanText, claim.display, SURNAMES[serial % SURNAMES.length]!, true);
    default:
      return null;
  }
}

function replaceName(spanText: string, display: string, substitute: string, surnameOnly: boolean) {
  const target = surnameOnly ? display.split(/\s+/).at(-1)! : display;
  const at = spanText.indexOf(target);
  if (at < 0 || target.length < 2) return null;
  return { text: spanText.slice(0, at) + substitute + spanText.slice(at + target.length), matches: (v: string) => v.toLowerCase().includes(substitute.toLowerCase()) };
}

function shiftDate(iso: string, precision: "day" | "month" | "year"): { iso: string; words: string } | null {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return null;
  if (precision === "year" || !m) return { iso: String(y - 2), words: String(y - 2) };
  if (precision === "month" || !d) {
    const date = new Date(Date.UTC(y, m - 1 - 4, 1));
    return { iso: date.toISOString().slice(0, 7), words: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` };
  }
  const date = new Date(Date.UTC(y, m - 1, d + 9));
  return { iso: date.toISOString().slice(0, 10), words: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}` };
}
