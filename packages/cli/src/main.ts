import { CommanderError } from 'commander';
import { UsageError } from '@rxdsp/runtime';
import { createProgram } from './createProgram';
import type { CliIo } from './CliIo';

/** AudioDeviceError codes that mean a configuration the user chose (not a failure while streaming). */
const DEVICE_CONFIG_CODES = new Set(['UNKNOWN_DEVICE', 'NO_DEFAULT_DEVICE', 'UNSUPPORTED_CHANNELS', 'UNSUPPORTED_FORMAT', 'INVALID_FRAME_LENGTH', 'INVALID_OPTION', 'BINDING_UNAVAILABLE']);

/** WavFileError codes that mean the WAV file the user gave cannot be used (`--wav`). */
const WAV_FILE_CODES = new Set(['WAV_FORMAT', 'WAV_HEADER', 'WAV_TRUNCATED']);

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for the errors a user causes (bad option, bad value, missing file or device): exit status 2. */
function isUserError(err: unknown): boolean {
  if (err instanceof UsageError || err instanceof RangeError || err instanceof TypeError) return true;
  const code = codeOf(err);
  return code !== undefined && (DEVICE_CONFIG_CODES.has(code) || WAV_FILE_CODES.has(code) || code === 'ENOENT' || code === 'EADDRINUSE' || code === 'EACCES');
}

/**
 * Runs the `rxdsp` command line and resolves with the process exit code: 0 on success,
 * 2 for a usage mistake (unknown option, bad value, unknown example, missing device),
 * 1 for a failure while running. Errors are printed as one line `rxdsp: <message>`; a
 * stack trace is printed only with `RXDSP_DEBUG=1`.
 *
 * ## Example
 * ```ts
 * process.exitCode = await main(process.argv, processIo());
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its one-line message (or the help / version).
      return err.exitCode === 0 ? 0 : 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    // Device errors end with the device table: keep one line and point to `rxdsp devices`.
    const hint = DEVICE_CONFIG_CODES.has(codeOf(err) ?? '') && message.includes('\n') ? ' (rxdsp devices lists them)' : '';
    io.stderr.write(`rxdsp: ${message.split('\n')[0]}${hint}\n`);
    if (process.env.RXDSP_DEBUG === '1' && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return isUserError(err) ? 2 : 1;
  }
}
