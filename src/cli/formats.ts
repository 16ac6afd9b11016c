/**
 * The output formats of each command, apart from the commands themselves: program.ts reads them
 * to parse options and print --help without loading any command's code.
 */
export const CHECK_FORMATS = ["text", "json", "markdown"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const EXTRACT_FORMATS = ["text", "json", "ndjson"] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export const STORIES_FORMATS = ["text", "json"] as const;
export type StoriesFormat = (typeof STORIES_FORMATS)[number];
