import type { Claim, EntityMention, Sentence } from "../../types.js";
import { measureAfter } from "./measure.js";
import { ownerOf, scopeOf } from "./owner.js";
import type { TaggedToken } from "./tagger.js";

const PERCENT_WORDS: ReadonlySet<string> = new Set(["%", "percent", "per"]);
const DECIMAL = /^\d+(?:[.,]\d+)?%?$/;
/** What a share of the vote is said to be of: "of the vote", "of votes cast", "of voters", "of the ballots". */
const VOTE_NOUNS: ReadonlySet<string> = new Set(["vote", "voter", "ballot"]);

/**
 * Percentages as frames: "the Greens reach 12.4 percent" (the Greens' share), "31.2% of the vote"
 * (a vote share), "the fire was 14% contained" (containment). A share nobody owns and that says
 * of what it is a share is not a claim.
 */
export function findShares(sentence: Sentence, tokens: readonly TaggedToken[], mentions: readonly EntityMention[]): Claim[] {
  const found: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!DECIMAL.test(token.text)) continue;
    const glued = token.text.endsWith("%");
    const sign = glued ? i : PERCENT_WORDS.has(tokens[i + 1]?.lower ?? "") ? i + 1 : -1;
    if (sign < 0) continue;
    const end = tokens[sign]!.lower === "per" && tokens[sign + 1]?.lower === "cent" ? sign + 2 : sign + 1;
    const value = Number(token.text.replace("%", "").replace(",", "."));
    if (!Number.isFinite(value) || value > 100) continue;
    const measure = measureAfter(tokens, end, true);
    const owner = ownerOf(tokens, i, measure ? measure.head + 1 : end, mentions);
    const scope = scopeOf(tokens, i, measure ? measure.head + 1 : end, mentions);
    if (!owner && !measure) continue;
    const isVoteShare = !measure || isShareOfVotes(measure.words);
    const key = isVoteShare ? "share" : measure!.words.join(" ");
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
      rule: "FRAME_SHARE",
    });
    i = end - 1;
  }
  return found;
}

/** "31.2% of the vote", "8.8% of voters", "of the ballots": a party's share of the vote. */
function isShareOfVotes(words: readonly string[]): boolean {
  return words.length === 2 && VOTE_NOUNS.has(words[0]!) && words[1] === "share";
}
