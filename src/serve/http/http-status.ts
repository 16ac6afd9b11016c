import type { ErrorCode } from "../../errors.js";

/**
 * The HTTP status for each error a user can cause. Input we could not use is the client's (4xx);
 * a site we fetched failing is a bad gateway, and a store that fails is ours (5xx).
 */
const STATUS: Readonly<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404,
  E_BAD_ARGUMENT: 400,
  E_NO_INPUT: 400,
  E_BAD_URL: 400,
  E_TOO_LARGE: 413,
  E_EMPTY: 422,
  E_BINARY: 422,
  E_ENCODING: 422,
  E_NO_TEXT: 422,
  E_UNSUPPORTED_TYPE: 422,
  E_URL_BLOCKED: 422,
  E_MEDIA_TYPE: 415,
  E_FETCH: 502,
  E_STORE: 500,
  E_TOO_SLOW: 422,
};

export function statusFor(code: ErrorCode): number {
  return STATUS[code];
}
