#!/usr/bin/env node
import { runCli } from "./program.js";
import { PROCESS_IO, EXIT } from "./io.js";

// The only place that exits. Unexpected errors become one line, not a stack trace,
// unless CORROBORATE_DEBUG is set.

// A reader that stops reading (`| head`) closes the pipe: the output is no longer wanted, so the
// command ends quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.OK);
    process.stderr.write(`corroborate: cannot write output: ${error.message}\n`);
    process.exit(EXIT.FAILED);
  });
}
runCli(process.argv.slice(2), PROCESS_IO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`corroborate: ${message}\n`);
    if (process.env.CORROBORATE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT.FAILED;
  },
);
