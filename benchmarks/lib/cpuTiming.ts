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

/** What {@link timePasses} measures: seconds per pass (best CPU, best wall) and per frame (best window). */
export interface PassTimes {
  cpu: number;
  wall: number;
  /** CPU seconds per frame of the cheapest window. */
  window: number;
}

/**
 * Times `reps` passes (after a warm-up pass) like {@link bestPassTimes}, and also the per-frame CPU time of
 * the least disturbed stretch: a pass calls `tick()` after each frame; after the first `skipFrames` frames
 * (start-up, and the time a capture buffer takes to fill), every `windowFrames` frames close a window, and
 * the cheapest window's CPU time per frame is kept over all passes. On a loaded machine a whole pass always
 * includes other processes' bursts (which flush the caches and add to our CPU time); a window of a few
 * milliseconds often does not. The python twins use the same windows (`best_of` in `pipelines.py`).
 */
export function timePasses(
  reps: number,
  reset: () => void,
  pass: (tick: () => void) => void,
  windowFrames = 64,
  skipFrames = 96,
): PassTimes {
  const out: PassTimes = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY, window: Number.POSITIVE_INFINITY };
  for (let r = 0; r <= reps; r++) {
    reset();
    let frame = 0;
    let start = 0;
    const tick = () => {
      frame++;
      if (frame === skipFrames) start = cpuMicros();
      else if (frame > skipFrames && (frame - skipFrames) % windowFrames === 0) {
        const now = cpuMicros();
        if (r > 0) out.window = Math.min(out.window, (now - start) / 1e6 / windowFrames); // pass 0 is the warm-up
        start = now;
      }
    };
    const c0 = cpuMicros();
    const t0 = process.hrtime.bigint();
    pass(tick);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = (cpuMicros() - c0) / 1e6;
    if (r > 0) {
      out.cpu = Math.min(out.cpu, cpu);
      out.wall = Math.min(out.wall, wall);
    }
  }
  return out;
}

function cpuMicros(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}
