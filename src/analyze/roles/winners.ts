import type { Claim, EntityMention, Sentence } from "../../types.js";
import { TITLE_HEADS, UNIQUE_TITLES } from "../../lexicons/titles.js";
import { widenToNameRuns } from "./name-runs.js";
import { isSingleHolderTitle, normalizeTitle } from "./titles.js";

/**
 * Who won, who lost, who was elected: the result of a game, a race, a vote or a prize, named by
 * the verb of winning right after the winner's name.
 * - ANALYZE_WIN_OVER: "Harbour City beat Lakeside Rovers" → winner Harbour City, loser Lakeside Rovers;
 * - ANALYZE_WIN_CONTEST: "Harbour City won the cup final", "Ana Ruiz won the Golden Pen Prize";
 * - ANALYZE_ELECTED: "Cardinal Jan Novak, 70, was elected pope", "Ana Ruiz was awarded the prize";
 * - an earlier meeting the story recalls ("A beat B in 2027", "avenged a loss to B") gives "earlier
 *   winner" and "earlier loser", apart from the result the story tells;
 * - ANALYZE_NAMED_TO_ROLE: "Tom Briar, who was named Harbour Cup MVP", "Ana Ruiz was named coach":
 *   the office or honour, as a role of the story ("role: coach").
 * A story tells of other wins (a past final, last year's prize), so these are facts with their
 * reports, never held against each other (`comparable: false`).
 */
/** Lower-case words between a verb and the name it governs ("last year's champs the", "two-time defending champion"); no preposition. */
const DESCRIPTORS = String.raw`(?:(?:the|a|an)\s+)?(?:(?!(?:in|at|on|to|by|for|with|from|of|back|out|off|into|after|before|against|over|and|or)\s)[\p{Ll}\d][\p{L}\d'’-]*\s+){0,4}?(?:the\s+)?`;
const BEAT_VERBS = "beat|beats|defeated|defeats|downed|routed|edged|thrashed|overcame|upset|stunned|dominated|crushed|steamrolled|trounced|outclassed|outplayed|outlasted|swept|ousted|eliminated|knocked out";
/**
 * "A beat B", "A crushed last year's champions B", "A triumphed over B", "A cruised to a 3-0 win
 * over B": what stands between the winner's name and the loser's.
 */
const WIN_OVER_RE = new RegExp(
  String.raw`^\s+(?:(?:${BEAT_VERBS})|(?:triumphed|prevailed|won)\s+(?:over|against)|(?:soared|cruised|rolled|romped|stormed|powered|eased|raced)\s+to\s+(?:an?\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:victory|win)\s+over)\s+${DESCRIPTORS}$`,
  "u",
);
/** "B lost to A", "B fell to A": the loser first. */
const LOST_TO_RE = new RegExp(String.raw`^\s+(?:lost|loses|fell|falls|succumbed|bowed)\s+to\s+${DESCRIPTORS}$`, "u");
/** "won the final", "won the Harbour Cup", "won a third title": a contest after "won", not a count ("won 52 seats"). */
const WIN_CONTEST_RE = /^\s+(?:has\s+|have\s+)?(?:won|wins|clinched|clinches)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){0,2}(?:title|championship|cup|final|prize|award|election|race|game|match|medal|trophy|tournament|league|vote|contest|primary|runoff)\b)/u;
/** "was elected pope", ", 70, was elected as the new president", "was awarded the …": an aside of a few words allowed before the verb. */
const ELECTED_RE = /^(?:\s*,[^,.;:]{1,40},)?\s+(?:was|has\s+been|is|were|have\s+been)\s+(?:elected|awarded|chosen\s+as|named\s+(?:the\s+)?winner)\b/;

/**
 * "was named the new coach", ", named Harbour Cup MVP", ", who was named …": passive or an
 * appositive ("Lee named Ruiz coach" names Ruiz, not Lee); up to three words of the honour's name,
 * then its title.
 */
const TITLE_WORDS = [...TITLE_HEADS.keys(), ...UNIQUE_TITLES].filter((h) => /^[a-z -]+$/.test(h)).sort((a, b) => b.length - a.length).join("|");
const NAMED_TITLE_RE = new RegExp(
  `^(?: ?, (?:who (?:was|has been|is) )?| (?:was|has been|is) )named (?:as )?(?:the )?(?:[\\p{L}-]{1,30}(?:['’]s?)? ){0,3}?(${TITLE_WORDS})\\b`,
  "iu",
);
/** A headline's "Ana Ruiz named MVP": no auxiliary, so the title must follow at once ("Lee named Ruiz coach" names Ruiz). */
const HEADLINE_NAMED_RE = new RegExp(`^\\s+named\\s+(?:as\\s+)?(?:the\\s+)?(${TITLE_WORDS})\\b`, "iu");

/** "avenged a loss to", "revenge for their defeat against": the name after won the earlier meeting. */
const AVENGED_RE = /\b(?:avenged|avenging|avenge|revenge\s+for)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:loss|defeat)\s+(?:to|against|by)\s+(?:the\s+)?$/iu;
/** A year, "ago", "last season", "previous": the result told is an earlier one. */
const EARLIER_RE = /\b(?:in (?:19|20)\d\d|ago|last (?:year|season|time)|previous(?:ly)?|earlier)\b/i;
/** Words that open another clause, whose time is its own. */
const CLAUSE_BREAK_RE = /[;:—]|,\s|\s(?:after|before|when|while|which|who|where|since|because|but|and)\s/i;

/** The rest of the clause after `end`. */
function clauseAfter(sentence: Sentence, end: number): string {
  const rest = sentence.text.slice(end - sentence.start);
  const stop = CLAUSE_BREAK_RE.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/** A name after one of these is the object of a phrase ("a leader of the Church has been elected"), not who won. */
const OBJECT_BEFORE_RE = /\b(?:of|for|to|in|at|by|with|from|over|against)\s+(?:the\s+)?$/i;

/** A sentence that may name a result: read by the tagger only when it does. */
export const WIN_HINT = new RegExp(String.raw`\b(?:${BEAT_VERBS}|avenged|avenging|avenge|revenge|triumphed|prevailed|victory over|win over|won|wins|clinched|clinches|elected|awarded|winner|named|lost|loses|fell|falls|succumbed|bowed)\b`);

/**
 * Results in one sentence. `mentions` are its names in order (the entity finder's and the
 * tagger's proper-noun runs), with offsets in the article text.
 */
export function findWinnerClaims(sentence: Sentence, mentions: readonly EntityMention[]): Claim[] {
  const names = widenToNameRuns(sentence, mentions);
  const local = (offset: number) => offset - sentence.start;
  const claims: Claim[] = [];
  for (let i = 0; i < names.length; i++) {
    const winner = names[i]!;
    const next = names[i + 1];
    const after = sentence.text.slice(local(winner.end), local(winner.end) + 120);
    const claim = (key: string, who: EntityMention, rule: string): Claim => ({
      kind: "entity",
      key,
      value: who.key,
      display: who.surface,
      comparable: false,
      sentence: sentence.index,
      span: { start: Math.min(winner.start, who.start), end: Math.max(winner.end, who.end) },
      rule,
    });
    if (AVENGED_RE.test(sentence.text.slice(0, local(winner.start)))) {
      claims.push(claim("earlier winner", winner, "ANALYZE_AVENGED"));
      continue;
    }
    if (OBJECT_BEFORE_RE.test(sentence.text.slice(Math.max(0, local(winner.start) - 12), local(winner.start)))) continue;
    const between = next ? sentence.text.slice(local(winner.end), local(next.start)) : "";
    // "… beat the Rovers in 2027", "… two seasons ago": a past meeting the story recalls, not its result.
    const earlier = next && EARLIER_RE.test(clauseAfter(sentence, next.end)) ? "earlier " : "";
    if (next && WIN_OVER_RE.test(between)) {
      claims.push(claim(`${earlier}winner`, winner, "ANALYZE_WIN_OVER"), claim(`${earlier}loser`, next, "ANALYZE_WIN_OVER"));
    } else if (next && winner.type !== "place" && LOST_TO_RE.test(between)) {
      claims.push(claim(`${earlier}loser`, winner, "ANALYZE_LOST_TO"), claim(`${earlier}winner`, next, "ANALYZE_LOST_TO"));
    } else if (WIN_CONTEST_RE.test(after)) {
      claims.push(claim("winner", winner, "ANALYZE_WIN_CONTEST"));
    } else if (winner.type !== "place" && ELECTED_RE.test(after)) {
      claims.push(claim("winner", winner, "ANALYZE_ELECTED"));
    } else if (winner.type !== "place") {
      const title = NAMED_TITLE_RE.exec(after) ?? HEADLINE_NAMED_RE.exec(after);
      const role = title ? normalizeTitle(title[1]!) : undefined;
      if (role && isSingleHolderTitle(role)) claims.push(claim(`role: ${role}`, winner, "ANALYZE_NAMED_TO_ROLE"));
    }
  }
  return claims;
}
