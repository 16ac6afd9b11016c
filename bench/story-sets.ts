import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { collectInputs } from "../src/ingest/index.js";
import type { RawDocument } from "../src/types.js";

export interface StorySet {
  name: string;
  documents: RawDocument[];
}

/** The seeds (when ../shared is beside the repo) and every example event, each as one set. */
export async function loadStorySets(): Promise<StorySet[]> {
  const dirs: [string, string][] = [];
  const seeds = resolve(process.cwd(), "../shared/seeds");
  if (existsSync(seeds)) dirs.push(["seeds", seeds]);
  const examples = resolve(process.cwd(), "examples");
  for (const name of readdirSync(examples).sort()) {
    const dir = join(examples, name);
    if (statSync(dir).isDirectory()) dirs.push([name, dir]);
  }
  const sets: StorySet[] = [];
  for (const [name, dir] of dirs) sets.push({ name, documents: (await collectInputs([dir])).documents });
  return sets;
}
