/**
 * Generated inputs for the linear-cost benchmark: news-like prose of a given size in three shapes
 * (one long line; many paragraphs; deeply nested HTML). Deterministic: a seeded generator picks
 * names, offices, numbers and dates, so runs compare.
 */

export type Shape = "line" | "paragraphs" | "nested-html";
export const SHAPES: Shape[] = ["line", "paragraphs", "nested-html"];

const FIRST = ["Anna", "Piotr", "Maria", "John", "Amina", "Carlos", "Yuki", "Olga", "Ahmed", "Grace", "Tomas", "Lena"];
const LAST = ["Nowak", "Smith", "Okafor", "Garcia", "Tanaka", "Ivanova", "Haddad", "Mensah", "Novak", "Berg", "Rossi", "Silva"];
const OFFICES = ["the mayor of", "the governor of", "a spokesman for the police in", "the fire chief of", "the health minister of"];
const PLACES = ["Northport", "Lakeview", "Greenfield", "Riverton", "Eastbridge", "Westmoor", "Kingsford", "Ashdale"];
const PARTIES = ["the Civic Union (CU)", "the Green Alliance", "the Labour Front (LF)", "the People's Party"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A small linear-congruential generator: the same seed gives the same text. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function sentenceMaker(seed: number): () => string {
  const pick = seeded(seed);
  const one = <T>(list: T[]): T => list[pick(list.length)]!;
  const person = () => `${one(FIRST)} ${one(LAST)}`;
  const makers = [
    () => `${person()}, ${one(OFFICES)} ${one(PLACES)}, said on ${one(DAYS)} that ${2 + pick(400)} people had been hurt.`,
    () => `At least ${3 + pick(90)} people were killed and ${10 + pick(300)} injured when a train left the rails near ${one(PLACES)} on ${one(MONTHS)} ${1 + pick(28)}, ${2000 + pick(26)}.`,
    () => `"We are doing everything we can," ${person()} told reporters in ${one(PLACES)}.`,
    () => `${person()}, a member of ${one(PARTIES)}, won ${(20 + pick(600) / 10).toFixed(1)} percent of the vote.`,
    () => `The line between ${one(PLACES)} and ${one(PLACES)} will stay closed until ${one(DAYS)}, officials said.`,
    () => `Rescue teams worked through the night, and ${pick(40) + 2} of the ${pick(200) + 50} passengers were still in hospital on ${one(DAYS)}.`,
    () => `${person()} said: "The trains will run again from ${one(DAYS)} at ${1 + pick(11)}:${10 + pick(49)} a.m."`,
  ];
  return () => one(makers)();
}

/** About `bytes` characters of sentences, joined by `separator` every `perParagraph` sentences. */
function prose(bytes: number, seed: number, perParagraph: number, paragraphSeparator: string): string[] {
  const next = sentenceMaker(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let i = 0; i < perParagraph && size < bytes; i++) {
      const sentence = next();
      sentences.push(sentence);
      size += sentence.length + 1;
    }
    paragraphs.push(sentences.join(" "));
    size += paragraphSeparator.length;
  }
  return paragraphs;
}

/**
 * A document of about `bytes` characters in the given shape, with a headline, and never more than
 * `bytes`: a "20 MB" input must fit the 20 MB limit for one report, or its check measures a refusal.
 */
export function generateInput(shape: Shape, bytes: number, seed = 7): { text: string; contentType: string } {
  const headline = "Train derails near Northport, dozens hurt";
  if (shape === "line") {
    const frame = `${headline}\n\n\n`.length;
    return { text: `${headline}\n\n${fitted(prose(bytes, seed, 1, " "), bytes - frame, 1).join(" ")}\n`, contentType: "text/plain" };
  }
  if (shape === "paragraphs") {
    // Every tenth paragraph is followed by a contact line, page chrome that the cleaner removes.
    const paragraphs = prose(bytes, seed, 4, "\n\n").map((p, i) => (i % 10 === 9 ? `${p}\n\nContact the newsroom: desk${i}@example.org` : p));
    const frame = `${headline}\n\n\n`.length;
    return { text: `${headline}\n\n${fitted(paragraphs, bytes - frame, 2).join("\n\n")}\n`, contentType: "text/plain" };
  }
  // Each paragraph opens one more <div> that is closed only at the end: nesting grows with size.
  const head = `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>\n`;
  const tail = "\n</article></body></html>\n";
  // A paragraph costs its text, its opening tags, a line break and its closing </div>.
  const paragraphs = fitted(prose(bytes, seed, 1, "<div><p></p>\n</div>"), bytes - head.length - tail.length, "<div><p></p>\n</div>".length);
  const open = paragraphs.map((p) => `<div><p>${p}</p>`).join("\n");
  const close = "</div>".repeat(paragraphs.length);
  return { text: `${head}${open}\n${close}${tail}`, contentType: "text/html" };
}

/** The leading pieces whose lengths, each with `overhead` characters of markup, fit in `budget`. */
function fitted(pieces: string[], budget: number, overhead: number): string[] {
  let size = 0;
  let count = 0;
  while (count < pieces.length && size + pieces[count]!.length + overhead <= budget) size += pieces[count++]!.length + overhead;
  return pieces.slice(0, count);
}
