import type { Context } from "hono";
import type { ServeContext } from "../context.js";
import type { CachedStory } from "./story-cache.js";
import type { RenderingName } from "./story-renderings.js";
import { chooseEncoding, MIN_COMPRESSED_BYTES, sentAsIs } from "../http/index.js";

/**
 * A rendering of a story as the answer, compressed once per story revision and encoding (the
 * story cache keeps it) rather than on every read as other answers are (compression.ts). Until
 * the compressed body is made, readers get the text as it is: compressing a page takes about
 * twice as long as rendering it, which the first readers after a change (or a restart, when every
 * story is read for the first time at once) would otherwise all wait for.
 */
export async function storyResponse(c: Context, context: ServeContext, storyId: string, entry: CachedStory, name: RenderingName, headers: Record<string, string>): Promise<Response> {
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
  const text = await context.stories.render(storyId, entry, name);
  const vary = { ...headers, Vary: "Accept-Encoding" };
  if (!encoding || text.length < MIN_COMPRESSED_BYTES) return c.body(text, 200, vary);
  const compressed = context.stories.compressedIfReady(storyId, entry, name, encoding);
  if (!compressed) return sentAsIs(c.body(text, 200, vary));
  return c.body(compressed, 200, { ...vary, "Content-Encoding": encoding });
}
