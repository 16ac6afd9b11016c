/**
 * Sentences shaped like the one that once hung the analysis ("Jan Kowalski, the mayor of Gdansk and
 * a member of the ruling centrist party Civic Platform (PO), won 52.3 percent of the vote."):
 * a name, then appositives of offices, parties and places, nested and chained, with long runs
 * of capitalised words, ending with a result or a "said". Deterministic for a seed.
 */

const FIRST = ["Jan", "Maria", "Ahmed", "Li", "Olusegun", "Ana", "Pieter", "Svetlana", "José", "Aisha", "Kenji", "Ewa"];
const LAST = ["Kowalski", "Nowak", "Haddad", "Wei", "Obasanjo", "Ferreira", "de Vries", "Ivanova", "García-Márquez", "Bello", "Sato", "Wiśniewska"];
const OFFICES = ["the mayor", "a member", "the deputy chairman", "the former prime minister", "a spokeswoman", "the head", "the governor", "an adviser"];
const PLACES = ["Gdansk", "the Lower Silesia Region", "New South Wales", "Rio Grande do Sul", "the Free State of Saxony", "Greater Manchester"];
const PARTIES = [
  "the ruling centrist party Civic Platform (PO)",
  "the opposition Law and Justice (PiS) party",
  "the Social Democratic Party of Germany (SPD)",
  "the National Democratic Congress",
  "the Party of European Socialists and Democrats",
];
const ENDINGS = ["won 52.3 percent of the vote.", "said on Monday.", "told reporters.", "was elected in 2019.", "said.", "resigned on Friday, officials said."];
const CAPITALISED = ["Northern", "Regional", "Assembly", "Council", "Committee", "Union", "Federal", "Democratic", "Workers", "Alliance", "Front", "Green"];

function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

export function appositiveSentences(count: number, seed = 12): string[] {
  const pick = seeded(seed);
  const one = <T>(list: T[]): T => list[pick(list.length)]!;
  const name = () => `${one(FIRST)} ${one(LAST)}`;
  const capitalisedRun = (words: number) => Array.from({ length: words }, () => one(CAPITALISED)).join(" ");
  const appositive = (depth: number): string => {
    const office = `${one(OFFICES)} of ${pick(2) === 0 ? one(PLACES) : `the ${capitalisedRun(3 + pick(30))}`}`;
    const party = ` and a member of ${one(PARTIES)}`;
    const nested = depth > 0 ? `, ${name()}, ${appositive(depth - 1)},` : "";
    return `${office}${pick(2) === 0 ? party : ""}${nested}`;
  };
  const sentences: string[] = [];
  while (sentences.length < count) {
    const shape = sentences.length % 4;
    if (shape === 0) sentences.push(`${name()}, ${appositive(0)}, ${one(ENDINGS)}`);
    else if (shape === 1) sentences.push(`${name()}, ${appositive(1 + pick(3))} ${one(ENDINGS)}`);
    else if (shape === 2) sentences.push(`${name()}, ${capitalisedRun(20 + pick(200))} ${one(ENDINGS)}`);
    else sentences.push(`${name()}, ${appositive(0)} (${capitalisedRun(5 + pick(60))}), ${one(ENDINGS)}`);
  }
  return sentences;
}
