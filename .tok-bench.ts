import { readFileSync, readdirSync } from "node:fs";
import { splitSentences } from "./src/analyze/sentences.js";
import { tokenizeSentence } from "./src/analyze/claim-tokens.js";
const dir = "/work/shared/seeds";
const docs = readdirSync(dir).sort().map((f) => splitSentences(readFileSync(`${dir}/${f}`, "utf8")));
let n = 0;
for (let round = 0; round < 3; round++) {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < 4000; r++) for (const d of docs) for (const s of d) n += tokenizeSentence(s).length;
  console.log(Number(process.hrtime.bigint() - t0) / 1e6 / 20000 * 1000, "µs/report", n / (round + 1) / 20000);
}
