/**
 * The types that cross stage boundaries. Each stage reads the previous stage's output type
 * and nothing else; see DESIGN.md for the pipeline.
 */
import type { ErrorCode } from "./errors.js";

/** 1. ingest: bytes as they came, before any decoding. */
export interface RawDocument {
  /** Stable id: the file name without extension, or the URL. */
  id: string;
  /** Path or URL as the user gave it (or "stdin"). */
  source: string;
  bytes: Uint8Array;
  /** "text/html" or "text/plain"; guessed from the name and the bytes when not declared. */
  contentType: string;
  /** Charset declared by a transport (HTTP header), when there was one. */
  declaredCharset?: string;
  fetchedAt: string;
  /** What the report's container (a feed item, a JSONL line, a WARC record) says about it. */
  metadata?: ReportMetadata;
}

/**
 * Metadata an input gives beside the report's bytes. Extraction keeps it over what it reads in the
 * page: a feed's date and authors are stated, the page's are guessed.
 */
export interface ReportMetadata {
  url?: string;
  title?: string;
  /** ISO date YYYY-MM-DD. */
  published?: string;
  /** ISO date the page was captured (a WARC record's date): the report's date when the page gives none. */
  captured?: string;
  authors?: string[];
  outlet?: string;
}

/** A line removed from the text as page chrome, with the rule that removed it. */
export interface RemovedLine {
  text: string;
  rule: string;
}

/** An attribution: the report says where its content came from. */
export interface Attribution {
  /** The outlet or agency credited ("AP", "Al Jazeera", "agencies"). */
  source: string;
  /** "originally-appeared" | "reported" | "inputs-from" | "wire" ... */
  kind: string;
  /** The exact line or sentence that carries it. */
  text: string;
}

/** 2. extract: the clean article. `text` is paragraphs joined by "\n\n"; all spans index into it. */
export interface Article {
  id: string;
  source: string;
  outlet: string | null;
  title: string;
  /** ISO date YYYY-MM-DD, when known. */
  published: string | null;
  /** The publish date with its time of day ("2026-03-02T14:05:00+01:00"), when the page gives it; same day as `published`. */
  publishedAt?: string | null;
  byline: string | null;
  /** Author names, most trusted source first (JSON-LD, meta tags, bylines in the page or text). */
  authors?: string[];
  /** ISO date YYYY-MM-DD of the last update, when the page says. */
  modified?: string | null;
  /** The page's canonical URL, when it declares one. */
  canonicalUrl?: string | null;
  dateline: string | null;
  /** ISO 639-1 code, or "und". */
  language: string;
  paragraphs: string[];
  text: string;
  removed: RemovedLine[];
  attributions: Attribution[];
  /** Problems met reading it that did not stop it, for the user (a broken or mixed encoding). */
  warnings?: string[];
}

/** Offsets into `Article.text`: evidence is always an exact substring of a report. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export type EntityType = "person" | "place" | "organization";

/** One surface mention of a named entity in one article. */
export interface EntityMention extends Span {
  /** The surface form as written ("Aliev", "Azerbaijani Airlines"). */
  surface: string;
  type: EntityType;
  /** Canonical key used to merge variants across reports (see analyze/entities/key.ts). */
  key: string;
  sentence: number;
}

export type ClaimKind = "quantity" | "date" | "place" | "route" | "entity" | "quote" | "statement";

/**
 * A checkable statement of one report.
 * `key` is a normalised slot built from general lexicons ("killed", "aboard", "survivors",
 * "destination", "origin", "meeting place", "date of crash", "president of russia").
 * `value` is normalised so that equal values compare equal as strings:
 * quantities as decimal numbers ("38"), dates as ISO ("2024-12-25", "2024-12"), places and
 * people as entity keys.
 */
export interface Claim {
  kind: ClaimKind;
  key: string;
  value: string;
  /** How the value is written in the report ("thirty-eight", "Grozny", "December 25, 2024"). */
  display: string;
  /** "at least" | "over" | "about" | "up to" | "nearly" | "exactly" ...; absent means exact. */
  qualifier?: string;
  /** For quantities: the numeric value; for "all"/"none" style words, see `relative`. */
  number?: number;
  /** For quantities stated relative to another slot: "all" | "none" (e.g. "all aboard died"). */
  relative?: { of: string; share: "all" | "none" };
  /** For dates: "day" | "month" | "year". */
  precision?: "day" | "month" | "year";
  /** For quotes: the speaker's entity key. */
  speaker?: string;
  /**
   * For quantities, the claim frame: what the value measures ("seat", "cardinal elector", "vote
   * share", "age", "final score"), whose it is (an entity key: a party, a team, a person, a place),
   * what kind of value it is, its unit, and when it holds when the sentence says (ISO day, with
   * "Thh" when an hour is given). Frames with an unknown measure are not claims.
   */
  measure?: string;
  owner?: string;
  /** A place the figure is narrowed to ("almost 37% in Westmark"), as an entity key. */
  scope?: string;
  valueType?: "count" | "amount" | "percent" | "score" | "age" | "duration" | "times" | "clock" | "ordinal";
  unit?: string;
  time?: string;
  /** The sentence says the figure is moving ("the toll rose to 37", "has climbed to", "so far"). */
  changing?: boolean;
  /**
   * The sentence gives the figure as an early estimate a later count replaces (an exit poll, a
   * projection, preliminary results, the first reports of a toll).
   */
  provisional?: boolean;
  /**
   * For quantities: who the sentence says claims the figure ("according to X", "X said"), as an
   * entity key. Two sides of a conflict each claim their own count: no contradiction.
   */
  claimant?: string;
  /** Whether two reports giving different values of this frame can contradict each other. */
  comparable?: boolean;
  /** The sentence the claim came from: the evidence. */
  sentence: number;
  span: Span;
  /** Id of the rule that produced the claim (for debugging and tests). */
  rule: string;
}

export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
  entities: EntityMention[];
  claims: Claim[];
  /** Places the text puts inside others ("Munich, the capital of Chechnya"), as entity keys. */
  containment?: { inner: string; outer: string }[];
}

/** 4. cluster: one event, told by one or more reports. */
export interface Story {
  id: string;
  headline: string;
  articles: AnalyzedArticle[];
  /** Groups of article ids that are copies of one text (wire reprints). Singletons omitted. */
  reprintGroups: string[][];
}

export interface Evidence {
  article: string;
  /** Exact substring of that article's cleaned text. */
  quote: string;
  span: Span;
  /** The claim's own words inside the quote, for highlighting. */
  focus?: Span;
}

export type FactStatus = "corroborated" | "single-source" | "disputed";

/** 5. align: one slot and value, with every report behind it. */
export interface Fact {
  key: string;
  kind: ClaimKind;
  value: string;
  display: string;
  status: FactStatus;
  support: Evidence[];
  /** Reports behind the fact, and independent sources (reprints of one text count once). */
  reports: number;
  independentSources: number;
  /** Display name of the entity a slot is about (the speaker of a quote), when there is one. */
  subject?: string;
  /** For quantity frames: what the value measures, whose it is (display name), and its qualifier. */
  measure?: string;
  owner?: string;
  qualifier?: string;
  /** Arithmetic between facts that holds or fails ("aboard = killed + survivors"). */
  checks?: { rule: string; holds: boolean }[];
}

export interface ConflictPosition {
  value: string;
  display: string;
  support: Evidence[];
}

export interface Conflict {
  key: string;
  kind: ClaimKind;
  /** What the difference is: always a contradiction (updates, roundings and different subjects are not conflicts). */
  verdict: "contradiction";
  positions: ConflictPosition[];
  /** Why these values cannot both be true. */
  reason: string;
  /** Display name of the entity the slot is about, as on the disputed fact. */
  subject?: string;
}

/** A count that moved between reports published on different days: an update, not a contradiction. */
export interface Update {
  key: string;
  /** Display name of the entity the slot is about, as on its facts. */
  subject?: string;
  /**
   * `date` is the publish day of the first report giving the value, or null when none is dated;
   * `provisional` marks a value only given as an early estimate (an exit poll, a first report).
   */
  steps: { date: string | null; value: string; display: string; provisional?: boolean; support: Evidence[] }[];
}

export interface SourceSummary {
  article: string;
  outlet: string | null;
  agrees: number;
  contradicts: number;
  unique: number;
  /** Outlets and agencies the report credits ("Reuters", "AP"), as found by extract. */
  credits?: string[];
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  articles: string[];
}

export interface AlignedStory {
  story: Story;
  /** Independent accounts among the reports: copies and credited wire texts count once. */
  independentReports: number;
  entities: EntitySummary[];
  facts: Fact[];
  conflicts: Conflict[];
  updates: Update[];
  sources: SourceSummary[];
}

/** An input that could not be processed, and why, in words for the user. */
export interface InputFailure {
  source: string;
  message: string;
  /** What kind of failure, where a surface answers differently by kind (an HTTP status). */
  code?: ErrorCode;
}
