/** Whole pages: a story, the story list, the add form, errors. */
export { renderAddPage, type AddResult } from "./add-page.js";
export { renderErrorPage } from "./error-page.js";
export { describeStoryChange, type StoryChange } from "./story-change.js";
export { renderStoryListPage } from "./story-list-page.js";
export { renderStoryPage } from "./story-page.js";
