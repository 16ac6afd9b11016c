import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { splitSentences } from "../sentences.js";
import { findDateClaims } from "./index.js";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";

/** A finder input for test sentences (our own writing), published on a fixed Thursday by default. */
function inputOf(text: string, published: string | null = "2025-10-09"): FinderInput {
  return { text, sentences: splitSentences(text), entities: [], published };
}

/** Date claims as "key=value/precision"; published 2025-10-09 (a Thursday) unless given. */
function d(text: string, published: string | null = "2025-10-09"): string[] {
  return findDateClaims(inputOf(text, published)).map((c: Claim) => `${c.key}=${c.value}/${c.precision}`);
}

describe("findDateClaims: absolute dates", () => {
  it("DATE_MONTH_DAY and DATE_DAY_MONTH with a year", () => {
    assert.deepEqual(d("The plane crashed on December 25, 2024."), ["date: incident=2024-12-25/day"]);
    assert.deepEqual(d("The plane crashed on 25 December 2024."), ["date: incident=2024-12-25/day"]);
    assert.deepEqual(d("The ferry sank on 3rd of March, 2023."), ["date: incident=2023-03-03/day"]);
  });

  it("without a year: this year, unless that is well after publication", () => {
    assert.deepEqual(d("The train derailed on Dec. 25."), ["date: incident=2024-12-25/day"]);
    assert.deepEqual(d("The train derailed on October 2."), ["date: incident=2025-10-02/day"]);
    assert.deepEqual(d("Voters go to the polls on October 12."), ["date: vote=2025-10-12/day"]);
  });

  it("without a publish date, only dates that carry a year", () => {
    assert.deepEqual(d("The plane crashed on December 25, 2024.", null), ["date: incident=2024-12-25/day"]);
    assert.deepEqual(d("The plane crashed on Thursday.", null), []);
    assert.deepEqual(d("The plane crashed on December 25.", null), []);
  });

  it("DATE_MONTH_YEAR and DATE_YEAR", () => {
    assert.deepEqual(d("The December 2024 downing strained ties."), ["date: incident=2024-12/month"]);
    assert.deepEqual(d("The bridge collapsed in 2014."), ["date: incident=2014/year"]);
    assert.deepEqual(d("Talks began in mid-2019 and the summit followed."), ["date: meeting=2019/year"]);
  });
});

describe("findDateClaims: dates relative to publication", () => {
  it("DATE_WEEKDAY: the latest such day on or before publication", () => {
    assert.deepEqual(d("The leaders met on Thursday."), ["date: meeting=2025-10-09/day"]);
    assert.deepEqual(d("The leaders met on Monday."), ["date: meeting=2025-10-06/day"]);
    assert.deepEqual(d("The leaders met last Thursday."), ["date: meeting=2025-10-02/day"]);
    assert.deepEqual(d("Thursday's meeting ended early."), ["date: meeting=2025-10-09/day"]);
  });

  it("DATE_RELATIVE_DAY", () => {
    assert.deepEqual(d("The fire broke out yesterday."), ["date: fire=2025-10-08/day"]);
    assert.deepEqual(d("Police arrested two men today."), ["date: arrest=2025-10-09/day"]);
  });

  it("DATE_MONTH: the latest such month, 'last' strictly before", () => {
    assert.deepEqual(d("The jet was shot down in December."), ["date: incident=2024-12/month"]);
    assert.deepEqual(d("The jet was shot down last December."), ["date: incident=2024-12/month"]);
    assert.deepEqual(d("The jet was shot down in March."), ["date: incident=2025-03/month"]);
    assert.deepEqual(d("The jet was shot down in October."), ["date: incident=2025-10/month"]);
  });

  it("DATE_RELATIVE_PERIOD", () => {
    assert.deepEqual(d("The quake struck last year."), ["date: earthquake=2024/year"]);
    assert.deepEqual(d("The floods hit earlier this month."), ["date: flood=2025-10/month"]);
    assert.deepEqual(d("The strike began last month."), ["date: strike=2025-09/month"]);
  });

  it("DATE_SPAN_BACK: N months ago / N months after the event", () => {
    assert.deepEqual(d("The ferry sank 10 months ago."), ["date: incident=2024-12/month"]);
    assert.deepEqual(d("They met on Thursday, 10 months after the crash."), ["date: meeting=2025-10-09/day", "date: incident=2024-12/month"]);
    assert.deepEqual(d("The dam burst two years ago."), ["date: unspecified=2023/year"]);
    assert.deepEqual(d("The tremor hit three days ago."), ["date: earthquake=2025-10-06/day"]);
    assert.deepEqual(d("Two days later the rescue ended."), []);
    // Days after another event of the text are not counted from publication.
    assert.deepEqual(d("The attack came two days after the summit."), []);
  });
});

describe("findDateClaims: the future", () => {
  it("a future marker resolves forward", () => {
    assert.deepEqual(d("Elections will be held on December 21."), ["date: vote=2025-12-21/day"]);
    assert.deepEqual(d("The leaders are due to meet on Monday."), ["date: meeting=2025-10-13/day"]);
    assert.deepEqual(d("The summit is scheduled for March."), ["date: meeting=2026-03/month"]);
    assert.deepEqual(d("The summit took place in March."), ["date: meeting=2025-03/month"]);
    assert.deepEqual(d("The leaders are set to meet on Monday."), ["date: meeting=2025-10-13/day"]);
    assert.deepEqual(d("Rioters set fire to a car on Monday."), ["date: fire=2025-10-06/day"]);
  });

  it("what someone means to do comes after they said it: 'was going to', 'aims to', 'plans to'", () => {
    assert.deepEqual(d("Talvik said he was going to name his cabinet by the spring holiday, on March 14.").map((v) => v.split("=")[1]), ["2026-03-14/day"]);
    assert.deepEqual(d("The mayor aims to open the new bridge by March 14.").map((v) => v.split("=")[1]), ["2026-03-14/day"]);
    assert.deepEqual(d("The mayor opened the new bridge on March 14.").map((v) => v.split("=")[1]), ["2025-03-14/day"]);
  });
});

describe("findDateClaims: keys", () => {
  it("one incident class for many verbs", () => {
    for (const verb of ["crashed", "was shot down", "derailed", "capsized", "collided", "exploded", "was hit"]) {
      assert.deepEqual(d(`The vessel ${verb} on December 25, 2024.`), ["date: incident=2024-12-25/day"], verb);
    }
  });

  it("the nearest trigger, the modified noun first, weak triggers yield to strong ones", () => {
    assert.deepEqual(d("The minister said on Monday that the crash was an accident."), ["date: statement=2025-10-06/day"]);
    assert.deepEqual(d("An earthquake struck on Monday."), ["date: earthquake=2025-10-06/day"]);
    assert.deepEqual(d("A summit on Monday drew ten leaders."), ["date: meeting=2025-10-06/day"]);
    assert.deepEqual(d("Two men died on Monday."), ["date: death=2025-10-06/day"]);
  });

  it("summits, talks and meetings share one class", () => {
    for (const phrase of ["held talks", "met", "attended a summit", "held a meeting"]) {
      assert.deepEqual(d(`The two presidents ${phrase} on Monday.`), ["date: meeting=2025-10-06/day"], phrase);
    }
  });

  it("an attribution tag after the date does not own it", () => {
    assert.deepEqual(d("Two trains collided near the city late on Tuesday, officials said."), ["date: incident=2025-10-07/day"]);
    assert.deepEqual(d("Officials said on Tuesday that two trains had collided."), ["date: statement=2025-10-07/day"]);
  });

  it("an event in another clause is not dated", () => {
    assert.deepEqual(d("The village spent Saturday pulling bodies from the river after the launch capsized."), ["date: unspecified=2025-10-04/day"]);
    assert.deepEqual(d("The bus crashed on Monday after its brakes failed."), ["date: incident=2025-10-06/day"]);
    assert.deepEqual(d("He made the pledge on Thursday while meeting the president."), ["date: meeting=2025-10-09/day"]);
  });

  it("a plan, bid or offer made public, or a first announcement, is dated once: 'date: announcement'", () => {
    assert.deepEqual(d("The bid, first announced in May 2023, was blocked by regulators."), ["date: announcement=2023-05/month"]);
    assert.deepEqual(d("Soon after Corvex announced its plans to buy the mill in June 2023, the union objected."), ["date: announcement=2023-06/month"]);
    assert.deepEqual(d("The minister announced on Monday that the fund would grow."), ["date: statement=2025-10-06/day"]);
    assert.deepEqual(d("Corvex announced on Wednesday that it had completed the purchase."), ["date: statement=2025-10-08/day"]);
  });

  it("an event word used as a modifier is not an event", () => {
    assert.deepEqual(d("Flood waters rose on Monday, according to the disaster agency."), ["date: flood=2025-10-06/day"]);
    assert.deepEqual(d("Crash investigators arrived on Monday."), ["date: unspecified=2025-10-06/day"]);
  });

  it("no trigger, and events the report compares with", () => {
    assert.deepEqual(d("Twenty years ago, a similar tsunami killed thousands."), ["date: unspecified=2005/year"]);
    assert.deepEqual(d("It was a cold morning on Monday."), ["date: unspecified=2025-10-06/day"]);
    assert.deepEqual(d("Experts compared the crash to the 2014 downing of another jet."), ["date: unspecified=2014/year"]);
    assert.deepEqual(d("The party won a third fewer votes than in 2019."), ["date: unspecified=2019/year"]);
    assert.deepEqual(d("Turnout was higher than in 2019 when the vote was held."), ["date: unspecified=2019/year"]);
    assert.deepEqual(d("The toll is higher than that of Storm Vela, a hurricane that made landfall in Westmark in 2009."), ["date: unspecified=2009/year"]);
  });
});

describe("findDateClaims: not dates", () => {
  it("publish and update stamps", () => {
    assert.deepEqual(d("Updated: 9 October 2025"), []);
    assert.deepEqual(d("09 October 2025\nThe bridge reopened."), []);
    assert.deepEqual(d("date 2025-10-09 Bridge reopens"), []);
  });

  it("verbs and names that look like dates", () => {
    assert.deepEqual(d("Officials may meet again."), []);
    assert.deepEqual(d("Protesters will march to the capital."), []);
    assert.deepEqual(d("The Sunday Times reported the crash."), []);
    assert.deepEqual(d("March for victims draws crowds."), []);
  });

  it("span and display exclude the preposition", () => {
    const text = "The ship sank on December 25, 2024.";
    const [claim] = findDateClaims(inputOf(text));
    assert.ok(claim);
    assert.equal(text.slice(claim.span.start, claim.span.end), "December 25, 2024");
    assert.equal(claim.display, "December 25, 2024");
  });
});

describe("findDateClaims: a weekday with its date", () => {
  it("DATE_WEEKDAY yields to the explicit date that follows it", () => {
    assert.deepEqual(d("The minister declared Wednesday, October 15, a day of mourning."), ["date: statement=2025-10-15/day"]);
    assert.deepEqual(d("The leaders met on Monday 6 October."), ["date: meeting=2025-10-06/day"]);
  });
});

describe("announcement dates across reports", () => {
  it("two reports giving different months for a plan made public disagree; statements on different days do not", () => {
    const report = (id: string, text: string) => ({ id, source: `${id}.txt`, outlet: id, title: id, published: "2031-05-02", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] });
    const aligned = alignStory({
      id: "s", headline: "h", reprintGroups: [], articles: [
        analyzeArticle(report("a", "The bid, first announced in May 2029, was blocked by regulators. The minister said on Monday that talks would go on.")),
        analyzeArticle(report("b", "Soon after Corvex announced its plans to buy the mill in August 2029, the union objected. The minister said on Tuesday that talks would go on.")),
      ],
    });
    assert.deepEqual(aligned.conflicts.map((c) => c.key), ["date: announcement"]);
  });
});
