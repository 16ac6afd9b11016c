/** HTTP plumbing shared by every route: compression, security headers, body limits, error bodies and statuses, static assets. */
export { chooseEncoding, compressBody, compressResponses, MIN_COMPRESSED_BYTES, sentAsIs } from "./compression.js";
export { loopbackHostsOnly, sameOriginWrites, securityHeaders } from "./security.js";
export { statusFor } from "./http-status.js";
export { errorBody } from "./error-body.js";
export { readAssets } from "./assets.js";
export { limitBody } from "./body-limit.js";
