import { readFileSync } from "node:fs";

/**
 * The package's version, read from package.json (beside src/ and dist/ alike), so that the CLI's
 * --version and the analysis stamp (analysis-version.ts) never drift from what is published.
 */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
