/** How every API error reads, whatever raised it: `{ "error": { "code", "message" } }` (see openapi.ts). */
export function errorBody(code: string | undefined, message: string | undefined): { error: { code?: string; message?: string } } {
  return { error: { code, message } };
}
