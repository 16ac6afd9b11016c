import { VERSION } from "./version.js";

/**
 * Bump when a change to extraction, analysis or alignment rules changes what a stored story's
 * alignment would be (a new claim kind, a lexicon entry, a threshold): every kept story view
 * (store.ts StoryView) made by other rules is then treated as missing and made again, by the
 * server's background pass (serve/view-refresh.ts) or by its first reader. A release changes the
 * package version, which is part of the stamp too, so forgetting a bump costs at most one release.
 */
export const ANALYSIS_RULES = 11;

/** The stamp a story view carries: the package version and the rules' revision within it. */
export const ANALYSIS_VERSION = `${VERSION}+rules.${ANALYSIS_RULES}`;
