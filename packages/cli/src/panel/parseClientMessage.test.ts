import { describe, expect, it } from 'vitest';
import { liveParameter } from '@rxdsp/runtime';
import { parseClientMessage } from './parseClientMessage';

const params = [
  liveParameter({ name: 'gainLeftDb', label: 'Left gain', unit: 'dB', min: -40, max: 12, step: 0.5, initial: 0 }),
  liveParameter({ name: 'panPercent', label: 'Pan', unit: '%', min: 0, max: 100, step: 1, initial: 0 }),
];

describe('parseClientMessage', () => {
  it('accepts start, stop and an in-range set', () => {
    expect(parseClientMessage('{"type":"start"}', params)).toEqual({ ok: true, message: { type: 'start' } });
    expect(parseClientMessage('{"type":"stop"}', params)).toEqual({ ok: true, message: { type: 'stop' } });
    expect(parseClientMessage('{"type":"set","name":"gainLeftDb","value":-20}', params)).toEqual({
      ok: true,
      message: { type: 'set', name: 'gainLeftDb', value: -20 },
    });
    // the range ends are inclusive
    expect(parseClientMessage('{"type":"set","name":"panPercent","value":100}', params).ok).toBe(true);
    expect(parseClientMessage('{"type":"set","name":"panPercent","value":0}', params).ok).toBe(true);
  });

  it('rejects malformed JSON and non-objects with a reason', () => {
    const r = parseClientMessage('{"type": "set", ', params);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^malformed JSON/);
    expect(parseClientMessage('[1,2]', params)).toEqual({ ok: false, error: 'message must be a JSON object, got an array' });
    expect(parseClientMessage('42', params)).toEqual({ ok: false, error: 'message must be a JSON object, got number' });
    expect(parseClientMessage('null', params)).toEqual({ ok: false, error: 'message must be a JSON object, got object' });
  });

  it('rejects unknown types and parameters, naming what is known', () => {
    expect(parseClientMessage('{"type":"explode"}', params)).toEqual({ ok: false, error: 'unknown message type "explode" (expected start, stop or set)' });
    expect(parseClientMessage('{"type":"set","name":"volume","value":1}', params)).toEqual({
      ok: false,
      error: 'unknown parameter "volume" (known: gainLeftDb, panPercent)',
    });
    expect(parseClientMessage('{"type":"set","value":1}', params)).toEqual({ ok: false, error: 'set: "name" must be a string' });
  });

  it('rejects out-of-range and non-numeric values', () => {
    expect(parseClientMessage('{"type":"set","name":"gainLeftDb","value":13}', params)).toEqual({
      ok: false,
      error: 'parameter gainLeftDb: value 13 is out of range [-40, 12] dB',
    });
    expect(parseClientMessage('{"type":"set","name":"panPercent","value":-0.5}', params).ok).toBe(false);
    expect(parseClientMessage('{"type":"set","name":"panPercent","value":"50"}', params)).toEqual({
      ok: false,
      error: 'parameter panPercent: value must be a finite number, got "50"',
    });
    expect(parseClientMessage('{"type":"set","name":"panPercent","value":null}', params).ok).toBe(false);
  });

  it('rejects oversized messages without parsing them', () => {
    const r = parseClientMessage(`{"type":"start","pad":"${'x'.repeat(5000)}"}`, params);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^message too long/);
  });
});
