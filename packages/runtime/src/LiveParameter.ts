import { checkFinite, checkOptions, checkPositive, describeValue } from '@rxdsp/core';
import { BehaviorSubject } from 'rxjs';

/**
 * A parameter of a running example that can change while audio streams (a gain, a
 * pan position, an equaliser band): the `ipywidgets` slider of the course, as a
 * `BehaviorSubject` the pipeline subscribes to. The CLI's panel draws one slider per
 * live parameter and pushes every accepted value into `value$`; the pipeline applies
 * it at the next frame boundary.
 */
export interface LiveParameter {
  /** Identifier used on the command line and in panel messages (`gainLeftDb`). */
  readonly name: string;
  /** Human label for the panel (`Left gain`). */
  readonly label: string;
  /** Unit shown beside the value (`dB`, `%`). */
  readonly unit: string;
  /** Smallest accepted value. */
  readonly min: number;
  /** Largest accepted value. */
  readonly max: number;
  /** Slider step. */
  readonly step: number;
  /** Current value; `next` only values accepted by {@link checkParameterValue}. */
  readonly value$: BehaviorSubject<number>;
}

/** Options of {@link liveParameter}: the parameter's description and its initial value (in [min, max]). */
export interface LiveParameterOptions extends Omit<LiveParameter, 'value$'> {
  readonly initial: number;
}

/**
 * Creates a live parameter with its `BehaviorSubject`, checking that `min < max`,
 * `step > 0` and `min ≤ initial ≤ max`.
 *
 * ## Example
 * ```ts
 * const gainDb = liveParameter({ name: 'gainDb', label: 'Gain', unit: 'dB', min: -20, max: 20, step: 0.5, initial: 0 });
 * gainDb.value$.next(-6);
 * ```
 */
export function liveParameter(opts: LiveParameterOptions): LiveParameter {
  const { name, label, unit, min, max, step, initial } = checkOptions('liveParameter', opts);
  if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    throw new TypeError(`liveParameter: name must be an identifier, got ${describeValue(name)}`);
  }
  const fn = `liveParameter(${name})`;
  checkFinite(fn, 'min', min);
  checkFinite(fn, 'max', max);
  if (!(min < max)) throw new RangeError(`${fn}: min must be < max, got min=${describeValue(min)}, max=${describeValue(max)}`);
  checkPositive(fn, 'step', step);
  checkFinite(fn, 'initial', initial);
  if (!(initial >= min && initial <= max)) {
    throw new RangeError(`${fn}: initial must be in [${min}, ${max}], got ${describeValue(initial)}`);
  }
  return { name, label, unit, min, max, step, value$: new BehaviorSubject(initial) };
}

/**
 * Checks a value proposed for a live parameter (from a panel message or the command
 * line); returns an error message, or `undefined` when the value is acceptable.
 */
export function checkParameterValue(p: LiveParameter, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `parameter ${p.name}: value must be a finite number, got ${JSON.stringify(value)}`;
  }
  if (value < p.min || value > p.max) {
    return `parameter ${p.name}: value ${value} is out of range [${p.min}, ${p.max}] ${p.unit}`.trimEnd();
  }
  return undefined;
}
