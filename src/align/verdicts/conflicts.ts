import type { Conflict, Update } from "../../types.js";
import type { Bucket } from "./buckets.js";
import { statementsCompatible, type StoryContext } from "./compatibility.js";
import { canConflict, isUpdate, needsCorroboratedSide } from "./slots.js";
import { articleIds, evidencePerArticle, type Stated } from "../stated.js";
import { displayBucket } from "./display.js";
import { countsAddedOnes } from "./added-counts.js";
import { siblingFiguresAgree } from "./sibling-figures.js";
import { saidOnOneDay } from "./statement-day.js";
import { misstatedBeside } from "./own-figures.js";
import { isEditionSlot, secondEdition } from "./second-edition.js";
import { companionMoved, highest, movedApart, sameMoment } from "./companion-tallies.js";
import { append } from "../../group.js";

/** What conflict finding needs to know about each report. */
export interface ReportInfo {
  /** Day number of the publish date, or null. */
  day(article: string): number | null;
  /** The day a report speaks from: its publish day, or for an undated one the days it names (report-era.ts). */
  era(article: string): number | null;
  /** The reprint group a report belongs to (its own id when it is no copy). */
  source(article: string): string;
}

export interface ConflictResult {
  conflicts: Conflict[];
  updates: Update[];
  disputed: Set<Bucket>;
  /** For each report, how many other reports it contradicts, once per slot. */
  contradictions: Map<string, number>;
}

/**
 * Two reports contradict each other on a slot when no value one gives can be true together with
 * any value the other gives (a report that gives both an early and a later figure contradicts
 * no one). Copies of one text never contradict each other. A count that moves between reports
 * published on different days is an update, not a contradiction.
 */
export function findConflicts(slots: Map<string, Bucket[]>, context: StoryContext, reports: ReportInfo): ConflictResult {
  const result: ConflictResult = { conflicts: [], updates: [], disputed: new Set(), contradictions: new Map() };
  const oneCount = siblingFiguresAgree(slots, context);
  for (const [key, buckets] of slots) {
    if (!buckets[0] || !canConflict(key, buckets[0].kind)) continue;
    const held = bucketsByReport(buckets);
    const said = new Map([...held].map(([id, own]) => [id, statementsOf(own, id, context).filter((s) => s.claim.comparable !== false)]));
    if (inSeveralPlaces(said, context)) continue;
    const bucketOf = (id: string, stated: Stated[]) => primaryBucket(held.get(id)!.filter((b) => b.stated.some((s) => stated.includes(s))));
    const positions = new Set<Bucket>();
    const moved = new Set<Bucket>();
    const ids = [...held.keys()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [x, y] = [ids[i]!, ids[j]!];
        if (said.get(x)!.length === 0 || said.get(y)!.length === 0) continue;
        // Copies of one wire text never contradict each other; where they differ on a moving
        // count, the wire revised its text as the count moved: a step of its timeline.
        const copies = reports.source(x) === reports.source(y);
        if (publishedFarApart(reports.era(x), reports.era(y))) continue;
        const estimate = estimateThenCount(said.get(x)!, said.get(y)!);
        if (estimate) {
          for (const s of estimate) moved.add(bucketOf(s.article.article.id, [s]));
          continue;
        }
        const misstated = misstatedBeside(said.get(x)!, said.get(y)!) ?? swapped(misstatedBeside(said.get(y)!, said.get(x)!));
        if (misstated) {
          if (copies || rivalClaims(misstated[0], misstated[1])) continue;
          positions.add(bucketOf(x, misstated[0])).add(bucketOf(y, misstated[1]));
          for (const id of [x, y]) result.contradictions.set(id, (result.contradictions.get(id) ?? 0) + 1);
          continue;
        }
        const sides = disagreement(said.get(x)!, said.get(y)!, context) ?? (isEditionSlot(key) ? secondEdition(said.get(x)!, said.get(y)!) : null);
        if (!sides) {
          const steps = boundThenCount(said.get(x)!, said.get(y)!);
          if (steps && movedOverTime(key, bucketOf(x, [steps[0]]), timeOf([steps[0]], reports.day(x)), bucketOf(y, [steps[1]]), timeOf([steps[1]], reports.day(y)))) {
            moved.add(bucketOf(x, [steps[0]])).add(bucketOf(y, [steps[1]]));
          }
          continue;
        }
        const [bx, by] = [bucketOf(x, sides[0]), bucketOf(y, sides[1])];
        // A report's latest count of a tally is the highest it gives ("two hurt in one village…
        // 37 injured in all"): that is the figure set in line with another report's.
        const [lx, ly] = [bucketOf(x, highest(sides[0])), bucketOf(y, highest(sides[1]))];
        const oneMoment =
          sameMoment(sides[0], sides[1]) || movedApart(key, sides[0], sides[1]) || oneCount(key, x, y) || saidOnOneDay(sides[0], sides[1], daysApart(reports.era(x), reports.era(y)));
        if (!oneMoment && movedOverTime(key, lx, timeOf(sides[0], reports.day(x)), ly, timeOf(sides[1], reports.day(y)))) {
          // A report that gives the tally at two counts ("28 recovered by morning… 40 by evening")
          // puts both in the timeline beside the other report's; the parts of a total it breaks
          // down ("19,000 acres: 11,000 in one fire, 8,000 in the other") are no steps.
          moved.add(lx).add(ly);
          for (const s of [...countsOf(sides[0]), ...countsOf(sides[1])]) moved.add(bucketOf(s.article.article.id, [s]));
          continue;
        }
        if (!oneMoment && companionMoved(sides[0], sides[1]) && movedOverTime(key, lx, null, ly, null)) {
          moved.add(lx).add(ly);
          continue;
        }
        if (copies || rivalClaims(sides[0], sides[1]) || (needsCorroboratedSide(key) && independentCount(bx, reports) < 2 && independentCount(by, reports) < 2)) continue;
        positions.add(bx).add(by);
        for (const id of [x, y]) result.contradictions.set(id, (result.contradictions.get(id) ?? 0) + 1);
      }
    }
    if (positions.size > 0) result.conflicts.push(toConflict(key, [...positions], context));
    positions.forEach((b) => result.disputed.add(b));
    if (moved.size > 0) result.updates.push(toUpdate(key, [...moved], reports, context));
  }
  return result;
}

/**
 * "Missiles hit Farrow and Kessel": a report that puts one event in two places side by side in one
 * sentence, or in three or more places across its text, none inside another, tells of an event that
 * happened in several; another report's other place is one more of them (or the one it chose to
 * name), not a rival of its place. Two places in two sentences are not enough: a report that names
 * its event's place again later, differently, is what a changed place looks like.
 */
function inSeveralPlaces(said: Map<string, Stated[]>, context: StoryContext): boolean {
  const apart = (a: string, b: string) => a !== b && !context.contains(a, b) && !context.contains(b, a);
  for (const stated of said.values()) {
    if (stated[0]?.claim.kind !== "place") continue;
    // By distinct place, not by mention: a long report names a few places many times.
    const mentions = new Map<string, number>();
    const bySentence = new Map<number, Set<string>>();
    for (const s of stated) {
      mentions.set(s.value, (mentions.get(s.value) ?? 0) + 1);
      bySentence.set(s.claim.sentence, (bySentence.get(s.claim.sentence) ?? new Set()).add(s.value));
    }
    for (const places of bySentence.values()) if (someApart([...places], apart)) return true;
    const places = [...mentions.keys()];
    const unrelated = new Set<string>();
    let pairs = 0;
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        if (!apart(places[i]!, places[j]!)) continue;
        unrelated.add(places[i]!).add(places[j]!);
        pairs += mentions.get(places[i]!)! * mentions.get(places[j]!)!;
        if (unrelated.size >= MANY_PLACES && pairs >= MANY_PLACES) return true;
      }
    }
  }
  return false;
}

function someApart(places: string[], apart: (a: string, b: string) => boolean): boolean {
  return places.some((a, i) => places.slice(i + 1).some((b) => apart(a, b)));
}

/** Places one report names for one event that make it an event in several. */
const MANY_PLACES = 3;

/** Days between two reports beyond which they cannot tell of one moment of an event. */
const SAME_EVENT_SPAN_DAYS = 120;

/**
 * A report published months or years before another tells of an earlier state or an earlier
 * event of the same kind (the last election's result, last year's fire): its figures neither
 * contradict nor update those of the later report.
 */
function publishedFarApart(a: number | null, b: number | null): boolean {
  const apart = daysApart(a, b);
  return apart !== null && apart > SAME_EVENT_SPAN_DAYS;
}

function daysApart(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.abs(a - b);
}

function bucketsByReport(buckets: Bucket[]): Map<string, Bucket[]> {
  const held = new Map<string, Bucket[]>();
  for (const bucket of buckets) {
    for (const id of articleIds(bucket.stated)) append(held, id, bucket);
  }
  return held;
}

/**
 * The value a report stands for on a slot: of those it gives, the one most reports share; between
 * figures as widely shared, the larger (a report's total, not one of its parts).
 */
function primaryBucket(buckets: Bucket[]): Bucket {
  const rank = (b: Bucket) => [articleIds(b.stated).size, Number(b.value) || 0] as const;
  return buckets.reduce((best, b) => {
    const [r, q] = [rank(b), rank(best)];
    return r[0] > q[0] || (r[0] === q[0] && r[1] > q[1]) ? b : best;
  });
}

/**
 * What a report says on a slot, at its most precise: "December 25" says more than "10 months
 * ago", and "near Dashtegol" more than "in Iran", in the same report; the precise statement is
 * what is compared with other reports.
 */
function statementsOf(buckets: Bucket[], article: string, context: StoryContext): Stated[] {
  const stated = buckets.flatMap((b) => b.stated.filter((s) => s.article.article.id === article));
  const kind = stated[0]?.claim.kind;
  if (kind === "date") {
    const finest = Math.max(...stated.map((s) => s.value.length));
    return stated.filter((s) => s.value.length === finest);
  }
  if (kind === "place" || kind === "route") {
    const specific = stated.filter((s) => !context.isCountry(s.value));
    return specific.length > 0 ? specific : stated;
  }
  return stated;
}

/**
 * Where two reports' statements on a slot part: every statement of one against every statement of
 * the other (each side, all it says), or, for figures, the one figure each gives that the other
 * does not, when all else they give agrees (one report gives a train's 14 carriages and 3
 * derailed, another 14 and 5 derailed: they part on the derailed ones). Null when they do not part.
 */
function disagreement(a: Stated[], b: Stated[], context: StoryContext): [Stated[], Stated[]] | null {
  const total = a[0]!.claim.kind === "quantity" ? totalsOf(a, b) : () => false;
  const clash = (x: Stated, y: Stated) =>
    !statementsCompatible(x, y, context) && !differentScale(x, y) && !total(x) && !total(y) && !countsAddedOnes(x, y) && !countsAddedOnes(y, x);
  if (a.every((x) => b.every((y) => clash(x, y)))) return [a, b];
  if (a[0]!.claim.kind !== "quantity") return null;
  const onlyA = a.filter((x) => !total(x) && !b.some((y) => statementsCompatible(x, y, context)));
  const onlyB = b.filter((y) => !total(y) && !a.some((x) => statementsCompatible(x, y, context)));
  if (new Set(onlyA.map((s) => s.value)).size !== 1 || new Set(onlyB.map((s) => s.value)).size !== 1) return null;
  return clash(onlyA[0]!, onlyB[0]!) ? [onlyA, onlyB] : null;
}

/**
 * "Nine sites, Westmark said" against "six locations, Ostria's army said": figures each report
 * gives as the claim of a different named side are two claims, both stated, not a misreport of
 * one; the same source quoted differently ("Ostria's army said 35" and "38") still contradicts.
 * Two sides' figures of a moving tally given days apart are still its steps (checked before).
 */
function rivalClaims(a: Stated[], b: Stated[]): boolean {
  return a.every((x) => b.every((y) => x.claim.claimant !== undefined && y.claim.claimant !== undefined && x.claim.claimant !== y.claim.claimant));
}

/** Most parts looked at for a total: subsets of more are not tried. */
const MAX_PARTS = 8;

/**
 * "All 67 on board both aircraft" and "64 on the jet and three on the helicopter": a figure that
 * is the sum of two or more others one of the two reports gives on the slot is their total, not
 * a rival of them: it clashes with nothing, and is no figure the reports part on.
 */
function totalsOf(a: Stated[], b: Stated[]): (s: Stated) => boolean {
  const sums = new Set([...sumsOfParts(a), ...sumsOfParts(b)]);
  return (s) => s.claim.qualifier === undefined && sums.has(Number(s.value));
}

/**
 * A report's figures on a slot as counts of one tally: those of the owner its highest figure has
 * (not one fire's acres beside all fires'), and none when some of them add up to another.
 */
function countsOf(said: Stated[]): Stated[] {
  const sums = sumsOfParts(said);
  if (said.some((s) => sums.has(Number(s.value)))) return [];
  const owner = highest(said)[0]!.claim.owner;
  return said.filter((s) => s.claim.owner === owner);
}

/** Every sum of two or more of the different exact figures one report gives on a slot. */
function sumsOfParts(said: Stated[]): Set<number> {
  const exact = said.filter((s) => !s.claim.qualifier && !s.claim.relative);
  const values = [...new Set(exact.map((s) => Number(s.value)))].filter((v) => Number.isFinite(v) && v > 0).slice(0, MAX_PARTS);
  const sums = new Set<number>();
  for (let mask = 1; mask < 1 << values.length; mask++) {
    const parts = values.filter((_, i) => mask & (1 << i));
    if (parts.length >= 2) sums.add(parts.reduce((x, y) => x + y, 0));
  }
  return sums;
}

/**
 * "At least 68" one day and 94 the next agree (94 is at least 68), yet they are two counts of a
 * tally: each report's one figure, when they differ and one is a bound. Null otherwise.
 */
function boundThenCount(a: Stated[], b: Stated[]): [Stated, Stated] | null {
  if (a.length !== 1 || b.length !== 1 || a[0]!.claim.kind !== "quantity") return null;
  const [x, y] = [a[0]!, b[0]!];
  if (x.value === y.value || (!x.claim.qualifier && !y.claim.qualifier)) return null;
  return [x, y];
}

/** Values fixed once the event happened: no estimate of them is given before a final count. */
const NEVER_ESTIMATED: ReadonlySet<string> = new Set(["age", "score", "times", "duration", "clock"]);

/**
 * An exit poll's 19% and the final count's 19.6%, a toll of the first reports and a later one: a
 * report that gives a figure only as provisional, against another report's different figure given
 * as a count, are two steps of one tally, whether or not both values could be true together.
 * The provisional statement comes first. Null otherwise.
 */
function estimateThenCount(a: Stated[], b: Stated[]): [Stated, Stated] | null {
  if (a[0]!.claim.kind !== "quantity" || NEVER_ESTIMATED.has(a[0]!.claim.valueType ?? "")) return null;
  for (const [early, late] of [[a, b], [b, a]] as const) {
    if (!early.every((s) => s.claim.provisional)) continue;
    const count = late.find((s) => !s.claim.provisional && !early.some((e) => e.value === s.value));
    if (count) return [early[0]!, count];
  }
  return null;
}

/** An open count more than this many times another is a count of something else, not a misreport of it... */
const MISREPORT_RATIO = 3;
/** ...unless the two are a handful apart: "three carriages" and "11 carriages" misstate one count. */
const HANDFUL = 10;

/**
 * Two reports that misstate one figure are near each other (143 and 144 seats, eight and seven
 * pieces, three and 11 carriages); an open count several times another and tens apart ("600
 * seats", "146 seats") counts a different whole (a parliament, a party).
 */
function differentScale(x: Stated, y: Stated): boolean {
  if (x.claim.rule !== "QTY_COUNT_NOUN" && y.claim.rule !== "QTY_COUNT_NOUN") return false;
  const [a, b] = [Math.abs(x.claim.number ?? Number(x.value)), Math.abs(y.claim.number ?? Number(y.value))];
  return Math.max(a, b) > MISREPORT_RATIO * Math.min(a, b) && Math.max(a, b) - Math.min(a, b) > HANDFUL;
}

/**
 * When a report's figure holds: the day it was published, to the hour when its sentence gives
 * one for that day ("by late Friday", "as of 8 a.m."). A day a sentence names is usually the
 * event's ("the quake struck on Thursday"), not the count's, so it does not move the figure.
 */
function timeOf(said: Stated[], day: number | null): string | null {
  if (day === null) return said.find((s) => s.claim.time)?.claim.time ?? null;
  const published = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const hour = said.find((s) => s.claim.time?.startsWith(`${published}T`))?.claim.time;
  return hour ?? published;
}

/** An evolving figure reported for two times, moved the way such figures move. */
function movedOverTime(key: string, a: Bucket, timeA: string | null, b: Bucket, timeB: string | null): boolean {
  if (a.kind !== "quantity") return false;
  // Without a date to order them, two figures of a tally that only grows (a toll, the injured)
  // are more likely two counts of it than a contradiction: shown in the order such tallies move.
  if (timeA === null || timeB === null) {
    const [lower, higher] = Number(a.value) <= Number(b.value) ? [a, b] : [b, a];
    return isUpdate(key, framesOf(lower, higher), Number(lower.value), Number(higher.value), true);
  }
  if (timeA === timeB) return false;
  const [earlier, later] = timeA < timeB ? [a, b] : [b, a];
  return isUpdate(key, framesOf(earlier, later), Number(earlier.value), Number(later.value));
}

function framesOf(first: Bucket, second: Bucket) {
  return [...first.stated, ...second.stated].map((s) => s.claim);
}

function swapped<T>(pair: [T, T] | null): [T, T] | null {
  return pair ? [pair[1], pair[0]] : null;
}

function independentCount(bucket: Bucket, reports: ReportInfo): number {
  return new Set([...articleIds(bucket.stated)].map((id) => reports.source(id))).size;
}

function toConflict(key: string, positions: Bucket[], context: StoryContext): Conflict {
  positions.sort((a, b) => articleIds(b.stated).size - articleIds(a.stated).size);
  const shown = positions.map((b) => ({ ...displayBucket(b, context), support: evidencePerArticle(b.stated) }));
  const sides = shown.map((p) => `${p.display} (${p.support.map((e) => e.article).join(", ")})`);
  return { key, kind: positions[0]!.kind, verdict: "contradiction", positions: shown, reason: `reports disagree on ${key}: ${sides.join(" vs ")}` };
}

function toUpdate(key: string, buckets: Bucket[], reports: ReportInfo, context: StoryContext): Update {
  const firstDay = (b: Bucket) => Math.min(...[...articleIds(b.stated)].map((id) => reports.day(id) ?? Infinity));
  // A figure only ever given as provisional (an exit poll, a first report) came before the counts.
  const counted = (b: Bucket) => (b.stated.every((s) => s.claim.provisional) ? 0 : 1);
  // Then by when each was first given: the hour its sentence states for the publish day ("by 8 a.m.").
  // A step no date places is ordered as undated counts are paired (smallest first), and so are all.
  const firstTime = (b: Bucket) => b.stated.map((s) => timeOf([s], reports.day(s.article.article.id))).filter((t) => t !== null).sort()[0];
  const dated = buckets.every((b) => firstTime(b) !== undefined);
  const byTime = (a: Bucket, b: Bucket) => (dated ? firstTime(a)!.localeCompare(firstTime(b)!) : 0);
  const steps = buckets
    .sort((a, b) => counted(a) - counted(b) || byTime(a, b) || Number(a.value) - Number(b.value))
    .map((b) => ({
      date: Number.isFinite(firstDay(b)) ? new Date(firstDay(b) * 86_400_000).toISOString().slice(0, 10) : null,
      ...displayBucket(b, context),
      ...(counted(b) === 0 ? { provisional: true } : {}),
      support: evidencePerArticle(b.stated),
    }));
  return { key, steps };
}
