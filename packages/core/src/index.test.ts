import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('@rxdsp/core public API', () => {
  it('exports every source, operator, device and io function by name', () => {
    const functions = [
      // sources
      'fromSamples', 'loopAudio', 'tone', 'whiteNoise', 'chirp',
      // operators
      'reframe', 'toFloat', 'toInt16', 'clipCounter', 'gain', 'pan', 'mixChannels', 'selectChannels',
      'mergeChannels', 'process', 'processFrames', 'takeSeconds',
      // device boundary
      'interleave', 'deinterleave', 'simulatedDevice',
      // types' helpers
      'frameLength', 'createTimingRecord', 'markArrival', 'markDone', 'resetTimingRecord', 'operate',
    ];
    for (const name of functions) expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    expect(core.processFrames).toBe(core.process);
  });

  it('exports the error classes with their codes', () => {
    expect(new core.FrameFormatError('m')).toBeInstanceOf(core.RxdspError);
    expect([
      new core.FrameFormatError('m').code,
      new core.ParameterError('m').code,
      new core.FrameMismatchError('m').code,
      new core.WavFileError('WAV_READ', '/x.wav', 'm').code,
      new core.WavFileError('WAV_WRITE', '/x.wav', 'm').code,
    ]).toEqual(['FRAME_FORMAT', 'PARAMETER', 'FRAME_MISMATCH', 'WAV_READ', 'WAV_WRITE']);
    expect(new core.ParameterError('m').name).toBe('ParameterError');
    expect(new core.WavFileError('WAV_READ', '/x.wav', 'm').path).toBe('/x.wav');
  });
});
