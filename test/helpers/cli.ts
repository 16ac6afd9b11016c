import { runCli } from "../../src/cli/program.js";
import type { CliIO } from "../../src/cli/io.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function runCorroborate(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env: {} };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
