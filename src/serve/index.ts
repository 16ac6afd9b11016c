/** The web server: `startServer` over a store, with its options. */
export { startServer, type RunningServer } from "./server.js";
export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from "./options.js";
