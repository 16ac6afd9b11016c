import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { isCorroborateError } from "../errors.js";
import type { ServeContext } from "./context.js";
import { statusFor, errorBody, limitBody, loopbackHostsOnly, sameOriginWrites, securityHeaders, compressResponses } from "./http/index.js";
import { formatBytes } from "../format-bytes.js";
import { apiRoutes, storyExportRoutes, uiRoutes } from "./routes/index.js";
import { renderErrorPage } from "./ui/index.js";

/** Room for a multipart form's boundaries and field headers on top of the files themselves. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * The HTTP surface over one store: the JSON API under /api and the web UI beside it. Every
 * response carries the security headers, and pages and JSON go out compressed (compression.ts); writes from other sites and bodies over the limit are
 * refused before any route reads them.
 */
export function createApp(context: ServeContext, log: (line: string) => void = () => {}): Hono {
  const { options } = context;
  const app = new Hono();
  app.use("*", compressResponses, securityHeaders, loopbackHostsOnly(options.host), sameOriginWrites);
  app.post("*", limitBody(options.maxUploadBytes + FORM_OVERHEAD_BYTES, tooLarge(options.maxUploadBytes)));
  app.route("/api", apiRoutes(context));
  app.route("/", storyExportRoutes(context));
  app.route("/", uiRoutes(context));

  app.notFound((c) => answerError(c, 404, "E_NOT_FOUND", `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (isCorroborateError(error)) return answerError(c, statusFor(error.code), error.code, error.message);
    log(`corroborate serve: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return answerError(c, 500, "E_INTERNAL", "something went wrong on the server; the store is unchanged by this request");
  });
  return app;
}

function tooLarge(maxBytes: number) {
  return (c: Context) => answerError(c, 413, "E_TOO_LARGE", `the request is over the ${formatBytes(maxBytes)} upload limit`);
}

/** API callers get JSON; people get a page. */
function answerError(c: Context, status: number, code: string, message: string): Response {
  if (c.req.path.startsWith("/api/")) return c.json(errorBody(code, message), status as 400);
  return c.html(renderErrorPage(status, message), status as 400);
}
