import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../types.js";

/**
 * Claim frames on short texts written for these tests: each kind of value, the frame it becomes
 * (what it measures, whose it is, when) and the verdict when reports differ. Names are invented.
 */
function report(id: string, text: string, published = "2031-03-10"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const framesOf = (text: string, published?: string): Claim[] => analyzeArticle(report("r", text, published)).claims.filter((c) => c.kind === "quantity");
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const conflictOn = (aligned: AlignedStory, key: RegExp) => aligned.conflicts.find((c) => key.test(c.key));

test("a final score and a scorer's minute are frames: 'final score' 3-1, the minute owned by the scorer", () => {
  const frames = framesOf("Harbour City beat Lakeside Rovers 3-1 on Saturday. Striker Tomas Vidrek scored in the 23rd minute.");
  const score = frames.find((f) => f.key === "final score");
  assert.equal(score?.value, "3-1");
  assert.equal(score?.valueType, "score");
  const minute = frames.find((f) => f.key === "minute");
  assert.equal(minute?.value, "23");
  assert.match(minute?.owner ?? "", /vidrek/);
});

test("two final scores are a contradiction; the same score in other words is one fact", () => {
  const aligned = story(
    report("a", "Harbour City beat Lakeside Rovers 3-1 in the cup final on Saturday."),
    report("b", "Harbour City defeated Lakeside Rovers 3-1 in Saturday's final."),
    report("c", "Harbour City won the final 3-2 against Lakeside Rovers on Saturday."),
  );
  const conflict = conflictOn(aligned, /^final score$/);
  assert.ok(conflict, "final score disputed");
  assert.equal(conflict.verdict, "contradiction");
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["3-1", "3-2"]);
});

test("vote shares belong to their party: two parties are two facts, an exit poll is not the count", () => {
  const aligned = story(
    report("a", "In the election, the Civic Union won 33.6% of the vote, while the Green Alliance took 11.2%."),
    report("b", "The Civic Union won 33.6 percent of the vote in the election, and the Green Alliance won 11.2 percent."),
    report("c", "An exit poll projected the Civic Union at 31% in the election."),
  );
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.reason).join("; "));
  const union = aligned.facts.find((f) => /union/i.test(f.key) && f.value === "33.6");
  assert.ok(union && union.independentSources === 2, "the Union's share is corroborated");
  assert.ok(aligned.facts.some((f) => /green/i.test(f.key) && f.value === "11.2"), "the Greens' share stands apart");
});

test("a rounded share agrees with the precise one", () => {
  const aligned = story(
    report("a", "In the election, the Civic Union won 28.52% of the vote."),
    report("b", "In the election, the Civic Union won about 28.5% of the vote."),
  );
  assert.equal(aligned.conflicts.length, 0);
});

test("a prison sentence in years and months is one duration; a different term is a contradiction", () => {
  const [frame] = framesOf("A court sentenced Maren Holt to 12 years and 6 months in prison on Monday.").filter((f) => f.key === "prison sentence");
  assert.equal(frame?.value, "150");
  assert.equal(frame?.unit, "months");
  const aligned = story(
    report("a", "A court sentenced Maren Holt to 12 years and 6 months in prison on Monday."),
    report("b", "Maren Holt was sentenced to 10 years in prison on Monday."),
  );
  assert.ok(conflictOn(aligned, /prison sentence/));
});

test("a sale price with its conversion in brackets is one amount; another price is a contradiction", () => {
  const frames = framesOf("The painting sold for €4.2 million ($4.6 million) at the auction on Tuesday.");
  const amounts = frames.filter((f) => f.valueType === "amount");
  assert.equal(amounts.length, 1);
  assert.equal(amounts[0]!.value, "4200000");
  assert.equal(amounts[0]!.unit, "eur");
  const aligned = story(
    report("a", "Redfield Mining agreed to a $2.1 billion takeover of Ostara Metals on Tuesday."),
    report("b", "Redfield Mining's $2.1 billion acquisition of Ostara Metals was agreed on Tuesday."),
    report("c", "Redfield Mining agreed a $2.4 billion deal for Ostara Metals on Tuesday."),
  );
  const conflict = conflictOn(aligned, /deal value/);
  assert.ok(conflict, "deal value disputed");
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["2100000000", "2400000000"]);
});

test("an amount in a currency named with its country's adjective is that currency; crowns alone are not money", () => {
  const amount = (text: string) => framesOf(text).filter((f) => f.valueType === "amount").map((f) => [f.value, f.unit]);
  assert.deepEqual(amount("The Holmqvist Prize is worth 8 million Swedish crowns this year."), [["8000000", "sek"]]);
  assert.deepEqual(amount("The Holmqvist Prize is worth 8 million Swedish kronor this year."), [["8000000", "sek"]]);
  assert.deepEqual(amount("The club paid 40 million Swiss francs for the striker."), [["40000000", "chf"]]);
  assert.deepEqual(amount("The thieves took 3 crowns from the gallery."), []);
  const aligned = story(
    report("a", "The Holmqvist Prize, valued at 8 million Swedish kronor, went to Ilse Varga."),
    report("b", "The Holmqvist Prize, valued at 8 million Swedish crowns, went to Ilse Varga."),
  );
  const fact = aligned.facts.find((f) => f.value === "8000000");
  assert.equal(fact?.status, "corroborated", "one amount, two reports");
  assert.equal(fact?.key, "amount", "a word of the prize's name is not what the amount is of");
});

test("a run of names closed by a possessive owns the share after it; it does not name what is counted", () => {
  const [share] = framesOf("Ostara Metals agreed to buy 100% of Westmark Steel's shares on Monday.").filter((f) => f.valueType === "percent");
  assert.equal(share?.key, "share");
  assert.match(share?.owner ?? "", /westmark/);
});

test("a capacity raised to a figure in a unit is the capacity, whatever the tense: no one's population", () => {
  const [capacity] = framesOf("The takeover raises Westmark Steel's capacity to 9 million tons annually.").filter((f) => f.key.startsWith("capacity"));
  assert.equal(capacity?.key, "capacity in tonnes");
  assert.equal(capacity?.value, "9000000");
  assert.deepEqual(framesOf("Two million people live in the capital."), [], "a population in the present tense stays background");
  assert.deepEqual(framesOf("Ostaria produces 5 million tonnes of wheat."), [], "so does a country's output in the present tense");
});

test("an age belongs to the person it is given for, and two ages of one person contradict", () => {
  const [age] = framesOf("Bishop Anselm Corra, 71, was elected on Thursday.").filter((f) => f.key === "age");
  assert.equal(age?.value, "71");
  assert.match(age?.owner ?? "", /cor+a/);
  const aligned = story(
    report("a", "Bishop Anselm Corra, 71, was elected on Thursday. Corra thanked the synod."),
    report("b", "The 72-year-old bishop was elected on Thursday. Anselm Corra thanked the synod. Corra wept."),
  );
  assert.ok(conflictOn(aligned, /^age/));
});

const FRIDAY = "2031-03-07";

test("a toll given at three hours of one day is a timeline, not a dispute", () => {
  const aligned = story(
    report("a", "By Friday morning the flood had killed 13 people in the valley.", FRIDAY),
    report("b", "By Friday afternoon the flood had killed 25 people in the valley.", FRIDAY),
    report("c", "By late Friday the flood had killed 43 people in the valley.", FRIDAY),
  );
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.reason).join("; "));
  const update = aligned.updates.find((u) => u.key.startsWith("killed"));
  assert.deepEqual(update?.steps.map((s) => s.value), ["13", "25", "43"]);
});

test("tolls of two cities are different subjects, each with its own fact", () => {
  const aligned = story(
    report("a", "The storm killed 12 people in Porto Vell. It also killed 30 people in Sarnia, officials said."),
    report("b", "Officials said the storm killed 12 people in Porto Vell. In Sarnia, 30 people died."),
  );
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.reason).join("; "));
  const killed = aligned.facts.filter((f) => f.key.startsWith("killed"));
  assert.ok(killed.some((f) => f.value === "12" && /porto vell/i.test(f.key)));
  assert.ok(killed.some((f) => f.value === "30" && /sarnia/i.test(f.key)));
});

test("'the two countries' is a reference, not a count, and a bare length is not a fact", () => {
  const frames = framesOf("The two countries signed the pact on Monday. The wave was 10 m (33 ft) high.");
  assert.deepEqual(frames.map((f) => f.key), []);
});

test("two spellings of one name are one person: their counts agree rather than split", () => {
  const aligned = story(
    report("a", "Coach Dmitri Aliyev said his team won 3-1 on Sunday."),
    report("b", "Coach Dmitri Aliev said his team won 3-1 on Sunday."),
  );
  const people = aligned.entities.filter((e) => e.type === "person" && /ali(y)?ev/i.test([e.name, ...e.aliases].join(" ")));
  assert.equal(people.length, 1);
  assert.equal(aligned.conflicts.length, 0);
});

test("in a list with the verb left out, each figure belongs to the name right before it", () => {
  const frames = framesOf("The Civic Union reaches 33.6 percent, the Green Alliance 11.2 percent.");
  const green = frames.find((f) => f.value === "11.2");
  assert.match(green?.owner ?? "", /green/);
  assert.match(frames.find((f) => f.value === "33.6")?.owner ?? "", /union/);
});

test("'the 71-year-old Briton' is the person the report is about, not a name later in the sentence", () => {
  const text = "Bishop Anselm Corra was chosen on Thursday. Corra thanked the crowd. The 71-year-old Briton was presented by Cardinal Piet Vanlaer.";
  const age = framesOf(text).find((f) => f.key === "age");
  assert.equal(age?.value, "71");
  assert.match(age?.owner ?? "", /anselm/);
});

test("'her 9-year-old daughter' is someone else's age, not the protagonist's", () => {
  const text = "Bishop Anselm Corra was chosen on Thursday. Corra thanked the crowd. Mira Holt fled with her 9-year-old daughter.";
  assert.deepEqual(framesOf(text).filter((f) => f.key === "age"), []);
});

test("a count given as still moving ('has burned', 'so far') is marked changing; a plain count is not", () => {
  const frames = framesOf("The Ridge Fire has burned 12,400 acres. Crews counted 40 engines at the line.");
  assert.equal(frames.find((f) => f.value === "12400")?.changing, true);
  assert.notEqual(frames.find((f) => f.value === "40")?.changing, true);
});

test("open counts several times apart count different wholes: no dispute", () => {
  const aligned = story(
    report("c", "Parliament has 612 seats in all, officials said."),
    report("d", "The Civic Union won 143 seats, officials said."),
  );
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.reason).join("; "));
});

test("open counts that one report states one way and another near it are a contradiction", () => {
  const aligned = story(
    report("a", "Quarterback Dan Ferro threw two touchdowns in Lakeport on Sunday."),
    report("b", "Dan Ferro threw three touchdowns in Lakeport, where the final was played on Sunday."),
    report("c", "In Lakeport, Dan Ferro threw two touchdowns."),
  );
  const conflict = conflictOn(aligned, /touchdown/);
  assert.ok(conflict, aligned.facts.map((f) => `${f.key}=${f.value}`).join(", "));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["2", "3"]);
});

test("an area burned in undated reports is a running tally: a timeline, smallest first, not a dispute", () => {
  const aligned = story(
    report("a", "The Ridge Fire has burned 12,400 acres, officials said.", ""),
    report("b", "The Ridge Fire had grown to 15,100 acres by the evening, officials said.", ""),
  );
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.reason).join("; "));
  assert.deepEqual(aligned.updates.find((u) => /acre/.test(u.key))?.steps.map((s) => s.value), ["12400", "15100"]);
});

test("two reports that give a slot two figures part on the one figure that differs", () => {
  const aligned = story(
    report("a", "The train had 14 carriages. Three carriages derailed near the bridge."),
    report("b", "The train had 14 carriages. Five carriages derailed near the bridge."),
  );
  const conflict = conflictOn(aligned, /carriage/);
  assert.ok(conflict, aligned.facts.map((f) => `${f.key}=${f.value}`).join(", "));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["3", "5"]);
  assert.ok(aligned.facts.some((f) => /carriage/.test(f.key) && f.value === "14" && f.status === "corroborated"), "the figure both give stands");
});

test("a figure with its bare noun joins the one fuller measure of that noun with the same figure", () => {
  const aligned = story(
    report("a", "In the final on Sunday, Dan Ferro had 84 rushing yards and 247 passing yards."),
    report("b", "In the final on Sunday, Dan Ferro gained 84 yards on the ground."),
  );
  const rushing = aligned.facts.find((f) => f.value === "84");
  assert.equal(rushing?.key, "rushing yard");
  assert.equal(rushing?.independentSources, 2);
});

test("the bare noun joins the fuller measure of the same owner when the story gives it for several owners", () => {
  const aligned = story(
    report("a", "In the final on Sunday, Dan Ferro had 263 passing yards. Leo Marsh had 180 passing yards."),
    report("b", "Dan Ferro threw for 263 yards in the final on Sunday."),
  );
  const ferro = aligned.facts.find((f) => f.value === "263");
  assert.match(ferro?.key ?? "", /^passing yard: /);
  assert.equal(ferro?.independentSources, 2);
});

test("a figure with no owner joins the one owner that has it, in a story that gives the measure for several owners", () => {
  const aligned = story(
    report("a", "Camp Willow had about 640 children on Friday. Camp Birch had 40 children."),
    report("b", "The storm hit while about 640 children slept."),
  );
  const willow = aligned.facts.find((f) => f.value === "640");
  assert.match(willow?.key ?? "", /^child: camp wil/i);
  assert.equal(willow?.reports, 2);
});

test("an amount per unit is a price, not the value of the deal it sits beside", () => {
  const frames = framesOf("Harbour Mills paid $48 a share for Lakeside Steel in the $11.3 billion deal.");
  assert.deepEqual(frames.filter((f) => f.valueType === "amount").map((f) => [f.key, f.value]), [["price per share", "48"], ["deal value", "11300000000"]]);
});

test("the size of a place told to set the scene is no figure of the event", () => {
  const frames = framesOf("The bus left the road near Dunmore, a small town of about 7,500 people, on Monday. Forty people were aboard.");
  assert.equal(frames.some((f) => f.number === 6400), false);
  assert.equal(frames.some((f) => f.number === 40), true);
});

test("a figure after 'minus' keeps its sign", () => {
  const [cold] = framesOf("Rescuers worked through the night in temperatures of minus 14 degrees Celsius.").filter((f) => f.key.includes("degree"));
  assert.equal(cold?.value, "-14");
  assert.equal(cold?.number, -14);
  assert.match(cold?.display ?? "", /^minus 14/);
});

test("an age told as 'was N years old' belongs to the subject of 'was', and things have no person's age", () => {
  const frames = framesOf("Mayor Mara Lind led the appeal on Friday. Engineer Tomas Brel said many of the buses were more than 25 years old. Mayor Mara Lind was 47 years old.");
  const ages = frames.filter((f) => f.valueType === "age").map((f) => f.number);
  assert.deepEqual(ages, [47]);
});
