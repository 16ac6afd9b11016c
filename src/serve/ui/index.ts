/** The pages the server renders: HTML only, no knowledge of the store or of HTTP. */
export { renderStoryPage, renderStoryListPage, renderAddPage, type AddResult, renderErrorPage, describeStoryChange, type StoryChange } from "./pages/index.js";
export { HOME_PATH, httpUrl, fileName } from "./kit/index.js";
