import { describe, expect, it } from 'vitest';
import * as core from './index';
import * as node from './node';

describe('@rxdsp/core/node entry', () => {
  it('exports the WAV file functions, which the browser-safe entry does not', () => {
    expect(Object.keys(node).sort()).toEqual(['readWav', 'writeWav']);
    expect(typeof node.readWav).toBe('function');
    expect(typeof node.writeWav).toBe('function');
    expect('readWav' in core).toBe(false);
    expect('writeWav' in core).toBe(false);
  });
});
