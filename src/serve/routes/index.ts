/** The server's routes: the JSON API, the pages, and story exports. */
export { apiRoutes } from "./api-routes.js";
export { uiRoutes } from "./ui-routes.js";
export { storyExportRoutes } from "./story-export-routes.js";
