/** The pages the server renders: HTML only, no knowledge of the store or of HTTP. */
export { renderStoryPage } from "./story-page.js";
export { renderStoryListPage } from "./story-list-page.js";
export { renderAddPage, type AddResult } from "./add-page.js";
export { renderErrorPage } from "./error-page.js";
export { describeStoryChange, type StoryChange } from "./story-change.js";
export { HOME_PATH, httpUrl } from "./urls.js";
export { fileName } from "./report-name.js";
