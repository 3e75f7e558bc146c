// Internal stage 4 of the Parks–McClellan design (liquid-dsp's firdespm_iext_search): the Remez exchange, which
// moves the reference set onto the extrema of the weighted error.
import type { RemezGrid } from './remezGrid';
import type { RemezInterpolation } from './remezInterpolation';

/**
 * One exchange of McClellan, Parks and Rabiner's program: each extremal frequency moves to the local maximum of the
 * signed weighted error next to it (the sign alternating from one to the next), then one frequency is exchanged if the
 * error is larger below the first or above the last (the last or the first one is dropped).
 *
 * The search walks the grid from each extremal, keeping the best signed error seen so far; it evaluates `err` only
 * where it looks.
 *
 * @param grid - The grid of the design.
 * @param iext - Extremal frequencies as increasing grid indices, 1-based, `nfcns + 3` entries (the last one is
 *   scratch); updated in place.
 * @param interp - The interpolant of the current reference set (its deviation δ and sign ν).
 * @param err - The weighted error of that interpolant by grid index (`remezError`).
 * @returns The number of extremal frequencies that changed: 0 when the exchange has converged.
 */
export function remezExtremalSearch(
  grid: RemezGrid,
  iext: Int32Array,
  interp: RemezInterpolation,
  err: (l: number) => number,
): number {
  const { ngrid, nfcns } = grid;
  const { dev, nu } = interp;
  const nz = nfcns + 1;
  const nzz = nfcns + 2;
  iext[nzz] = ngrid + 1;
  // the best signed error seen so far, and the sign the current extremal's error should have
  let comp = 0;
  let nut = 1;
  // Local searches: climb from l while the signed error keeps growing; return the last index that grew.
  const climbUp = (l: number, kup: number): number => {
    for (;;) {
      l++;
      if (l >= kup) return l - 1;
      const e = nut * err(l);
      if (e - comp <= 0) return l - 1;
      comp = e;
    }
  };
  const climbDown = (l: number, klow: number): number => {
    for (;;) {
      l--;
      if (l <= klow) return l + 1;
      const e = nut * err(l);
      if (e - comp <= 0) return l + 1;
      comp = e;
    }
  };

  let jchnge = 0;
  let k1 = iext[1] as number;
  let knz = iext[nz] as number;
  let klow = 0;
  let y1 = 0;
  nut = -nu;
  // Move each extremal frequency to the local maximum of the signed error next to it.
  for (let e = 1; e <= nz; e++) {
    const kup = iext[e + 1] as number;
    nut = -nut;
    if (e === 2) y1 = comp;
    comp = dev;
    const here = iext[e] as number;
    let l = here + 1;
    if (l < kup && nut * err(l) - comp > 0) {
      comp = nut * err(l);
      l = climbUp(l, kup);
      iext[e] = l;
      klow = l;
      jchnge++;
      continue;
    }
    // not rising above: look below (only one step once something has changed)
    let moved = false;
    for (l = here - 1; l > klow; l--) {
      const v = nut * err(l);
      if (v - comp > 0) {
        comp = v;
        iext[e] = climbDown(l, klow);
        klow = here;
        jchnge++;
        moved = true;
        break;
      }
      if (jchnge > 0) break;
    }
    if (moved) continue;
    if (l > klow) {
      // one step below did not grow and something changed before: keep this extremal
      klow = here;
      continue;
    }
    // reached the previous extremal going down
    if (jchnge > 0) {
      klow = here;
      jchnge++;
      continue;
    }
    // nothing has changed yet: scan the rest of the interval above
    let found = false;
    for (l = here + 2; l < kup; l++) {
      const v = nut * err(l);
      if (v - comp > 0) {
        comp = v;
        found = true;
        break;
      }
    }
    if (found) {
      l = climbUp(l, kup);
      iext[e] = l;
      klow = l;
      jchnge++;
    } else {
      klow = here;
    }
  }
  const ynz = comp;

  // Look for a larger error below the first and above the last extremal frequency.
  k1 = Math.min(k1, iext[1] as number);
  knz = Math.max(knz, iext[nz] as number);
  const nutLast = nut;
  nut = -nu;
  comp = ynz * 1.00001;
  let foundBelow = false;
  for (let l = 1; l < k1; l++) {
    const v = nut * err(l);
    if (v - comp > 0) {
      comp = v;
      iext[nzz] = climbUp(l, k1);
      jchnge++;
      foundBelow = true;
      break;
    }
  }
  if (foundBelow) {
    if (comp > y1) y1 = comp;
    k1 = iext[nzz] as number;
  }
  nut = -nutLast;
  comp = y1 * 1.00001;
  for (let l = ngrid; l > knz; l--) {
    const v = nut * err(l);
    if (v - comp > 0) {
      comp = v;
      iext[nzz] = climbDown(l, knz);
      // drop the first extremal frequency, append the new one above the last
      const kn = iext[nzz] as number;
      for (let k = 1; k <= nfcns; k++) iext[k] = iext[k + 1] as number;
      iext[nz] = kn;
      return jchnge + 1;
    }
  }
  if (foundBelow) {
    // drop the last extremal frequency, prepend the new one below the first
    for (let k = nz; k >= 2; k--) iext[k] = iext[k - 1] as number;
    iext[1] = k1;
  }
  return jchnge;
}
