/**
 * The development split of WCXB, the Web Content eXtraction Benchmark (CC-BY-4.0, Murrough
 * Foley): 793 article pages with their true main text, title, author and publication date,
 * read from ../shared at run time and never copied into the repo. Its test split is held out.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const WCXB_DIR = resolve(process.cwd(), "../shared/bench-data/wcxb-dev");
export const WCXB_HTML_DIR = join(WCXB_DIR, "html");
export const HAVE_WCXB = existsSync(join(WCXB_DIR, "ground-truth"));

export interface WcxbPage {
  id: string;
  /** Path of the gzipped page. */
  path: string;
  url: string | null;
  truth: string;
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
}

interface GroundTruthFile {
  url: string | null;
  ground_truth: { title?: string | null; author?: string | null; publish_date?: string | null; main_content?: string };
}

export function loadWcxbPages(): WcxbPage[] {
  return readdirSync(WCXB_HTML_DIR)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => {
      const id = name.slice(0, -".html.gz".length);
      const file = JSON.parse(readFileSync(join(WCXB_DIR, "ground-truth", `${id}.json`), "utf8")) as GroundTruthFile;
      const truth = file.ground_truth;
      return {
        id,
        path: join(WCXB_HTML_DIR, name),
        url: file.url,
        truth: truth.main_content ?? "",
        title: truth.title || null,
        author: truth.author || null,
        published: truth.publish_date || null,
      };
    });
}
