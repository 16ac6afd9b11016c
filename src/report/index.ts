export { toJsonReport, storyToJson, JSON_VERSION } from "./json.js";
export { renderBrief } from "./brief.js";
export { renderMarkdown } from "./markdown.js";
export { COLOR, PLAIN, type Style } from "./style.js";
