/** One name per thing across a story's reports: spelling variants, short forms and aliases merged. */
export * from "./entities.js";
