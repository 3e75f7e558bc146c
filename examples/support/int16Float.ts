import { pipe, type OperatorFunction } from 'rxjs';
import { toFloat, toInt16, type Frame } from '@rxdsp/core';

/**
 * Wraps a floating-point DSP step for the Int16 device stream, the way the course's
 * callback did `x = np.frombuffer(in_data, int16).astype(float32)` … `y.astype(int16)`:
 * `toFloat` keeps the int16 scale, and `toInt16` saturates instead of wrapping around.
 */
export function int16Float(step: OperatorFunction<Frame<Float64Array>, Frame<Float64Array>>): OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> {
  return pipe(toFloat({ scale: 'int16', dtype: 'float64' }), step, toInt16({ scale: 'int16' }));
}
