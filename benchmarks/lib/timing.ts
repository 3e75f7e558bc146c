/**
 * Framed throughput, timed the same way on both sides (each suite's .py twin does the same with
 * time.perf_counter): for each repetition the state is reset, every frame of the signal is
 * processed in order with the state carried, and the whole pass is timed with a monotonic clock.
 * The best (minimum) pass time counts, after one untimed warm-up pass.
 */
export function bestPassSeconds(reps: number, reset: () => void, pass: () => void): number {
  reset();
  pass(); // warm-up (JIT)
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    reset();
    const t0 = process.hrtime.bigint();
    pass();
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (dt < best) best = dt;
  }
  return best;
}

/** Millions of samples per second. */
export const msps = (samples: number, seconds: number): number => samples / seconds / 1e6;

/**
 * Best pass times of several variants measured in alternation (A, B, A, B, …) so that a change of machine
 * load affects all of them alike; used to take small differences (operator overhead) between variants.
 */
export function interleavedBestSeconds(reps: number, variants: { reset: () => void; pass: () => void }[]): number[] {
  const best = variants.map(() => Number.POSITIVE_INFINITY);
  for (const v of variants) {
    v.reset();
    v.pass(); // warm-up
  }
  for (let r = 0; r < reps; r++) {
    variants.forEach((v, i) => {
      v.reset();
      const t0 = process.hrtime.bigint();
      v.pass();
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      if (dt < (best[i] as number)) best[i] = dt;
    });
  }
  return best;
}
