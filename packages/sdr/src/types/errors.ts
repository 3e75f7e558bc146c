import { RxdspError } from '@rxdsp/core';

/** Codes of {@link RtlTcpError}. */
export type RtlTcpErrorCode = 'RTL_CONNECT' | 'RTL_GREETING' | 'RTL_DISCONNECT' | 'RTL_TIMEOUT' | 'RTL_SOCKET';

/**
 * A fault of the connection to an rtl_tcp server, sent to `subscriber.error` by `rtlTcp`:
 *
 * | code | meaning |
 * |---|---|
 * | `RTL_CONNECT` | the connection could not be opened (refused, unknown host, unreachable) |
 * | `RTL_GREETING` | the first 12 bytes are not an rtl_tcp greeting (`RTL0`, tuner type, gain count), or the server closed before sending them |
 * | `RTL_DISCONNECT` | the server closed the connection while streaming (the frames received before are emitted first) |
 * | `RTL_TIMEOUT` | no byte arrived for `timeoutMs` (a stalled server) |
 * | `RTL_SOCKET` | any other socket error while streaming (reset, write failure) |
 *
 * The message names `rtlTcp`, the host and port.
 *
 * ## Example
 * ```ts
 * import { rtlTcp, RtlTcpError } from '@rxdsp/sdr';
 * rtlTcp({ host: '127.0.0.1', port: 1, frequency: 100e6 }).subscribe({
 *   error: (err) => console.log(err instanceof RtlTcpError ? err.code : err), // 'RTL_CONNECT'
 * });
 * ```
 */
export class RtlTcpError extends RxdspError {
  /** Server address as given. */
  readonly host: string;
  readonly port: number;
  constructor(code: RtlTcpErrorCode, host: string, port: number, message: string) {
    super(code, message);
    this.host = host;
    this.port = port;
  }
}

/**
 * An IQ file could not be read or written while streaming (`readIq`: vanished or unreadable, code
 * `IQ_READ`; `writeIq`: could not be written, code `IQ_WRITE`). The message names the path.
 *
 * ## Example
 * ```ts
 * import { IqFileError } from '@rxdsp/sdr';
 * const e = new IqFileError('IQ_READ', '/tmp/x.cu8', 'readIq: cannot read "/tmp/x.cu8"');
 * e.code; // 'IQ_READ'
 * ```
 */
export class IqFileError extends RxdspError {
  /** The file concerned. */
  readonly path: string;
  constructor(code: 'IQ_READ' | 'IQ_WRITE', path: string, message: string) {
    super(code, message);
    this.path = path;
  }
}
