import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The real reports live beside the repo, never in it. */
export const SEEDS_DIR = resolve(process.cwd(), "../shared/seeds");
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

export function seedIds(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")).sort();
}

/** The seed whose file name starts with `prefix` ("004"). */
export function seedId(prefix: string): string {
  const id = seedIds().find((x) => x.startsWith(prefix));
  if (!id) throw new Error(`no seed ${prefix}`);
  return id;
}

export function seedLines(prefix: string): string[] {
  return readFileSync(resolve(SEEDS_DIR, `${seedId(prefix)}.txt`), "utf8").split("\n").map((l) => l.trim());
}

/** Lines after the first line matching `marker`, non-empty. */
export function linesAfter(prefix: string, marker: RegExp): string[] {
  const lines = seedLines(prefix);
  const at = lines.findIndex((l) => marker.test(l));
  if (at < 0) throw new Error(`marker ${marker} not in seed ${prefix}`);
  return lines.slice(at + 1).filter((l) => l.length > 0);
}

/** Long lines of running prose: body paragraphs that must survive cleaning. */
export function bodyLines(prefix: string, minWords = 20): string[] {
  return seedLines(prefix).slice(1).filter((l) => l.split(/\s+/).length >= minWords && /[.!?”"]$/.test(l));
}
