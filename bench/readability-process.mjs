// Readability on linkedom as a whole process, the way a user would run it over a directory of
// gzipped pages: read, gunzip, parse, extract, print the text. Plain Node, no TypeScript loader,
// so its start-up is not inflated. Used by bench/extraction-process.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";

const dir = process.argv[2];
for (const name of readdirSync(dir).sort()) {
  const html = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
  try {
    const article = new Readability(new DOMParser().parseFromString(html, "text/html")).parse();
    process.stdout.write(`${article?.textContent ?? ""}\n`);
  } catch {
    // a page Readability cannot read prints nothing, as ours reports and goes on
  }
}
