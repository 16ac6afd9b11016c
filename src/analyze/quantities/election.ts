import {
  ELECTION_CONTEXT_WORDS, ELECTION_VERBS, PARTY_NAME_WORDS, TURNOUT_WINDOW, TURNOUT_WORDS,
} from "../../lexicons/quantity-slots.js";
import { NUMBER_TENS, NUMBER_UNITS } from "../../lexicons/numbers.js";
import type { Token } from "../claim-tokens.js";
import { entityKey } from "../entities/key.js";

/** Longest candidate or party name read before its share ("the Social Democratic Party of Germany"). */
const MAX_NAME_WORDS = 5;
/** Capitalised words that open a sentence or a clause and are not a name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "with", "after", "while", "it", "he", "she", "they",
]);

/**
 * Words of opinion polling: a share in such a sentence is a poll's, not a result ("our final
 * polling average had Coalición Murciana on 36%"): key "poll: <name>". An exit poll or a
 * projection on election night is an early estimate of the result itself: a share, marked
 * provisional (frames/time/provisional.ts), that the final count updates.
 */
const POLL_WORDS: ReadonlySet<string> = new Set([
  "polling", "pollster", "pollsters", "survey", "surveys", "surveyed", "forecast", "forecasts", "opinion",
]);

export function isPollSentence(tokens: readonly Token[]): boolean {
  return tokens.some((token) => POLL_WORDS.has(token.lower));
}

/** Whether the sentence speaks of voting, so a percentage or a count can be a share, votes or seats. */
export function isElectionSentence(tokens: readonly Token[]): boolean {
  return tokens.some((token) => ELECTION_CONTEXT_WORDS.has(token.lower));
}

/** "turnout was 62%", "a turnout of 62 percent", "62% turnout". */
export function isTurnout(tokens: readonly Token[], phraseStart: number, phraseEnd: number): boolean {
  if (TURNOUT_WORDS.has(tokens[phraseEnd]?.lower ?? "")) return true;
  if (isShareOfVotersVoting(tokens, phraseEnd)) return true;
  for (let k = phraseStart - 1; k >= Math.max(0, phraseStart - TURNOUT_WINDOW); k--) {
    const token = tokens[k]!;
    if (token.kind === "num" || (token.kind === "punct" && token.text !== ",")) return false;
    if (TURNOUT_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** "63.1 per cent of (eligible) voters turned out / voted / cast their ballots". */
function isShareOfVotersVoting(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower !== "of") return false;
  k++;
  if (tokens[k]?.lower === "the") k++;
  if (/^(?:eligible|registered)$/.test(tokens[k]?.lower ?? "")) k++;
  if (!/^(?:voters|electorate|electors)$/.test(tokens[k]?.lower ?? "")) return false;
  k++;
  if (/^(?:had|have|has)$/.test(tokens[k]?.lower ?? "")) k++;
  const verb = tokens[k]?.lower ?? "";
  return (verb === "turned" && tokens[k + 1]?.lower === "out") || verb === "voted" || verb === "cast";
}

/**
 * The candidate or party a share, vote count or seat count belongs to, as an entity key, or null:
 * "Smith won 52%", "Labour took 412 seats", "Smith, with 52%", "Smith (52%)", "52% for Smith",
 * "52% of the vote went to Smith", "Verde won 14.2% and six seats", "The PRS, led by X, won 16
 * seats on 31.7 per cent", "Verde of Rocío Almagro won …" (the party, not its leader).
 */
export function findCandidate(tokens: readonly Token[], phraseStart: number, phraseEnd: number): string | null {
  const left = candidateBefore(tokens, phraseStart);
  if (left) return left;
  let r = phraseEnd;
  if (tokens[r]?.lower === "of") {
    r++;
    if (tokens[r]?.lower === "the") r++;
    if (/^(?:vote|votes|ballots|ballot)$/.test(tokens[r]?.lower ?? "")) r++;
  }
  if (tokens[r]?.lower === "went" && tokens[r + 1]?.lower === "to") r += 2;
  else if (tokens[r]?.lower === "for") r++;
  else return null;
  if (tokens[r]?.lower === "the") r++;
  return nameStartingAt(tokens, r);
}

/** Words passed over walking back from a result to its verb: other results joined to it ("14.2% and six seats"). */
const RESULT_WORDS: ReadonlySet<string> = new Set([
  "and", "%", "percent", "per", "cent", "pct", "seats", "seat", "votes", "vote", "of", "the", "ballots",
  ...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(),
]);
/** How many tokens the walk back from a result may take before it must have found the verb. */
const MAX_RESULT_WALK = 10;

function candidateBefore(tokens: readonly Token[], phraseStart: number): string | null {
  let k = phraseStart - 1;
  if (tokens[k]?.text === "(") return nameEndingAt(tokens, k - 1);
  for (let steps = 0; k >= 0 && steps < MAX_RESULT_WALK; steps++) {
    const token = tokens[k]!;
    if (token.lower === "with" || token.lower === "on") {
      // "Lind, with 52%" names the candidate; "won 16 seats on 31.7 per cent" goes on to the verb.
      if (tokens[k - 1]?.text === ",") return nameEndingAt(tokens, k - 2);
      k--;
      continue;
    }
    if (ELECTION_VERBS.has(token.lower)) return subjectBefore(tokens, k - 1);
    if (token.kind === "num" || RESULT_WORDS.has(token.lower)) {
      k--;
      continue;
    }
    // "Unión Liberal four, with 9.1 per cent": a name right before a bare result.
    return token.cap && token.kind === "word" && steps > 0 ? nameEndingAt(tokens, k) : null;
  }
  return null;
}

/** Words opening an apposition that gives a name ("officially called X", "known as X"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(["officially", "formally", "called", "known", "named", "also", "aka"]);

/** The subject before an election verb, past auxiliaries and an apposition (", led by X,"). */
function subjectBefore(tokens: readonly Token[], from: number): string | null {
  let k = from;
  if (/^(?:has|had|have)$/.test(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower === "who" && tokens[k - 1]?.text === ",") k--; // "Sandu, who received 42%"
  if (tokens[k]?.text === ",") {
    // ", led by outgoing regional president Tomás Ibáñez," or ", Tomas Keller,": the apposition's own comma.
    let open = k - 1;
    while (open >= Math.max(0, k - 10) && tokens[open]!.text !== ",") open--;
    const apposition = open >= 0 && tokens[open]!.text === "," ? tokens.slice(open + 1, k) : [];
    // ", officially called Alternativa Verde,": the apposition gives the party's own name.
    if (apposition.length > 0 && NAMING_WORDS.has(apposition[0]!.lower)) return nameEndingAt(tokens, k - 1);
    if (apposition.length > 0 && !apposition.every((t) => t.cap)) return nameEndingAt(tokens, open - 1);
    k--;
  }
  // "Alternativa Verde of Rocío Almagro", "Unión Liberal under Esteban Quirós": the party comes first.
  const name = nameEndingAt(tokens, k);
  let start = k;
  while (start > 0 && tokens[start - 1]!.cap && tokens[start - 1]!.kind === "word") start--;
  if (/^(?:of|under)$/.test(tokens[start - 1]?.lower ?? "") && tokens[start - 2]?.cap) return nameEndingAt(tokens, start - 2) ?? name;
  return name;
}

function nameEndingAt(tokens: readonly Token[], end: number): string | null {
  let start = end;
  while (start - 1 >= 0 && end - start + 1 < MAX_NAME_WORDS && tokens[start - 1]!.kind === "word" && tokens[start - 1]!.cap) start--;
  while (start <= end && NOT_NAME_WORDS.has(tokens[start]!.lower)) start++;
  return nameOf(tokens, start, end);
}

function nameStartingAt(tokens: readonly Token[], start: number): string | null {
  let end = start;
  if (!tokens[start]?.cap) return null;
  while (end + 1 < tokens.length && end - start + 1 < MAX_NAME_WORDS && tokens[end + 1]!.kind === "word" && tokens[end + 1]!.cap) end++;
  return nameOf(tokens, start, end);
}

function nameOf(tokens: readonly Token[], start: number, end: number): string | null {
  if (start > end) return null;
  const words = tokens.slice(start, end + 1);
  if (!words.every((t) => t.kind === "word" && t.cap)) return null;
  const surface = words.map((t) => t.text.replace(/['’]s$/u, "")).join(" ");
  const party = words.some((t) => PARTY_NAME_WORDS.has(t.lower)) || words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!.text);
  return entityKey(surface, party ? "organization" : "person");
}
