import { barthann } from './windows/barthann';
import { bartlett } from './windows/bartlett';
import { blackman } from './windows/blackman';
import { blackmanharris } from './windows/blackmanharris';
import { bohman } from './windows/bohman';
import { boxcar } from './windows/boxcar';
import { chebwin } from './windows/chebwin';
import { cosine } from './windows/cosine';
import { dpss } from './windows/dpss';
import { exponential } from './windows/exponential';
import { flattop } from './windows/flattop';
import { gaussian } from './windows/gaussian';
import { generalCosine } from './windows/generalCosine';
import { generalGaussian } from './windows/generalGaussian';
import { generalHamming } from './windows/generalHamming';
import { hamming } from './windows/hamming';
import { hann } from './windows/hann';
import { kaiser } from './windows/kaiser';
import { kaiserBesselDerived } from './windows/kaiserBesselDerived';
import { lanczos } from './windows/lanczos';
import { nuttall } from './windows/nuttall';
import { parzen } from './windows/parzen';
import { taylor } from './windows/taylor';
import { triang } from './windows/triang';
import { tukey } from './windows/tukey';

/**
 * Canonical names of the windows {@link getWindow} knows.
 *
 * ## Example
 * ```ts
 * import { getWindow, type WindowName } from '@rxdsp/core';
 * const name: WindowName = 'blackmanharris';
 * const w = getWindow(name, 2048);
 * ```
 */
export type WindowName =
  | 'boxcar'
  | 'triang'
  | 'bartlett'
  | 'hann'
  | 'hamming'
  | 'blackman'
  | 'blackmanharris'
  | 'flattop'
  | 'kaiser'
  | 'gaussian'
  | 'tukey'
  | 'barthann'
  | 'bohman'
  | 'chebwin'
  | 'cosine'
  | 'dpss'
  | 'exponential'
  | 'general_cosine'
  | 'general_gaussian'
  | 'general_hamming'
  | 'kaiser_bessel_derived'
  | 'lanczos'
  | 'nuttall'
  | 'parzen'
  | 'taylor';

/**
 * One parameter of a window in a {@link WindowSpec} tuple: a number (β, σ, α, attenuation …), a list of numbers
 * (`general_cosine`'s weights), a boolean (`taylor`'s `norm`) or `null` (`exponential`'s default centre).
 *
 * ## Example
 * ```ts
 * import type { WindowParam } from '@rxdsp/core';
 * const params: WindowParam[] = [4, 35, false]; // taylor: nbar, sll, norm
 * ```
 */
export type WindowParam = number | boolean | null | readonly number[];

/**
 * A window as scipy's `get_window` accepts it: a name (`'hann'`, or an alias such as `'rect'`, with an optional
 * `_periodic` / `_symmetric` suffix), a tuple of the name and its parameters in scipy's order (`['kaiser', 8.6]`,
 * `['gaussian', 7]`, `['tukey', 0.25]`, `['chebwin', 100]`, `['dpss', 3]`, `['general_gaussian', 1.5, 7]`,
 * `['general_cosine', [1, 1.94, 1.34]]`, `['taylor', 4, 30, true]`, `['exponential', null, 3]`), or a bare number,
 * which means a Kaiser window with that β.
 *
 * ## Example
 * ```ts
 * import { getWindow, type WindowSpec } from '@rxdsp/core';
 * const specs: WindowSpec[] = ['hann', 'rect', ['kaiser', 8.6], ['tukey', 0.25], 6.0];
 * const windows = specs.map((s) => getWindow(s, 256));
 * ```
 */
export type WindowSpec = WindowName | (string & {}) | number | readonly [string, ...WindowParam[]];

/**
 * Options of {@link getWindow}.
 *
 * ## Example
 * ```ts
 * import { getWindow } from '@rxdsp/core';
 * const symmetric = getWindow('hamming', 101, { fftbins: false });
 * ```
 */
export interface GetWindowOptions {
  /**
   * `true` (default): the periodic window, for FFT analysis; `false`: the symmetric window, for filter design
   * (scipy's `fftbins`). A `_periodic` / `_symmetric` suffix on the name overrides it.
   */
  readonly fftbins?: boolean;
}

interface Entry {
  /** Fewest and most parameters the tuple form may carry after the name. */
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly make: (n: number, args: readonly WindowParam[], sym: boolean, name: string) => Float64Array;
}

const plain = (f: (n: number, o: { sym: boolean }) => Float64Array): Entry => ({
  minArgs: 0,
  maxArgs: 0,
  make: (n, _args, sym) => f(n, { sym }),
});

/** The parameter at `i` as a finite number (or `fallback` when absent). */
function num(name: string, args: readonly WindowParam[], i: number, what: string, fallback?: number): number {
  const v = args[i];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new RangeError(`getWindow: parameter ${i + 1} of window '${name}' (${what}) must be a finite number, got ${JSON.stringify(v)}`);
  }
  return v;
}

const TABLE: ReadonlyArray<readonly [readonly string[], Entry]> = [
  [['boxcar', 'box', 'ones', 'rect', 'rectangular'], plain(boxcar)],
  [['triang', 'triangle', 'tri'], plain(triang)],
  [['bartlett', 'bart', 'brt'], plain(bartlett)],
  [['hann', 'han'], plain(hann)],
  [['hamming', 'hamm', 'ham'], plain(hamming)],
  [['blackman', 'black', 'blk'], plain(blackman)],
  [['blackmanharris', 'blackharr', 'bkh'], plain(blackmanharris)],
  [['flattop', 'flat', 'flt'], plain(flattop)],
  [['barthann', 'brthan', 'bth'], plain(barthann)],
  [['bohman', 'bman', 'bmn'], plain(bohman)],
  [['cosine', 'halfcosine'], plain(cosine)],
  [['lanczos', 'sinc'], plain(lanczos)],
  [['nuttall', 'nutl', 'nut'], plain(nuttall)],
  [['parzen', 'parz', 'par'], plain(parzen)],
  [['kaiser', 'ksr'], { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => kaiser(n, num(nm, a, 0, 'β'), { sym }) }],
  [['gaussian', 'gauss', 'gss'], { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => gaussian(n, num(nm, a, 0, 'σ'), { sym }) }],
  [['tukey', 'tuk'], { minArgs: 0, maxArgs: 1, make: (n, a, sym, nm) => tukey(n, num(nm, a, 0, 'α', 0.5), { sym }) }],
  [['chebwin', 'cheb'], { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => chebwin(n, num(nm, a, 0, 'attenuation in dB'), { sym }) }],
  [['dpss'], { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => dpss(n, num(nm, a, 0, 'NW'), { sym }) }],
  [
    ['exponential', 'poisson'],
    {
      minArgs: 0,
      maxArgs: 2,
      make: (n, a, sym, nm) =>
        exponential(n, {
          sym,
          ...(a[0] === undefined || a[0] === null ? {} : { center: num(nm, a, 0, 'center') }),
          tau: num(nm, a, 1, 'tau', 1),
        }),
    },
  ],
  [
    ['general_cosine', 'general cosine'],
    {
      minArgs: 1,
      maxArgs: 1,
      make: (n, a, sym, nm) => {
        const weights = a[0];
        if (!Array.isArray(weights)) {
          throw new RangeError(`getWindow: window '${nm}' takes one parameter, the list of cosine weights, got ${JSON.stringify(weights)}`);
        }
        return generalCosine(n, weights as readonly number[], { sym });
      },
    },
  ],
  [
    ['general_gaussian', 'general gaussian', 'general gauss', 'general_gauss', 'ggs'],
    { minArgs: 2, maxArgs: 2, make: (n, a, sym, nm) => generalGaussian(n, num(nm, a, 0, 'p'), num(nm, a, 1, 'sig'), { sym }) },
  ],
  [['general_hamming', 'general hamming'], { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => generalHamming(n, num(nm, a, 0, 'α'), { sym }) }],
  [
    ['kaiser_bessel_derived', 'kaiser bessel derived', 'kbd'],
    { minArgs: 1, maxArgs: 1, make: (n, a, sym, nm) => kaiserBesselDerived(n, num(nm, a, 0, 'β'), { sym }) },
  ],
  [
    ['taylor', 'taylorwin'],
    {
      minArgs: 0,
      maxArgs: 3,
      make: (n, a, sym, nm) => {
        const norm = a[2] ?? true;
        if (typeof norm !== 'boolean') {
          throw new RangeError(`getWindow: parameter 3 of window '${nm}' (norm) must be a boolean, got ${JSON.stringify(norm)}`);
        }
        return taylor(n, { nbar: num(nm, a, 0, 'nbar', 4), sllDb: num(nm, a, 1, 'sll in dB', 30), norm, sym });
      },
    },
  ],
];

const BY_NAME = new Map<string, Entry>();
for (const [names, entry] of TABLE) for (const name of names) BY_NAME.set(name, entry);

/**
 * All names and aliases {@link getWindow} accepts, for error messages and UIs.
 *
 * ## Example
 * ```ts
 * import { WINDOW_NAMES } from '@rxdsp/core';
 * WINDOW_NAMES.includes('ham'); // true
 * ```
 */
export const WINDOW_NAMES: readonly string[] = [...BY_NAME.keys()];

/**
 * Creates a window by name, as scipy's `signal.get_window` does: **periodic by default** (`fftbins: true`,
 * ready for FFT analysis), symmetric with `{ fftbins: false }` (for FIR design, what `firwin` uses).
 *
 * Names: boxcar, triang, bartlett, hann, hamming, blackman, blackmanharris, flattop, barthann, bohman, cosine,
 * lanczos, nuttall, parzen (no parameter); kaiser (β), gaussian (σ in samples), chebwin (attenuation in dB),
 * dpss (NW), general_hamming (α), kaiser_bessel_derived (β; symmetric only, so it needs `fftbins: false`),
 * general_gaussian (p, σ) and general_cosine (a list of weights), which need their parameters:
 * `['kaiser', 8.6]`, `['general_gaussian', 1.5, 7]`; tukey (α, default 0.5), exponential (centre or `null`, τ;
 * default centred, τ = 1) and taylor (nbar, sll dB, norm; default 4, 30, true), whose parameters are optional.
 * scipy's aliases are accepted (`'rect'`, `'ham'`, `'ksr'`, `'kbd'`, `'ggs'` …), as are the `_periodic` /
 * `_symmetric` suffixes. A bare number `β` means `['kaiser', β]`.
 *
 * ## Example
 * ```ts
 * import { getWindow } from '@rxdsp/core';
 * const a = getWindow('hann', 1024);                         // periodic, for an STFT
 * const b = getWindow(['kaiser', 8.6], 101, { fftbins: false }); // symmetric, for FIR design
 * const c = getWindow(['tukey', 0.25], 256);
 * ```
 *
 * @param window - The window: name, `[name, ...parameters]` or a Kaiser β (see {@link WindowSpec}).
 * @param n - Window length in samples, an integer ≥ 1.
 * @param options - `fftbins` (default `true`): periodic (`true`) or symmetric (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for a length that is not a positive integer, an unknown name, a missing parameter
 *   (kaiser, gaussian …), more parameters than the window takes, or an invalid parameter value.
 */
export function getWindow(window: WindowSpec, n: number, options: GetWindowOptions = {}): Float64Array {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`getWindow: n must be a positive integer (the window length in samples), got ${String(n)}`);
  }
  const fftbins = options.fftbins ?? true;
  if (typeof fftbins !== 'boolean') {
    throw new TypeError(`getWindow: options.fftbins must be a boolean, got ${String(fftbins)}`);
  }
  if (typeof window === 'number') {
    if (!Number.isFinite(window)) {
      throw new RangeError(`getWindow: a numeric window is a Kaiser β and must be finite, got ${window}`);
    }
    return kaiser(n, window, { sym: !fftbins });
  }
  let name: string;
  let args: readonly WindowParam[] = [];
  if (typeof window === 'string') {
    name = window;
  } else if (Array.isArray(window) && typeof window[0] === 'string') {
    name = window[0];
    args = window.slice(1) as WindowParam[];
  } else {
    throw new TypeError(
      `getWindow: window must be a name, a [name, ...parameters] tuple or a Kaiser β number, got ${JSON.stringify(window)}`,
    );
  }
  let sym = !fftbins;
  const lower = name.toLowerCase();
  let base = lower;
  if (lower.endsWith('_symmetric')) {
    sym = true;
    base = lower.slice(0, -'_symmetric'.length);
  } else if (lower.endsWith('_periodic')) {
    sym = false;
    base = lower.slice(0, -'_periodic'.length);
  }
  const entry = BY_NAME.get(base);
  if (entry === undefined) {
    throw new RangeError(`getWindow: unknown window name '${name}'; known names: ${WINDOW_NAMES.join(', ')}`);
  }
  if (args.length > entry.maxArgs) {
    throw new RangeError(
      entry.maxArgs === 0
        ? `getWindow: window '${name}' takes no parameter, got ${JSON.stringify(window)}`
        : `getWindow: window '${name}' takes at most ${entry.maxArgs} parameter(s), got ${args.length} in ${JSON.stringify(window)}`,
    );
  }
  if (args.length < entry.minArgs) {
    const what = entry.minArgs === 1 ? 'a parameter' : `${entry.minArgs} parameters`;
    throw new RangeError(`getWindow: window '${name}' needs ${what}; pass ['${base}', …], got ${JSON.stringify(window)}`);
  }
  return entry.make(n, args, sym, base);
}
