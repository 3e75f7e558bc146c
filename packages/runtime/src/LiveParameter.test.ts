import { describe, expect, it } from 'vitest';
import { checkParameterValue, liveParameter } from './LiveParameter';

const ok = { name: 'gainDb', label: 'Gain', unit: 'dB', min: -20, max: 20, step: 0.5, initial: 0 };

describe('liveParameter', () => {
  it('creates the parameter with its initial value', () => {
    const p = liveParameter(ok);
    expect(p.value$.value).toBe(0);
    expect(checkParameterValue(p, 30)).toBe('parameter gainDb: value 30 is out of range [-20, 20] dB');
    expect(checkParameterValue(p, -6)).toBeUndefined();
  });

  it('checks its options with the wording of core\'s validation module', () => {
    expect(() => liveParameter(null as never)).toThrow(new TypeError('liveParameter: options must be an object, got null'));
    expect(() => liveParameter({ ...ok, name: '1x' })).toThrow(new TypeError('liveParameter: name must be an identifier, got "1x"'));
    expect(() => liveParameter({ ...ok, min: Number.NaN })).toThrow(new RangeError('liveParameter(gainDb): min must be a finite number, got NaN'));
    expect(() => liveParameter({ ...ok, max: '20' as never })).toThrow(new TypeError('liveParameter(gainDb): max must be a number, got "20"'));
    expect(() => liveParameter({ ...ok, min: 5, max: 5 })).toThrow(new RangeError('liveParameter(gainDb): min must be < max, got min=5, max=5'));
    expect(() => liveParameter({ ...ok, step: 0 })).toThrow(new RangeError('liveParameter(gainDb): step must be a finite number > 0, got 0'));
    expect(() => liveParameter({ ...ok, initial: 30 })).toThrow(new RangeError('liveParameter(gainDb): initial must be in [-20, 20], got 30'));
  });
});
