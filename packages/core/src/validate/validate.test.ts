import { describe, expect, it } from 'vitest';
import {
  checkBoolean,
  checkComplexList,
  checkFinite,
  checkFiniteVector,
  checkInt,
  checkNonNegative,
  checkOneOf,
  checkOptions,
  checkOutputBuffer,
  checkPositive,
  checkSignal,
  describeValue,
} from './validate';
import * as core from '../index';

/** The error `f` throws (fails the test when it does not throw). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('describeValue', () => {
  it('quotes strings, lists short arrays, abbreviates long ones, names typed arrays', () => {
    expect(describeValue('hann')).toBe('"hann"');
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([1, 'a'])).toBe('[1, "a"]');
    expect(describeValue([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('[1, 2, 3, 4, 5, 6, 7, 8, …]');
    expect(describeValue(new Float32Array(3))).toBe('Float32Array(3)');
    expect(describeValue(() => 1)).toBe('function');
    expect(describeValue({})).toBe('[object Object]');
    expect(describeValue(3n)).toBe('3n');
  });
});

describe('number checks', () => {
  it('return the value when it is accepted', () => {
    expect(checkFinite('f', 'x', -1.5)).toBe(-1.5);
    expect(checkPositive('f', 'x', 1e-9)).toBe(1e-9);
    expect(checkNonNegative('f', 'x', 0)).toBe(0);
    expect(checkInt('f', 'x', 1)).toBe(1);
    expect(checkInt('f', 'x', -7, Number.NEGATIVE_INFINITY)).toBe(-7);
    expect(checkInt('f', 'x', 5, 0, 5)).toBe(5);
  });

  it('throw TypeError naming function, parameter and value for a non-number', () => {
    for (const check of [checkFinite, checkPositive, checkNonNegative, checkInt]) {
      const e = thrown(() => check('myOp', 'cutoffHz', '100'));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toBe('myOp: cutoffHz must be a number, got "100"');
    }
    expect(thrown(() => checkFinite('myOp', 'g', null)).message).toBe('myOp: g must be a number, got null');
  });

  it('throw RangeError naming function, parameter and value for a value out of range', () => {
    const cases: [() => unknown, string][] = [
      [() => checkFinite('gain', 'gainDb', NaN), 'gain: gainDb must be a finite number, got NaN'],
      [() => checkFinite('gain', 'gainDb', Infinity), 'gain: gainDb must be a finite number, got Infinity'],
      [() => checkPositive('tone', 'sampleRate', 0), 'tone: sampleRate must be a finite number > 0, got 0'],
      [() => checkPositive('tone', 'sampleRate', Infinity), 'tone: sampleRate must be a finite number > 0, got Infinity'],
      [() => checkNonNegative('takeSeconds', 'seconds', -1), 'takeSeconds: seconds must be a finite number ≥ 0, got -1'],
      [() => checkInt('reframe', 'size', 2.5), 'reframe: size must be an integer ≥ 1, got 2.5'],
      [() => checkInt('reframe', 'size', 0), 'reframe: size must be an integer ≥ 1, got 0'],
      [() => checkInt('f', 'gain', 600, 0, 500), 'f: gain must be an integer in 0 … 500, got 600'],
      [() => checkInt('f', 'shift', 0.5, Number.NEGATIVE_INFINITY), 'f: shift must be an integer, got 0.5'],
      [() => checkInt('f', 'shift', 9, Number.NEGATIVE_INFINITY, 8), 'f: shift must be an integer ≤ 8, got 9'],
    ];
    for (const [f, message] of cases) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(RangeError);
      expect(e.message).toBe(message);
    }
  });
});

describe('checkBoolean', () => {
  it('accepts booleans and rejects anything else with a TypeError', () => {
    expect(checkBoolean('welch', 'returnOnesided', false)).toBe(false);
    const e = thrown(() => checkBoolean('welch', 'returnOnesided', 1));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('welch: returnOnesided must be a boolean, got 1');
  });
});

describe('checkOneOf', () => {
  it('accepts a listed value, including null and false', () => {
    expect(checkOneOf('pan', 'law', 'linear', ['linear', 'constantPower'])).toBe('linear');
    expect(checkOneOf('f', 'padtype', null, ['odd', null])).toBeNull();
    expect(checkOneOf('welch', 'detrend', false, ['constant', 'linear', false])).toBe(false);
  });

  it('throws RangeError for a value of the right type that is not listed', () => {
    const e = thrown(() => checkOneOf('pan', 'law', 'equal', ['linear', 'constantPower']));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe("pan: law must be one of 'linear', 'constantPower', got \"equal\"");
  });

  it('throws TypeError for a value of none of the listed types', () => {
    const e = thrown(() => checkOneOf('pan', 'law', 3, ['linear', 'constantPower']));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("pan: law must be one of 'linear', 'constantPower', got 3");
    expect(thrown(() => checkOneOf('f', 'padtype', undefined, ['odd', null]))).toBeInstanceOf(TypeError);
  });
});

describe('checkOptions', () => {
  it('accepts an object, and undefined only when optional', () => {
    const o = { a: 1 };
    expect(checkOptions('f', o)).toBe(o);
    expect(checkOptions('f', undefined, { optional: true })).toEqual({});
  });

  it('throws TypeError for null, a primitive, an array, or a missing required object', () => {
    for (const v of [null, 3, 'x', [1], undefined]) {
      const e = thrown(() => checkOptions('resample', v as object));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toBe(`resample: options must be an object, got ${describeValue(v)}`);
    }
    expect(thrown(() => checkOptions('f', null as unknown as object, { optional: true }))).toBeInstanceOf(TypeError);
  });
});

describe('checkFiniteVector', () => {
  it('returns a Float64Array copy of plain and typed arrays', () => {
    const src = [1, 2, 3];
    const out = checkFiniteVector('f', 'b', src);
    expect(out).toEqual(Float64Array.from(src));
    src[0] = 9;
    expect(out[0]).toBe(1);
    expect(checkFiniteVector('f', 'b', new Float32Array([0.5]))).toEqual(Float64Array.of(0.5));
    expect(checkFiniteVector('f', 'b', 2, { scalar: true })).toEqual(Float64Array.of(2));
    expect(checkFiniteVector('f', 'zi', [], { allowEmpty: true })).toEqual(new Float64Array(0));
  });

  it('throws TypeError for a non-array, a scalar without scalar, and a non-number element', () => {
    const cases: [unknown, string][] = [
      [null, 'firFilter: taps must be an array of numbers, got null'],
      [3, 'firFilter: taps must be an array of numbers, got 3'],
      ['abc', 'firFilter: taps must be an array of numbers, got "abc"'],
      [[1, null], 'firFilter: taps[1] must be a number, got null'],
      [[1, '2'], 'firFilter: taps[1] must be a number, got "2"'],
    ];
    for (const [v, message] of cases) {
      const e = thrown(() => checkFiniteVector('firFilter', 'taps', v));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toBe(message);
    }
    expect(thrown(() => checkFiniteVector('f', 'b', new BigInt64Array(1)))).toBeInstanceOf(TypeError);
  });

  it('throws RangeError for an empty array, a non-finite element and a wrong length', () => {
    const cases: [() => unknown, string][] = [
      [() => checkFiniteVector('firFilter', 'taps', []), 'firFilter: taps must not be empty, got []'],
      [() => checkFiniteVector('firFilter', 'taps', [1, NaN]), 'firFilter: taps[1] must be a finite number, got NaN'],
      [() => checkFiniteVector('lfilter', 'zi', [0, 0, 0], { length: 2 }), 'lfilter: zi has length 3, expected 2'],
      [() => checkFiniteVector('lfilter', 'zi', [], { length: 2 }), 'lfilter: zi has length 0, expected 2'],
    ];
    for (const [f, message] of cases) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(RangeError);
      expect(e.message).toBe(message);
    }
  });
});

describe('checkSignal', () => {
  it('returns the signal itself, NaN samples allowed', () => {
    const x = [1, NaN, 3];
    expect(checkSignal('lfilter', 'x', x)).toBe(x);
    const y = new Int16Array(2);
    expect(checkSignal('lfilter', 'x', y)).toBe(y);
    expect(checkSignal('lfilter', 'x', [])).toEqual([]);
  });

  it('throws TypeError for a non-array or a non-number element, RangeError for an empty signal when it must not be', () => {
    expect(thrown(() => checkSignal('lfilter', 'x', 'abc')).message).toBe('lfilter: x must be an array of numbers, got "abc"');
    const e = thrown(() => checkSignal('lfilter', 'x', [0, undefined]));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('lfilter: x[1] must be a number, got undefined');
    const r = thrown(() => checkSignal('welch', 'x', new Float64Array(0), { allowEmpty: false }));
    expect(r).toBeInstanceOf(RangeError);
    expect(r.message).toBe('welch: x must not be empty, got Float64Array(0)');
  });
});

describe('checkComplexList', () => {
  it('copies { re, im } values and reads numbers as real', () => {
    const z = [{ re: 1, im: -1 }, 2];
    expect(checkComplexList('zpk2tf', 'z', z)).toEqual([{ re: 1, im: -1 }, { re: 2, im: 0 }]);
  });

  it('throws TypeError for a non-array or a malformed element, RangeError for a non-finite part', () => {
    expect(thrown(() => checkComplexList('zpk2tf', 'z', 1))).toBeInstanceOf(TypeError);
    const e = thrown(() => checkComplexList('zpk2tf', 'p', [{ re: 1 }]));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('zpk2tf: p[0] must be { re: number, im: number }, got { re: 1, im: undefined }');
    expect(thrown(() => checkComplexList('zpk2tf', 'p', [null])).message).toBe('zpk2tf: p[0] must be { re, im }, got null');
    const r = thrown(() => checkComplexList('zpk2tf', 'p', [{ re: 0, im: Infinity }]));
    expect(r).toBeInstanceOf(RangeError);
    expect(r.message).toBe('zpk2tf: p[0] must be finite, got 0 + Infinityi');
    expect(thrown(() => checkComplexList('zpk2tf', 'k', [NaN]))).toBeInstanceOf(RangeError);
  });
});

describe('checkOutputBuffer', () => {
  it('accepts a long enough float buffer', () => {
    expect(() => checkOutputBuffer('FirKernel.process', new Float32Array(4), 4)).not.toThrow();
  });

  it('throws TypeError for another type and RangeError for a short buffer', () => {
    const e = thrown(() => checkOutputBuffer('FirKernel.process', [0, 0], 2));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('FirKernel.process: output must be a Float64Array or Float32Array, got [0, 0]');
    const r = thrown(() => checkOutputBuffer('FirKernel.process', new Float64Array(1), 2));
    expect(r).toBeInstanceOf(RangeError);
    expect(r.message).toBe('FirKernel.process: output has length 1, expected at least 2 (the input length)');
  });
});

describe('@rxdsp/core exports the checks by name', () => {
  it('every check is a function of the package entry', () => {
    for (const name of [
      'checkBoolean', 'checkComplexList', 'checkFinite', 'checkFiniteVector', 'checkInt', 'checkNonNegative',
      'checkOneOf', 'checkOptions', 'checkOutputBuffer', 'checkPositive', 'checkSignal', 'describeValue',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
