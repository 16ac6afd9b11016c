import type { AlignedStory, AnalyzedArticle, Fact, FactStatus, Story } from "../types.js";
import { mergeEntities, type EntityIndex } from "./entities/index.js";
import { bucketClaims, type Bucket } from "./verdicts/index.js";
import { deriveImpliedClaims } from "./joins/index.js";
import { findConflicts } from "./verdicts/index.js";
import { buildContext } from "./verdicts/index.js";
import { displayBucket } from "./verdicts/index.js";
import { headCountChecks } from "./verdicts/index.js";
import { summariseSources } from "./sources/index.js";
import { dayNumber } from "../cluster/index.js";
import { scopeByOwner } from "./joins/index.js";
import { joinBareMeasures, joinUnownedFigures } from "./joins/index.js";
import { joinBareRoles } from "./joins/index.js";
import { joinNarrowedMeasures } from "./joins/index.js";
import { joinNameVariants } from "./joins/index.js";
import { joinEarlierDays, joinEarlierEvents, joinUnkeyedDates } from "./joins/index.js";
import { joinDistinctiveFigures } from "./joins/index.js";
import { joinSameMoments } from "./joins/index.js";
import { independentSourceMap } from "./sources/index.js";
import { articleIds, evidencePerArticle, type Stated } from "./stated.js";
import { reportEra } from "./verdicts/index.js";
import { entityKey, withBorrowedReference } from "../analyze/index.js";
import { OFFICE_KEY_PREFIX } from "../analyze/roles/index.js";

/**
 * Line up the claims of one story's reports:
 *  1. merge entities across reports, so values name one thing one way;
 *  2. restate every claim with canonical values, and add what "all aboard died" implies;
 *  3. bucket statements by slot and value;
 *  4. find conflicts: one slot, values that cannot both be true;
 *  5. turn buckets into facts with their status, independent sources and arithmetic checks;
 *  6. sum up, per report, what it shares, contradicts and alone carries.
 */
export function alignStory(told: Story): AlignedStory {
  const story = withStoryDates(told);
  // 1.
  const entities = mergeEntities(story.articles);
  // 2.
  const scoped = scopeByOwner(story.articles.flatMap((article) => restate(article, entities)), entities, story.articles);
  const middleDay = middlePublished(story);
  const joined = joinDistinctiveFigures(joinNameVariants(joinBareRoles(joinSameMoments(joinUnownedFigures(joinBareMeasures(joinNarrowedMeasures(scoped)))))));
  const stated = joinEarlierDays(joinEarlierEvents(joinUnkeyedDates(joined), middleDay ? Number(middleDay.slice(0, 4)) : undefined), firstPublished(story));
  // One at a time: spreading a list of tens of thousands into push overflows the call stack.
  for (const derived of deriveImpliedClaims(stated)) stated.push(derived);
  // 3.
  const slots = bucketClaims(stated);
  const context = buildContext(slots, story.articles, entities);
  // 4.
  const sourceOf = independentSourceMap(story);
  const days = new Map(story.articles.map((a) => [a.article.id, dayNumber(a.article.published)]));
  // Only copies of one text never contradict each other: a report that credits a wire yet gives
  // another figure than the wire's own report is a discrepancy a reader must see.
  const copyOf = reprintMap(story);
  const middle = dayNumber(middleDay ?? null);
  const eras = new Map(story.articles.map((a) => [a.article.id, reportEra(a, middle)]));
  const reports = { day: (id: string) => days.get(id) ?? null, era: (id: string) => eras.get(id) ?? null, source: (id: string) => copyOf.get(id) ?? id };
  const { conflicts, updates, disputed, contradictions } = findConflicts(slots, context, reports);
  // 5.
  const checks = headCountChecks(slots, context);
  const facts: Fact[] = [];
  for (const buckets of slots.values()) {
    for (const bucket of buckets) {
      const ids = articleIds(bucket.stated);
      const independentSources = new Set([...ids].map((id) => sourceOf.get(id) ?? id)).size;
      const status: FactStatus = disputed.has(bucket) ? "disputed" : independentSources >= 2 ? "corroborated" : "single-source";
      // The offices a person holds are the role facts read the other way, kept to find a person given
      // two offices: stated again as facts, each agreed office would be listed twice.
      if (status !== "disputed" && bucket.key.startsWith(OFFICE_KEY_PREFIX)) continue;
      const { value, display } = displayBucket(bucket, context);
      facts.push({
        key: bucket.key,
        kind: bucket.kind,
        value,
        display,
        status,
        support: evidencePerArticle(bucket.stated),
        ...subjectOf(bucket, entities),
        ...frameOf(bucket, entities),
        reports: ids.size,
        independentSources,
        ...(checks.has(bucket) ? { checks: checks.get(bucket) } : {}),
      });
    }
  }
  facts.sort(byStatusThenSupport);
  const subjects = new Map(facts.flatMap((f) => (f.subject ? [[f.key, f.subject] as const] : [])));
  for (const finding of [...conflicts, ...updates]) {
    const subject = subjects.get(finding.key);
    if (subject) finding.subject = subject;
  }
  // 6.
  const sources = summariseSources(story, facts, contradictions);
  return { story, independentReports: new Set(sourceOf.values()).size, entities: entities.summaries, facts, conflicts, updates, sources };
}

/**
 * Reports without a publish date read their weekdays and yearless days against the story's
 * middle publish date (the median of its dated reports), so that "on Sunday" in an undated
 * report can corroborate the day a dated report gives.
 */
function withStoryDates(story: Story): Story {
  const middle = middlePublished(story);
  if (!middle || story.articles.every((a) => a.article.published)) return story;
  return { ...story, articles: story.articles.map((a) => withBorrowedReference(a, middle)) };
}

/** The median publish date of a story's dated reports, or undefined when none is dated. */
function middlePublished(story: Story): string | undefined {
  const days = publishDates(story);
  return days[Math.floor((days.length - 1) / 2)];
}

/** The earliest publish date of a story's reports, or undefined when none is dated. */
function firstPublished(story: Story): string | undefined {
  return publishDates(story)[0];
}

/** The publish dates of a story's dated reports, earliest first. */
function publishDates(story: Story): string[] {
  return story.articles.map((a) => a.article.published).filter((d): d is string => Boolean(d)).sort();
}

function restate(analyzed: AnalyzedArticle, entities: EntityIndex): Stated[] {
  return analyzed.claims.map((claim) => {
    switch (claim.kind) {
      case "place":
      case "route":
        return { claim, article: analyzed, value: entities.canonical(claim.value, "place") };
      case "entity":
        // An office a person holds: the person, in the key, by the story's name for them; the value is an office.
        if (claim.key.startsWith(OFFICE_KEY_PREFIX)) {
          const holder = entities.canonical(claim.key.slice(OFFICE_KEY_PREFIX.length), "person");
          const owner = claim.owner ? { owner: entities.canonical(claim.owner) } : {};
          return { claim: { ...claim, key: `${OFFICE_KEY_PREFIX}${holder}`, ...owner }, article: analyzed, value: claim.value };
        }
        return { claim, article: analyzed, value: entities.canonical(claim.value, "person") };
      case "quote": {
        const speaker = claim.speaker ? entities.canonical(claim.speaker, "person") : "unknown";
        return { claim: { ...claim, key: `quote: ${speaker}` }, article: analyzed, value: claim.value };
      }
      default:
        return { claim, article: analyzed, value: claim.value };
    }
  });
}

/**
 * The speaker of a quote, the holder of offices, a role's organisation, or the owner a figure's key
 * names ("share: grens" is the Greens'), by the name the story knows them by.
 */
function subjectOf(bucket: Bucket, entities: EntityIndex): { subject?: string } {
  if (bucket.key.startsWith(ROLE_KEY_PREFIX)) return roleSubject(bucket, entities);
  if (bucket.kind === "quantity") return ownerSubject(bucket, entities);
  const person = bucket.kind === "quote" ? bucket.key.replace(/^quote:\s*/, "") : bucket.key.startsWith(OFFICE_KEY_PREFIX) ? bucket.key.slice(OFFICE_KEY_PREFIX.length) : null;
  const name = person === null ? undefined : entities.displayName(person);
  return name ? { subject: name } : {};
}

const ROLE_KEY_PREFIX = "role: ";

/**
 * A role's words for a reader: "chair of Westmark Steel", where the key holds the organisation's
 * merging key ("westmark stel", spelled to meet its variants). The name is the story's for that
 * key, or as a report that states the role wrote it.
 */
function roleSubject(bucket: Bucket, entities: EntityIndex): { subject?: string } {
  const role = bucket.key.slice(ROLE_KEY_PREFIX.length);
  const at = role.lastIndexOf(" of ");
  if (at < 0) return {};
  const ownerKey = role.slice(at + " of ".length);
  const owner = entities.displayName(ownerKey) ?? writtenAs(ownerKey, bucket);
  return owner ? { subject: `${role.slice(0, at)} of ${owner}` } : {};
}

function ownerSubject(bucket: Bucket, entities: EntityIndex): { subject?: string } {
  const owner = bucket.stated[0]!.claim.owner;
  if (!owner || !bucket.key.endsWith(`: ${owner}`)) return {};
  const name = entities.displayName(owner) ?? writtenAs(owner, bucket);
  return name ? { subject: name } : {};
}

/** Words side by side in a stating sentence whose merging key is `key`. */
function writtenAs(key: string, bucket: Bucket): string | undefined {
  const size = key.split(" ").length;
  for (const { claim, article } of bucket.stated) {
    const words = article.sentences[claim.sentence]?.text.split(/[^\p{L}\p{N}&'’-]+/u) ?? [];
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size).join(" ");
      if (entityKey(run) === key) return run;
    }
  }
  return undefined;
}

/** What a quantity fact measures, whose it is and how it was qualified, as its reports frame it. */
function frameOf(bucket: Bucket, entities: EntityIndex): Pick<Fact, "measure" | "owner" | "qualifier"> {
  const claim = bucket.stated[0]!.claim;
  if (claim.kind !== "quantity") return {};
  const owner = claim.owner ? entities.displayName(claim.owner) ?? writtenAs(claim.owner, bucket) ?? claim.owner : undefined;
  return {
    ...(claim.measure ? { measure: claim.measure } : {}),
    ...(owner ? { owner } : {}),
    ...(claim.qualifier ? { qualifier: claim.qualifier } : {}),
  };
}

function reprintMap(story: Story): Map<string, string> {
  return new Map(story.reprintGroups.flatMap((group) => group.map((id) => [id, group[0]!] as const)));
}

const STATUS_ORDER: Record<FactStatus, number> = { corroborated: 0, disputed: 1, "single-source": 2 };

function byStatusThenSupport(a: Fact, b: Fact): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.independentSources - a.independentSources || b.reports - a.reports || a.key.localeCompare(b.key);
}

export type { Bucket };
