import type { EntityMention, Sentence } from "../../../types.js";
import { bracketDefinitions } from "../../entities/definitions.js";
import { entityKey } from "../../entities/key.js";

/**
 * A sentence's mentions with each full name it defines a short name for taken whole: "the
 * Alliance of Citizens for Westmark (ACW) won 23%" is the alliance's figure, though the entity
 * finder read "Alliance of Citizens" and the place "Westmark" apart.
 */
export function withDefinedNames(sentence: Sentence, mentions: readonly EntityMention[]): readonly EntityMention[] {
  if (!sentence.text.includes("(")) return mentions;
  let out = mentions;
  for (const { start, end } of bracketDefinitions(sentence.text)) {
    if (start === undefined || end === undefined) continue;
    const [from, to] = [sentence.start + start, sentence.start + end];
    const inside = out.filter((m) => m.start >= from && m.end <= to);
    if (inside.length === 1 && inside[0]!.start === from && inside[0]!.end === to) continue;
    const surface = sentence.text.slice(start, end);
    const whole: EntityMention = { surface, type: "organization", key: entityKey(surface, "organization"), start: from, end: to, sentence: sentence.index };
    out = [...out.filter((m) => !inside.includes(m)), whole].sort((a, b) => a.start - b.start);
  }
  return out;
}
