/** rtl_tcp command bytes (one byte, then a big-endian 32-bit parameter). */
export const RTL_TCP_COMMANDS = {
  /** Centre frequency in Hz. */
  frequency: 0x01,
  /** Sample rate in Hz. */
  sampleRate: 0x02,
  /** Gain mode: 0 automatic, 1 manual. */
  gainMode: 0x03,
  /** Tuner gain in tenths of dB (manual mode). */
  gain: 0x04,
  /** Frequency correction in ppm (signed). */
  frequencyCorrection: 0x05,
  /** RTL2832 digital AGC: 1 on, 0 off. */
  agc: 0x08,
} as const;

/**
 * Encodes one rtl_tcp command: 5 bytes, the command byte then the parameter as a big-endian 32-bit
 * integer (negative values, e.g. a ppm correction, in two's complement).
 *
 * ## Example
 * ```ts
 * import { rtlTcpCommand, RTL_TCP_COMMANDS } from '@rxdsp/sdr';
 * rtlTcpCommand(RTL_TCP_COMMANDS.frequency, 103_900_000); // <01 06 31 6a e0>
 * ```
 *
 * @param command command byte (0 … 255).
 * @param value parameter, an integer in −2³¹ … 2³² − 1.
 * @throws RangeError when either is out of range.
 */
export function rtlTcpCommand(command: number, value: number): Buffer {
  if (!Number.isInteger(command) || command < 0 || command > 255) throw new RangeError(`rtlTcpCommand: command must be an integer in 0 … 255, got ${command}`);
  if (!Number.isInteger(value) || value < -(2 ** 31) || value > 2 ** 32 - 1) {
    throw new RangeError(`rtlTcpCommand: value must be an integer in −2^31 … 2^32 − 1, got ${value}`);
  }
  const b = Buffer.alloc(5);
  b[0] = command;
  b.writeUInt32BE(value >>> 0, 1);
  return b;
}
