import type { InputFailure } from "../types.js";
import type { CliIO } from "./io.js";
import { describeFailure } from "../report/failure-text.js";

/** One line per input that could not be used, on stderr, naming it once. */
export function reportFailures(failures: InputFailure[], io: CliIO): void {
  for (const failure of failures) io.stderr(`corroborate: skipped ${describeFailure(failure)}\n`);
}

/** One line per input used despite a problem (a broken encoding), on stderr. */
export function reportWarnings(warnings: InputFailure[], io: CliIO): void {
  for (const warning of warnings) io.stderr(`corroborate: warning: ${warning.message}\n`);
}
