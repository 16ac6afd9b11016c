/** Reading stories: the list and its searches, kept views and answers, and each story's renderings. */
export { StoryCache, type CachedStory } from "./story-cache.js";
export { renderStory, type RenderingName } from "./story-renderings.js";
export { storyResponse } from "./story-response.js";
export { findStories, type ListedPage } from "./story-search.js";
export { encodeCursor, readStoryListRequest, storyListLink, type StoryListPaging } from "./story-list-query.js";
export { refreshViews } from "./view-refresh.js";
export { keepListAnswers } from "./list-answers.js";
