/**
 * Framed throughput timed by CPU time as well as wall time (the python twins do the same with
 * `time.process_time()` and `time.perf_counter()`): on a shared, loaded machine the wall time of a pass
 * mostly measures how long the scheduler kept the process waiting, while the CPU time the process used
 * measures the work. One untimed warm-up pass, then the best (minimum) of `reps` passes of each clock,
 * the state reset before each pass. The CPU time includes every thread of the process (V8's garbage
 * collector and compiler threads count against us).
 */
export function bestPassTimes(reps: number, reset: () => void, pass: () => void): { cpu: number; wall: number } {
  reset();
  pass(); // warm-up (JIT)
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    reset();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    pass();
    const w = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
    wall = Math.min(wall, w);
  }
  return { cpu, wall };
}
