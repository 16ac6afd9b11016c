import type { MiddlewareHandler } from "hono";
import { errorBody } from "./error-body.js";

/**
 * Report text is hostile until shown otherwise. Pages load scripts, styles and images only from
 * this server, run no inline script or style, cannot be framed, and forms post only here; the
 * renderers escape every value as well (ui/html.ts), so one slip does not become a script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

/**
 * Refuse writes that a browser sends on behalf of another site (a page elsewhere posting a form
 * here). Browsers say where a request comes from; programs such as curl say nothing and are let in.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || isSameOrigin(c.req.header("sec-fetch-site"), c.req.header("origin"), c.req.header("host"))) return next();
  return c.json(errorBody("E_CROSS_SITE", "requests from other sites may not add reports"), 403);
};

function isSameOrigin(fetchSite: string | undefined, origin: string | undefined, host: string | undefined): boolean {
  if (fetchSite !== undefined) return fetchSite === "same-origin" || fetchSite === "none";
  if (origin !== undefined) return hostOf(origin) === host;
  return true;
}

/**
 * On a loopback address, answer only requests addressed to a loopback name. Otherwise a web page
 * could point its own domain name at 127.0.0.1 (DNS rebinding) and read the store through a
 * visitor's browser.
 */
export function loopbackHostsOnly(listeningHost: string): MiddlewareHandler {
  const loopback = isLoopbackName(listeningHost);
  return async (c, next) => {
    if (!loopback) return next();
    const host = c.req.header("host") ?? "";
    if (!isLoopbackName(host.replace(/:\d+$/, ""))) return c.json(errorBody("E_BAD_HOST", `this server answers requests for localhost only, not ${host}`), 421);
    return next();
  };
}

function isLoopbackName(host: string): boolean {
  return /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i.test(host);
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
