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

/** A word as the tagger read it, its offsets relative to the sentence. */
type Reading = TaggedToken;

/**
 * Bounded memo of readings by sentence text: copies of a wire report, and a story's reports
 * quoting one statement, repeat sentences word for word, and tagging is the largest cost of
 * framing claims. Cleared when full (a story's sentences come back within a few reports).
 */
const MEMO_LIMIT = 5_000;
const memo = new Map<string, readonly Reading[]>();

/** Tag one sentence that starts at `offset` in the article text. */
export function tagSentence(text: string, offset: number): TaggedSentence {
  let readings = memo.get(text);
  if (!readings) {
    readings = read(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, readings);
  }
  // Fresh tokens each time: callers own what they are given.
  const tokens: TaggedToken[] = new Array(readings.length);
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    tokens[i] = { text: r.text, lower: r.lower, pos: r.pos, lemma: r.lemma, start: offset + r.start, end: offset + r.end };
  }
  return { tokens };
}

function read(text: string): Reading[] {
  const { its } = tagger();
  const words = tagger().readDoc(text).tokens();
  const values = words.out(its.value) as string[];
  const tags = words.out(its.pos) as string[];
  // The lite model lemmatises through an add-on; its typing does not say so.
  const lemmas = words.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const readings: Reading[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    const lower = value.toLowerCase();
    // Most words are their own lemma: their lower case is made once.
    const lemma = lemmas[i] ?? value;
    readings[i] = { text: value, lower, pos: tags[i]!, lemma: lemma === value ? lower : lemma.toLowerCase(), start, end };
  }
  return readings;
}
