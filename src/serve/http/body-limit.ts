import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/**
 * Bodies over `maxSize` bytes answered by `onError` before any route reads them. A request that
 * declares its length (and no transfer coding, so Node's parser holds it to that length) is judged
 * by the header alone, as hono's bodyLimit does, but without asking for the request's body stream:
 * asking for it turns @hono/node-server's direct read of the socket into a web stream read, which
 * copies a 5 MB body twice more on the thread that answers readers (a tenth of a second or more
 * under load). A request without a length goes through hono's bodyLimit, which counts as it reads.
 */
export function limitBody(maxSize: number, onError: (c: Context) => Response): MiddlewareHandler {
  const counting = bodyLimit({ maxSize, onError });
  return (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) return counting(c, next);
    return Number.parseInt(length, 10) > maxSize ? Promise.resolve(onError(c)) : next();
  };
}
