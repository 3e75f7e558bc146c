import { describe, expect, it } from 'vitest';
import { AudioDeviceError } from '../AudioDeviceError';
import type { AudioDeviceInfo } from './AudioDeviceInfo';
import { selectDevice } from './selectDevice';

function dev(index: number, name: string, inCh: number, outCh: number, defIn = false, defOut = false): AudioDeviceInfo {
  return {
    index,
    name,
    hostApi: 'ALSA',
    maxInputChannels: inCh,
    maxOutputChannels: outCh,
    defaultSampleRate: 44100,
    defaultLowInputLatency: 0.0087,
    defaultLowOutputLatency: 0.0087,
    defaultHighInputLatency: 0.0348,
    defaultHighOutputLatency: 0.0348,
    isDefaultInput: defIn,
    isDefaultOutput: defOut,
  };
}

const devices = [
  dev(0, 'HDA Intel PCH: ALC3246 Analog (hw:0,0)', 2, 2),
  dev(1, 'HDMI 0 (hw:0,3)', 0, 8),
  dev(2, 'pulse', 32, 32),
  dev(3, 'pulse monitor', 2, 0),
  dev(4, 'default', 32, 32, true, true),
];

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return err instanceof AudioDeviceError ? err.code : `not an AudioDeviceError: ${String(err)}`;
  }
  return undefined;
}

describe('selectDevice', () => {
  it('picks the default device of each direction when none is named', () => {
    expect(selectDevice('adc', 'device', devices, undefined, 'input').index).toBe(4);
    expect(selectDevice('dac', 'device', devices, undefined, 'output').index).toBe(4);
  });

  it('picks by index', () => {
    expect(selectDevice('adc', 'device', devices, 0, 'input').index).toBe(0);
    expect(selectDevice('dac', 'device', devices, 1, 'output').index).toBe(1);
  });

  it('picks by case-insensitive substring, exact names first, skipping devices without channels', () => {
    expect(selectDevice('adc', 'device', devices, 'alc3246', 'input').index).toBe(0);
    expect(selectDevice('adc', 'device', devices, 'PULSE', 'input').index).toBe(2); // exact beats 'pulse monitor'
    expect(selectDevice('adc', 'device', devices, 'monitor', 'input').index).toBe(3);
    expect(selectDevice('dac', 'device', devices, 'hdmi', 'output').index).toBe(1);
    expect(codeOf(() => selectDevice('adc', 'device', devices, 'hdmi', 'input'))).toBe('UNKNOWN_DEVICE');
  });

  it('rejects unknown indices and names with a message listing the devices', () => {
    for (const sel of [7, -1, 1.5, 'no such card', '  ']) {
      expect(codeOf(() => selectDevice('adc', 'device', devices, sel, 'input'))).toBe('UNKNOWN_DEVICE');
    }
    expect(codeOf(() => selectDevice('adc', 'device', devices, 1, 'input'))).toBe('UNKNOWN_DEVICE'); // HDMI: no input
    try {
      selectDevice('adc', 'inDevice', devices, 'no such card', 'input');
      expect.unreachable();
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toMatch(/^adc: no input device matches inDevice "no such card"/);
      for (const d of devices) expect(msg).toContain(`[${d.index}] ${d.name}`);
    }
  });

  it('reports a missing default device', () => {
    const noDefaults = devices.map((d) => ({ ...d, isDefaultInput: false, isDefaultOutput: false }));
    expect(codeOf(() => selectDevice('adc', 'device', noDefaults, undefined, 'input'))).toBe('NO_DEFAULT_DEVICE');
    expect(codeOf(() => selectDevice('adc', 'device', [], undefined, 'input'))).toBe('NO_DEFAULT_DEVICE');
  });
});
