import { readdirSync, readFileSync } from "node:fs";
import { extname } from "node:path";

/** web/ sits at the package root, three folders up from both src/serve/http/ and dist/serve/http/. */
const WEB_DIR = new URL("../../../web/", import.meta.url);

const TYPES: Readonly<Record<string, string>> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * The UI's static files, read once at start. Only files directly in web/ with a known type are
 * served, so no request path can reach another file.
 */
export function readAssets(): Map<string, { type: string; body: Uint8Array<ArrayBuffer> }> {
  const assets = new Map<string, { type: string; body: Uint8Array<ArrayBuffer> }>();
  for (const name of readdirSync(WEB_DIR)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { type, body: new Uint8Array(readFileSync(new URL(name, WEB_DIR))) });
  }
  return assets;
}
