import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A word of a sentence with its part of speech, as the tagger reads it. */
export interface TaggedToken {
  text: string;
  lower: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, NUM, ADJ, ADP, DET, SYM, PUNCT … */
  pos: string;
  /** Dictionary form ("electors" → "elector", "won" → "win"). */
  lemma: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
}

export interface TaggedSentence {
  tokens: TaggedToken[];
}

/**
 * wink-nlp with its English lite model: a part-of-speech tagger and lemmatiser at a few hundred
 * thousand tokens a second. Loading the model costs a few hundred milliseconds, so it is loaded on
 * the first sentence that needs it, not when the CLI starts. Only the steps read here run: it is
 * given one sentence at a time (no sentence splitting), and negation and the entity recogniser are
 * not read (wink's tagging step reads neither: tags and lemmas came out the same without them on
 * 7,800 sentences of the throughput, dev and linear sets). The recogniser alone was a third of the
 * tagging time.
 */
let nlp: WinkMethods | undefined;

function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** Tag one sentence that starts at `offset` in the article text. */
export function tagSentence(text: string, offset: number): TaggedSentence {
  const { its } = tagger();
  const doc = tagger().readDoc(text);
  const words = doc.tokens();
  const values = words.out(its.value) as string[];
  const tags = words.out(its.pos) as string[];
  // The lite model lemmatises through an add-on; its typing does not say so.
  const lemmas = words.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    tokens.push({ text: value, lower: value.toLowerCase(), pos: tags[i]!, lemma: (lemmas[i] ?? value).toLowerCase(), start: offset + start, end: offset + end });
  }
  return { tokens };
}
