import { createRequire } from "node:module";

/**
 * commander, loaded with require: it is CommonJS, and an ESM import of it first scans its whole
 * source for export names (cjs-module-lexer), about 15 ms of every start-up, --help included.
 */
const commander = createRequire(import.meta.url)("commander") as typeof import("commander");

export const { Command, CommanderError, InvalidArgumentError, Option } = commander;
export type Command = import("commander").Command;
export type CommanderError = import("commander").CommanderError;
export type InvalidArgumentError = import("commander").InvalidArgumentError;
export type Option = import("commander").Option;
