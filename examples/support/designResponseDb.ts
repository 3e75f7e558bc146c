import { freqz, magnitudeDb, sosfreqz } from '@rxdsp/filters';
import type { FilterDesign } from '@rxdsp/runtime';

/** The design's magnitude response in dB at the frequencies `f` (Hz). */
export function designResponseDb(design: FilterDesign, f: ArrayLike<number>, fs: number): Float64Array {
  const { h } = design.kind === 'ba' ? freqz(design.b, design.a, f, { fs }) : sosfreqz(design.sos, f, { fs });
  return magnitudeDb(h);
}
