/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress lines). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

export const PROCESS_IO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** Exit codes: 0 all inputs used; 1 some inputs failed, the rest were processed; 2 nothing usable or bad usage. */
export const EXIT = { OK: 0, SOME_FAILED: 1, FAILED: 2 } as const;
