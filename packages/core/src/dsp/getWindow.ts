import { bartlett } from './windows/bartlett';
import { blackman } from './windows/blackman';
import { blackmanharris } from './windows/blackmanharris';
import { boxcar } from './windows/boxcar';
import { flattop } from './windows/flattop';
import { gaussian } from './windows/gaussian';
import { hamming } from './windows/hamming';
import { hann } from './windows/hann';
import { kaiser } from './windows/kaiser';
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
  | 'tukey';

/**
 * A window as scipy's `get_window` accepts it: a name (`'hann'`, or an alias such as `'rect'`, with an optional
 * `_periodic` / `_symmetric` suffix), a `[name, parameter]` pair (`['kaiser', 8.6]`, `['gaussian', 7]`,
 * `['tukey', 0.25]`), or a bare number, which means a Kaiser window with that β.
 *
 * ## Example
 * ```ts
 * import { getWindow, type WindowSpec } from '@rxdsp/core';
 * const specs: WindowSpec[] = ['hann', 'rect', ['kaiser', 8.6], ['tukey', 0.25], 6.0];
 * const windows = specs.map((s) => getWindow(s, 256));
 * ```
 */
export type WindowSpec = WindowName | (string & {}) | number | readonly [string, number];

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

type Param = 'none' | 'required' | 'optional';
interface Entry {
  readonly param: Param;
  readonly make: (n: number, p: number | undefined, sym: boolean) => Float64Array;
}

const plain =
  (f: (n: number, o: { sym: boolean }) => Float64Array): Entry['make'] =>
  (n, _p, sym) =>
    f(n, { sym });

const TABLE: ReadonlyArray<readonly [readonly string[], Entry]> = [
  [['boxcar', 'box', 'ones', 'rect', 'rectangular'], { param: 'none', make: plain(boxcar) }],
  [['triang', 'triangle', 'tri'], { param: 'none', make: plain(triang) }],
  [['bartlett', 'bart', 'brt'], { param: 'none', make: plain(bartlett) }],
  [['hann', 'han'], { param: 'none', make: plain(hann) }],
  [['hamming', 'hamm', 'ham'], { param: 'none', make: plain(hamming) }],
  [['blackman', 'black', 'blk'], { param: 'none', make: plain(blackman) }],
  [['blackmanharris', 'blackharr', 'bkh'], { param: 'none', make: plain(blackmanharris) }],
  [['flattop', 'flat', 'flt'], { param: 'none', make: plain(flattop) }],
  [['kaiser', 'ksr'], { param: 'required', make: (n, p, sym) => kaiser(n, p as number, { sym }) }],
  [['gaussian', 'gauss', 'gss'], { param: 'required', make: (n, p, sym) => gaussian(n, p as number, { sym }) }],
  [['tukey', 'tuk'], { param: 'optional', make: (n, p, sym) => tukey(n, p ?? 0.5, { sym }) }],
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
 * Names: boxcar, triang, bartlett, hann, hamming, blackman, blackmanharris, flattop (no parameter);
 * kaiser (β) and gaussian (σ in samples), which need a parameter: `['kaiser', 8.6]`; tukey, whose
 * parameter α is optional (default 0.5). scipy's aliases are accepted (`'rect'`, `'ham'`, `'ksr'` …),
 * as are the `_periodic` / `_symmetric` suffixes. A bare number `β` means `['kaiser', β]`.
 *
 * ## Example
 * ```ts
 * import { getWindow } from '@rxdsp/core';
 * const a = getWindow('hann', 1024);                         // periodic, for an STFT
 * const b = getWindow(['kaiser', 8.6], 101, { fftbins: false }); // symmetric, for FIR design
 * const c = getWindow(['tukey', 0.25], 256);
 * ```
 *
 * @param window - The window: name, `[name, parameter]` or a Kaiser β (see {@link WindowSpec}).
 * @param n - Window length in samples, an integer ≥ 1.
 * @param options - `fftbins` (default `true`): periodic (`true`) or symmetric (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError for a length that is not a positive integer, an unknown name, a missing parameter
 *   (kaiser, gaussian), a parameter given to a window that takes none, or an invalid parameter value.
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
  let param: number | undefined;
  if (typeof window === 'string') {
    name = window;
  } else if (Array.isArray(window) && typeof window[0] === 'string') {
    if (window.length > 2) {
      throw new RangeError(`getWindow: window ${JSON.stringify(window)} has ${window.length - 1} parameters, at most 1 is supported`);
    }
    name = window[0];
    param = window[1];
    if (window.length === 2 && (typeof param !== 'number' || !Number.isFinite(param))) {
      throw new RangeError(`getWindow: the parameter of window '${name}' must be a finite number, got ${String(param)}`);
    }
  } else {
    throw new TypeError(
      `getWindow: window must be a name, a [name, parameter] pair or a Kaiser β number, got ${JSON.stringify(window)}`,
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
  if (param !== undefined && entry.param === 'none') {
    throw new RangeError(`getWindow: window '${name}' takes no parameter, got ${JSON.stringify(window)}`);
  }
  if (param === undefined && entry.param === 'required') {
    throw new RangeError(`getWindow: window '${name}' needs a parameter; pass ['${base}', value]`);
  }
  return entry.make(n, param, sym);
}
