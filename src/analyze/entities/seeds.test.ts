import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Claim, EntityMention } from "../../types.js";
import { splitSentences } from "../sentences.js";
import { findEntities } from "./index.js";
import { findRoleClaims } from "../roles/index.js";
import { findQuoteClaims } from "../quotes/index.js";

/**
 * Smoke test over the real seed reports (read at test time, never copied into the repo). They
 * still carry page chrome; the assertions are about one person's name spellings, one office and
 * one speaker, which must survive that.
 */
const SEEDS = path.resolve(process.cwd(), "../shared/seeds");

interface Seed {
  name: string;
  text: string;
  entities: EntityMention[];
  roles: Claim[];
  quotes: Claim[];
}

function loadSeeds(): Seed[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(SEEDS, name), "utf8");
      const sentences = splitSentences(text);
      const entities = findEntities(text, sentences);
      const input = { text, sentences, entities, published: null };
      return { name, text, entities, roles: findRoleClaims(input), quotes: findQuoteClaims(input) };
    });
}

const seeds = loadSeeds();
const skip = seeds.length === 0 ? "seed reports not found at ../shared/seeds" : false;
const SURNAME_RE = /\bAli(?:y)?ev$/;

test("seeds: every span is an exact substring", { skip }, () => {
  for (const seed of seeds) {
    for (const m of seed.entities) assert.equal(seed.text.slice(m.start, m.end), m.surface, `${seed.name}: ${m.surface}`);
    for (const c of [...seed.roles, ...seed.quotes]) {
      assert.ok(c.span.start >= 0 && c.span.end <= seed.text.length && c.span.start < c.span.end, `${seed.name}: ${c.key}`);
    }
    for (const c of seed.quotes) assert.equal(seed.text.slice(c.span.start, c.span.end), c.display);
  }
});

test("seeds: Aliyev/Aliev is a person with one key across every report", { skip }, () => {
  const fullKeys = new Set<string>();
  const surnameKeys = new Set<string>();
  for (const seed of seeds) {
    const mentions = seed.entities.filter((m) => SURNAME_RE.test(m.surface));
    assert.ok(mentions.length > 0, `${seed.name}: no Aliyev/Aliev mention`);
    for (const m of mentions) {
      assert.equal(m.type, "person", `${seed.name}: ${m.surface} typed ${m.type}`);
      (m.surface.includes(" ") ? fullKeys : surnameKeys).add(m.key);
    }
    assert.ok(mentions.some((m) => m.surface.includes(" ")), `${seed.name}: no full-name mention`);
  }
  assert.deepEqual([...fullKeys], ["ilham aliev"]);
  assert.ok(surnameKeys.size <= 1, [...surnameKeys].join(", "));
});

test("seeds: the role 'president of azerbaijan' is found in at least three reports, always with one value", { skip }, () => {
  const withRole = seeds.filter((seed) => seed.roles.some((c) => c.key === "role: president of azerbaijan"));
  assert.ok(withRole.length >= 3, `found in ${withRole.map((s) => s.name).join(", ")}`);
  const values = new Set(seeds.flatMap((seed) => seed.roles.filter((c) => c.key === "role: president of azerbaijan").map((c) => c.value)));
  assert.deepEqual([...values], ["ilham aliev"]);
});

test("seeds: Putin's quotes in reports 001 and 002 are attributed to him", { skip }, () => {
  for (const prefix of ["001_", "002_"]) {
    const seed = seeds.find((s) => s.name.startsWith(prefix));
    assert.ok(seed, `seed ${prefix} missing`);
    // Quotes closed right before "Putin told"/"Putin said"/"Putin stated".
    const attributed = seed.quotes.filter((c) => /^[^\p{L}]{0,4}Putin (?:told|said|stated)\b/u.test(seed.text.slice(c.span.end, c.span.end + 24)));
    assert.ok(attributed.length > 0, `${seed.name}: no quote closed before "Putin said/told"`);
    for (const claim of attributed) assert.match(claim.speaker ?? "", /putin/, `${seed.name}: ${claim.display}`);
  }
});
