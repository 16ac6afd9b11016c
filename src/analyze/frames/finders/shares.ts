import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { measureAfter } from "../measures/index.js";
import { ownerOf, respectiveOwners, scopeOf } from "../owners/index.js";
import type { TaggedToken } from "../tagger.js";
import { parseCount } from "../values/index.js";
import { isBracketedEarlier } from "../time/index.js";

/** A share a "respectively" list gives its owner: it is read before any other reading of the figure. */
export const LISTED_SHARE_RULE = "FRAME_SHARE_LISTED";
const PERCENT_WORDS: ReadonlySet<string> = new Set(["%", "percent", "per"]);
const DECIMAL = /^\d+(?:[.,]\d+)?%?$/;
/**
 * Nouns of the share a party must reach to win seats, however a report calls it ("the 5% threshold",
 * "the five percent hurdle", "the 5% barrier"): one measure.
 */
const THRESHOLD_NOUNS: ReadonlySet<string> = new Set(["threshold", "barrier", "hurdle", "cutoff", "cut-off"]);
/** What a share of the vote is said to be of: "of the vote", "of votes cast", "of voters", "of the ballots". */
const VOTE_NOUNS: ReadonlySet<string> = new Set(["vote", "voter", "ballot"]);

/**
 * Percentages as frames: "the Greens reach 12.4 percent" (the Greens' share), "31.2% of the vote"
 * (a vote share), "the fire was 14% contained" (containment), "(2027: 17.3 percent)" (the last
 * result of the share before it). Any other share nobody owns and that says not of what it is a
 * share is not a claim.
 */
export function findShares(sentence: Sentence, tokens: readonly TaggedToken[], mentions: readonly EntityMention[]): Claim[] {
  const found: Claim[] = [];
  const percents = percentsOf(tokens);
  const respective = respectiveOwners(tokens, percents.map((p) => p.at), mentions);
  // "11.2% and 7.9% of the vote": what the last figure of a list is a share of, the others are too.
  const listMeasure = respective.size > 0 ? measureAfter(tokens, percents.at(-1)!.end, true) : null;
  for (const { at: i, end } of percents) {
    const token = tokens[i]!;
    const value = DECIMAL.test(token.text) ? Number(token.text.replace("%", "").replace(",", ".")) : parseCount(token.text) ?? NaN;
    if (!Number.isFinite(value) || value > 100) continue;
    const measure = measureAfter(tokens, end, true) ?? (respective.has(i) ? listMeasure : null);
    const named = respective.get(i) ?? ownerOf(tokens, i, measure ? measure.head + 1 : end, mentions);
    const scope = scopeOf(tokens, i, measure ? measure.head + 1 : end, mentions);
    // "the Civic League reaches 31.4 percent (2027: 19.6 percent)": the bracketed share is the last result of
    // the figure beside it, whose owner and measure it takes (time/earlier-figure.ts).
    const baseline = !named && !measure && isBracketedEarlier(sentence.text, token.start - sentence.start);
    if (!named && !measure && !baseline) continue;
    const isVoteShare = !measure || isShareOfVotes(measure.words);
    const threshold = isVoteShare ? !named && isRequired(tokens, i) : THRESHOLD_NOUNS.has(measure!.words.at(-1)!);
    const key = threshold ? "threshold" : isVoteShare ? "share" : measure!.words.join(" ");
    // A threshold is the election's rule, the same for every party: the party that failed it owns none.
    const owner = threshold ? undefined : named;
    const span = { start: token.start, end: tokens[end - 1]!.end };
    found.push({
      kind: "quantity",
      key,
      value: String(value),
      number: value,
      display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      measure: key,
      valueType: "percent",
      ...(owner ? { owner: owner.key } : {}),
      ...(scope && scope.key !== owner?.key ? { scope: scope.key } : {}),
      comparable: owner !== undefined,
      sentence: sentence.index,
      span,
      rule: respective.has(i) ? LISTED_SHARE_RULE : "FRAME_SHARE",
    });
  }
  return found;
}

/** Words that make what follows a requirement: "must", "needs to", "is required to", "has to". */
const OBLIGATION_BEFORE_TO: ReadonlySet<string> = new Set(["need", "needs", "needed", "required", "has", "have"]);
const REQUIREMENT_LOOKBACK = 6;

/**
 * "A party must win at least 5% of the vote to enter parliament": a share someone must reach is the
 * election's rule (a threshold), not anyone's result.
 */
function isRequired(tokens: readonly TaggedToken[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - REQUIREMENT_LOOKBACK); j--) {
    const word = tokens[j]!.lower;
    if (word === "must" || (OBLIGATION_BEFORE_TO.has(word) && tokens[j + 1]?.lower === "to")) return true;
  }
  return false;
}

/** Each percentage of the sentence: the token of its number and the token after its sign ("%", "percent", "per cent", "five-percent"). */
function percentsOf(tokens: readonly TaggedToken[]): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "five percent", "the five-percent threshold": a number word takes the sign written out.
    const word = !DECIMAL.test(token.text) && token.pos === "NUM" && parseCount(token.text) !== undefined;
    if (!DECIMAL.test(token.text) && !word) continue;
    const glued = !word && token.text.endsWith("%");
    const at = word && tokens[i + 1]?.text === "-" ? i + 2 : i + 1;
    const sign = glued ? i : PERCENT_WORDS.has(tokens[at]?.lower ?? "") && (!word || tokens[at]!.lower !== "per") ? at : -1;
    if (sign < 0) continue;
    const end = tokens[sign]!.lower === "per" && tokens[sign + 1]?.lower === "cent" ? sign + 2 : sign + 1;
    out.push({ at: i, end });
    i = end - 1;
  }
  return out;
}

/** "31.2% of the vote", "7.9% of voters", "of the ballots": a party's share of the vote. */
function isShareOfVotes(words: readonly string[]): boolean {
  return words.length === 2 && VOTE_NOUNS.has(words[0]!) && words[1] === "share";
}
