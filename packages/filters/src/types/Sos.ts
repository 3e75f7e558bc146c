/**
 * Second-order sections: one row `[b0, b1, b2, a0, a1, a2]` per biquad, applied in order
 * (scipy's `sos` array, shape (sections, 6)). The one type for sections in rxdsp: the designs
 * (`butter(…, { output: 'sos' })`, `zpk2sos`, `tf2sos`, `cascade`) return `Sos<number[]>`, plain
 * JSON-serialisable arrays with `a0 = 1`; the kernels, operators and helpers that take sections
 * (`sosfilt`, `sosfiltZi`, `sosfiltfilt`, `SosFilterKernel`, `sosFilter`, `sosfreqz`) accept any
 * `Sos`: read-only rows of any array type (`number[]`, `Float64Array` …).
 *
 * ## Example
 * ```ts
 * import { butter, sosfilt, type Sos } from '@rxdsp/filters';
 * const sos: Sos<number[]> = butter(4, 0.2, { output: 'sos' });
 * const rows: Sos = sos.map((r) => Float64Array.from(r));
 * sosfilt(rows, new Float64Array(16).fill(1));
 * ```
 *
 * @typeParam Row the type of one section's six coefficients (default: any array-like of numbers).
 */
export type Sos<Row extends ArrayLike<number> = ArrayLike<number>> = readonly Row[];

/**
 * The sections the designs return: `Sos<number[]>`. Kept as an alias of {@link Sos} for code
 * written against its earlier name.
 *
 * @deprecated use `Sos<number[]>` (or `Sos` for an input).
 */
export type SosSections = Sos<number[]>;
