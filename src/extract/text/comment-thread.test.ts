/** Comment threads under an article, on invented pages (EXTRACT_DROP_REPLY_FORM). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "./index.js";
import { RULE } from "./rule-ids.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls, the mayor told reporters at the town hall.";
const C1 = "I have lived by that creek for forty years and the drains have never been cleaned once, so nobody here is surprised by any of this.";
const C2 = "The council was warned about the bridge in the spring and did nothing, and now the whole lower town is paying for their delay again.";
const C3 = "Thoughts to everyone on the east bank, and thanks to the volunteers who filled sandbags all night long in the cold and the rain.";

const ruleOf = (removed: { text: string; rule: string }[], text: string) => removed.find((line) => line.text === text)?.rule;

test("two comment-author lines after the body open a thread: it and everything below are dropped", () => {
  const out = cleanText([P1, P2, P3, "creekside_dave says:", C1, "Anna K. says:", C2, "Terms of use"].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, C2), RULE.REPLY_FORM);
  const dated = cleanText([P1, P2, P3, "Alex on October 9, 2025 at 5:23 pm said:", C1, "Mira on October 9, 2025 at 6:02 pm said:", C2].join("\n"));
  assert.deepEqual(dated.paragraphs, [P1, P2, P3]);
});

test("a thread title opens the thread even when the comments outweigh the article", () => {
  const out = cleanText([P1, P2, "Top Rated Comments", C1, C2, C3, `${C1} ${C2}`].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2]);
  const counted = cleanText([P1, P2, P3, "[ 14 comments ]", C1, C2].join("\n"));
  assert.deepEqual(counted.paragraphs, [P1, P2, P3]);
});

test("a 'Comments' link above the article and a quote introduced by 'says:' are not a thread", () => {
  const out = cleanText(["Flood Forces Hundreds From Homes", "Share", "Comments", P1, P2, "The mayor says:", P3].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, "The mayor says:", P3]);
});

test("a research paper's 'Discussion' section is the paper's, not a comment thread", () => {
  const out = cleanText([P1, P2, "DISCUSSION", P3, "Acknowledgments", C3].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, "DISCUSSION", P3, "Acknowledgments", C3]);
});
