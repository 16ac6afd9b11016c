import type { Claim, EntityMention, Sentence } from "../../types.js";
import { TITLE_HEADS } from "../../lexicons/titles.js";
import { isSingleHolderTitle, normalizeTitle } from "./titles.js";

/**
 * Who won, who lost, who was elected: the result of a game, a race, a vote or a prize, named by
 * the verb of winning right after the winner's name.
 * - ANALYZE_WIN_OVER: "Harbour City beat Lakeside Rovers" → winner Harbour City, loser Lakeside Rovers;
 * - ANALYZE_WIN_CONTEST: "Harbour City won the cup final", "Ana Ruiz won the Golden Pen Prize";
 * - ANALYZE_ELECTED: "Cardinal Jan Novak, 70, was elected pope", "Ana Ruiz was awarded the prize";
 * - ANALYZE_NAMED_TO_ROLE: "Tom Briar, who was named Harbour Cup MVP", "Ana Ruiz was named coach":
 *   the office or honour, as a role of the story ("role: coach").
 * A story tells of other wins (a past final, last year's prize), so these are facts with their
 * reports, never held against each other (`comparable: false`).
 */
const WIN_OVER_RE = /^\s+(?:beat|beats|defeated|defeats|downed|routed|edged|thrashed|overcame|upset|stunned)\s+(?:the\s+)?$/;
/** "won the final", "won the Harbour Cup", "won a third title": a contest after "won", not a count ("won 52 seats"). */
const WIN_CONTEST_RE = /^\s+(?:has\s+|have\s+)?(?:won|wins|clinched|clinches)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){0,2}(?:title|championship|cup|final|prize|award|election|race|game|match|medal|trophy|tournament|league|vote|contest|primary|runoff)\b)/u;
/** "was elected pope", ", 70, was elected as the new president", "was awarded the …": an aside of a few words allowed before the verb. */
const ELECTED_RE = /^(?:\s*,[^,.;:]{1,40},)?\s+(?:was|has\s+been|is|were|have\s+been)\s+(?:elected|awarded|chosen\s+as|named\s+(?:the\s+)?winner)\b/;

/**
 * "was named the new coach", ", named Harbour Cup MVP", ", who was named …": passive or an
 * appositive ("Lee named Ruiz coach" names Ruiz, not Lee); up to three words of the honour's name,
 * then its title.
 */
const NAMED_TITLE_RE = new RegExp(
  `^(?:\\s*,\\s+(?:who\\s+(?:was|has\\s+been|is)\\s+)?|\\s+(?:was|has\\s+been|is)\\s+)named\\s+(?:as\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(${[...TITLE_HEADS.keys()].filter((h) => /^[a-z-]+$/.test(h)).join("|")})\\b`,
  "iu",
);

/** A name after one of these is the object of a phrase ("a leader of the Church has been elected"), not who won. */
const OBJECT_BEFORE_RE = /\b(?:of|for|to|in|at|by|with|from|over|against)\s+(?:the\s+)?$/i;

/** A sentence that may name a result: read by the tagger only when it does. */
export const WIN_HINT = /\b(?:beat|beats|defeated|defeats|downed|routed|edged|thrashed|overcame|upset|stunned|won|wins|clinched|clinches|elected|awarded|winner|named)\b/;

/**
 * Results in one sentence. `mentions` are its names in order (the entity finder's and the
 * tagger's proper-noun runs), with offsets in the article text.
 */
export function findWinnerClaims(sentence: Sentence, mentions: readonly EntityMention[]): Claim[] {
  const names = [...mentions].sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const local = (offset: number) => offset - sentence.start;
  const claims: Claim[] = [];
  for (let i = 0; i < names.length; i++) {
    const winner = names[i]!;
    const next = names[i + 1];
    const after = sentence.text.slice(local(winner.end), local(winner.end) + 120);
    if (OBJECT_BEFORE_RE.test(sentence.text.slice(Math.max(0, local(winner.start) - 12), local(winner.start)))) continue;
    const claim = (key: string, who: EntityMention, rule: string): Claim => ({
      kind: "entity",
      key,
      value: who.key,
      display: who.surface,
      comparable: false,
      sentence: sentence.index,
      span: { start: winner.start, end: key === "loser" ? who.end : winner.end },
      rule,
    });
    if (next && WIN_OVER_RE.test(sentence.text.slice(local(winner.end), local(next.start)))) {
      claims.push(claim("winner", winner, "ANALYZE_WIN_OVER"), claim("loser", next, "ANALYZE_WIN_OVER"));
    } else if (WIN_CONTEST_RE.test(after)) {
      claims.push(claim("winner", winner, "ANALYZE_WIN_CONTEST"));
    } else if (winner.type !== "place" && ELECTED_RE.test(after)) {
      claims.push(claim("winner", winner, "ANALYZE_ELECTED"));
    } else if (winner.type !== "place") {
      const title = NAMED_TITLE_RE.exec(after);
      const role = title ? normalizeTitle(title[1]!) : undefined;
      if (role && isSingleHolderTitle(role)) claims.push(claim(`role: ${role}`, winner, "ANALYZE_NAMED_TO_ROLE"));
    }
  }
  return claims;
}
