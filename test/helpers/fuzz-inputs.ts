/**
 * Inputs for fuzzing the pipeline (the property tests and bench/fuzz.ts): the example reports,
 * mutated the ways real input goes wrong or turns hostile. Each arbitrary gives a RawDocument.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { makeDocument } from "../../src/ingest/index.js";
import type { RawDocument } from "../../src/types.js";

export interface BaseReport {
  name: string;
  bytes: Uint8Array;
  html: boolean;
}

/** Every example report (our own fictional writing), text and HTML. */
export function exampleReports(root = "examples"): BaseReport[] {
  const reports: BaseReport[] = [];
  for (const event of readdirSync(root).sort()) {
    const dir = join(root, event);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort().filter((n) => /\.(txt|html)$/.test(n))) reports.push({ name: `${event}/${name}`, bytes: readFileSync(join(dir, name)), html: name.endsWith(".html") });
  }
  return reports;
}

/** Characters that reorder, hide or join text: right-to-left marks and overrides, zero-width joiners, BOMs. */
const INVISIBLE_AND_RTL = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\u00ad", "\u061c"];
const RTL_WORDS = ["قال الوزير", "מאה ועשרים", "٣٤٥ قتيلا", "۱۴۰۲", "שלושה"];
/** Numbers as people and programs write them, and as nobody should. */
const ODD_NUMBERS = ["1,2,3,4", "1.000.000,50", "12 345", "1e308", "-0", "9999999999999999999999", "½", "3/4", "$-1", "0x1F", "NaN", "Infinity", "٣٤٥", "1,00,000", "10^9", "two-hundred-and-seventy", "a hundred thousand million", "001", "1.2.3", "5 %", "-40 °C"];
const ODD_DATES = ["31 February 2024", "0000-00-00", "2024-13-45", "March 0, 2025", "Monday, 32 May", "1/1/1", "24:61", "99 BC", "in the year 10000", "Feb 29, 1900", "2024-02-30T25:00:00Z", "on 12/13/14", "last Tuesday", "since 1066 and 2066"];
const TAGS = ["div", "span", "p", "section", "article", "table", "li", "b", "font", "blockquote"];

/** A named change to a report's bytes; names go into the mutated report's source, to find it again. */
interface Mutation {
  name: string;
  apply(bytes: Uint8Array): Uint8Array;
}

const named = (name: string) => (apply: (bytes: Uint8Array) => Uint8Array): Mutation => ({ name, apply });

const encoder = new TextEncoder();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const at = (length: number, share: number) => Math.min(length, Math.floor(share * length));
const share = fc.double({ min: 0, max: 1, noNaN: true });

function insertText(text: string, where: number): (bytes: Uint8Array) => Uint8Array {
  return (bytes) => {
    const source = decode(bytes);
    const i = at(source.length, where);
    return encoder.encode(source.slice(0, i) + text + source.slice(i));
  };
}

const byteFlips: fc.Arbitrary<Mutation> = fc.array(fc.tuple(share, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => named("flips")((bytes) => {
  const out = Uint8Array.from(bytes);
  for (const [where, byte] of flips) if (out.length > 0) out[at(out.length - 1, where)] = byte;
  return out;
}));

const truncation: fc.Arbitrary<Mutation> = share.map((where) => named("truncated")((bytes) => bytes.subarray(0, at(bytes.length, where))));

const nesting = (maxDepth: number): fc.Arbitrary<Mutation> => fc.tuple(fc.constantFrom(...TAGS), fc.integer({ min: 1, max: maxDepth }), fc.boolean(), share).map(([tag, depth, closed, where]) => named(`nested-${depth}`)((bytes) => {
  const open = `<${tag}>`.repeat(depth);
  const close = closed ? `</${tag}>`.repeat(depth) : "";
  const source = decode(bytes);
  const i = at(source.length, where);
  return encoder.encode(`${source.slice(0, i)}${open}${source.slice(i)}${close}`);
}));

const hugeAttribute = (maxLength: number): fc.Arbitrary<Mutation> => fc.tuple(fc.integer({ min: 1000, max: maxLength }), fc.constantFrom("a", " ", "&amp;", "\"", "<", "@x:"), share).map(([length, unit, where]) => named(`attribute-${length}`)((bytes) => {
  const value = unit.repeat(Math.ceil(length / unit.length));
  return insertText(`<div class="story" data-x="${value}" style="${value.slice(0, 1000)}">`, where)(bytes);
}));

const invisible: fc.Arbitrary<Mutation> = fc.array(fc.tuple(fc.constantFrom(...INVISIBLE_AND_RTL, ...RTL_WORDS), share), { minLength: 1, maxLength: 30 }).map((inserts) => named("rtl-zero-width")((bytes) => inserts.reduce((b, [text, where]) => insertText(text, where)(b), bytes)));

const oddValues: fc.Arbitrary<Mutation> = fc.array(fc.tuple(fc.constantFrom(...ODD_NUMBERS, ...ODD_DATES), fc.constantFrom("killed", "on", "said", "rose to", "at least", ""), share), { minLength: 1, maxLength: 12 }).map((inserts) =>
  named("odd-values")((bytes) => inserts.reduce((b, [value, word, where]) => insertText(` ${word} ${value} `, where)(b), bytes)),
);

const randomText: fc.Arbitrary<Mutation> = fc.tuple(fc.string({ unit: "binary", maxLength: 400 }), share).map(([text, where]) => named("random-text")(insertText(text, where)));

/** How large the structural mutations may grow: the suite keeps them small, the benchmark does not. */
export interface FuzzSizes {
  maxDepth: number;
  maxAttribute: number;
}

export const BENCH_SIZES: FuzzSizes = { maxDepth: 5000, maxAttribute: 300_000 };
/** For the test suite: big enough to nest and bloat, small enough to run in a few seconds. */
export const SUITE_SIZES: FuzzSizes = { maxDepth: 400, maxAttribute: 4000 };

/**
 * One way input goes wrong; a mutated report has one to four of them, applied in turn. The costly
 * structural ones (deep nesting, huge attributes) are drawn less often, so that a run covers many
 * inputs and still meets them by the thousand.
 */
function mutation(sizes: FuzzSizes): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { arbitrary: byteFlips, weight: 4 },
    { arbitrary: truncation, weight: 3 },
    { arbitrary: nesting(sizes.maxDepth), weight: 1 },
    { arbitrary: hugeAttribute(sizes.maxAttribute), weight: 1 },
    { arbitrary: invisible, weight: 4 },
    { arbitrary: oddValues, weight: 4 },
    { arbitrary: randomText, weight: 3 },
  );
}

/** A mutated example report; its source names the mutations applied ("fuzz-17-flips+nested-40-earthquake-cpa-day1.txt"). */
export function mutatedReport(bases: BaseReport[], sizes: FuzzSizes = BENCH_SIZES): fc.Arbitrary<RawDocument> {
  return fc.tuple(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(mutation(sizes), { minLength: 1, maxLength: 4 }), fc.nat()).map(([index, mutations, n]) => {
    const base = bases[index]!;
    const bytes = mutations.reduce((b, m) => m.apply(b), base.bytes);
    return makeDocument(`fuzz-${n}-${mutations.map((m) => m.name).join("+")}-${base.name.replace(/\//g, "-")}`, bytes, base.html ? "text/html" : "text/plain");
  });
}
