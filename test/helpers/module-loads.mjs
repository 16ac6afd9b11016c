// `node --import ./test/helpers/module-loads.mjs …`: the modules a process loads, one file URL a
// line, appended to the file named by $MODULE_LOADS_FILE, so tests can check that a command loads
// only what it needs. ES modules are noted as they load, in every thread (hooks run apart from the
// code they watch, so a file is the way back); CommonJS modules (commander, a model loaded with
// require) as the process exits, from the main thread's require cache; and Node's own modules the
// main thread loaded, as node:NAME (node:child_process), however they were asked for.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
import { isMainThread } from "node:worker_threads";

const file = process.env.MODULE_LOADS_FILE;
if (file) {
  register(new URL("./module-loads-hooks.mjs", import.meta.url), { data: { file } });
  const required = createRequire(import.meta.url).cache;
  const builtins = () => process.moduleLoadList.filter((entry) => entry.startsWith("NativeModule ")).map((entry) => `node:${entry.slice("NativeModule ".length)}`);
  const urls = () => [...Object.keys(required).map((path) => pathToFileURL(path).href), ...builtins()];
  if (isMainThread) process.on("exit", () => appendFileSync(file, urls().map((url) => `${url}\n`).join("")));
}
