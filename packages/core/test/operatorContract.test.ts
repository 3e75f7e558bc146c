// The shared operator contract (test-utils/operatorContract.ts) over every public operator of
// @rxdsp/core. Operators of filters and analysis run it in their own packages' test folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { operatorContract, type ContractFrame } from '@rxdsp/test-utils';
import { gain, mergeChannels, mixChannels, pan, process, reframe, selectChannels, takeSeconds, toFloat, toInt16 } from '../src/index';
import { writeWav } from '../src/wav/writeWav';

const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-contract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;

operatorContract([
  { name: 'reframe(48)', op: () => reframe(48) as never, onePerFrame: false },
  { name: 'reframe(64) (same length)', op: () => reframe(64) as never },
  { name: "toFloat({ scale: 'unit' })", op: () => toFloat({ scale: 'unit' }) as never, dtype: 'int16' },
  { name: "toInt16({ scale: 'unit' })", op: () => toInt16({ scale: 'unit' }) as never },
  { name: 'gain(0.5)', op: () => gain(0.5) as never, dtype: 'float32' },
  { name: 'pan(0.3) mono → stereo', op: () => pan(0.3) as never },
  { name: 'pan(-0.2) stereo balance', op: () => pan(-0.2) as never, channels: 2 },
  { name: 'mixChannels(2 → 1)', op: () => mixChannels([[0.5, 0.5]]) as never, channels: 2 },
  { name: 'selectChannels([1, 0])', op: () => selectChannels([1, 0]) as never, channels: 2, dtype: 'int16' },
  {
    name: 'mergeChannels() over [frame, frame]',
    op: () => mergeChannels() as never,
    wrap: (f: ContractFrame) => [f, f],
  },
  { name: 'process(running sum)', op: () => process<Float64Array, Float64Array, number>((f, acc) => {
      let s = acc;
      const y = f.channels[0]!.map((v) => (s += v));
      return [{ ...f, channels: [y] }, s];
    }, 0) as never },
  { name: 'takeSeconds(3600)', op: () => takeSeconds(3600) as never },
  { name: 'writeWav(tmp file)', op: () => writeWav(join(tmp, `c${files++}.wav`)) as never },
]);
