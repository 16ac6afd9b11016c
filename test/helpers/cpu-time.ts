/** CPU time (user + system) of `run`, in ms: on a loaded machine wall time measures the other processes. */
export function cpuTimed<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(started);
  return { result, ms: (user + system) / 1000 };
}
