import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Who may use the panel: see {@link panelAccess}. */
export interface PanelAccess {
  /** The per-run secret (43 URL-safe characters, 256 random bits). */
  readonly token: string;
  /** `127.0.0.1:8765`, `localhost:8765`, `[::1]:8765` and `<--host>:8765`: the accepted `Host` values. */
  readonly hosts: readonly string[];
  /** undefined when the `Host` header names the panel, else the reason it is refused. */
  checkHost(host: string | undefined): string | undefined;
  /** undefined when `Origin` is `http://` + one of {@link hosts}, else the reason (absent and `null` are refused). */
  checkOrigin(origin: string | undefined): string | undefined;
  /** undefined when the `token` query parameter of `url` is the secret (constant-time comparison), else the reason. */
  checkToken(url: string | undefined): string | undefined;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** SHA-256 of both sides, so that the comparison takes the same time whatever the given length. */
function sameSecret(given: string, secret: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === secret.length;
}

/** Shortens an attacker-chosen header for a log line. */
function quote(v: string): string {
  return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
}

/**
 * The panel's access rules (issue 13): a `Host` naming the bound address and port (DNS rebinding
 * sends a foreign name), an `Origin` equal to the panel's own (another web page's script sends its
 * own origin, a sandboxed one `null`), and the per-run secret token that the CLI prints in the URL,
 * as Jupyter does (nothing else on the machine can guess it).
 *
 * ## Example
 * ```ts
 * const access = panelAccess('127.0.0.1', 8765);
 * access.checkHost('attacker.example'); // 'Host "attacker.example" is not the panel (…)'
 * ```
 * @param host the address the server is bound to (`127.0.0.1`, `::1`, `localhost` or an explicit `--host`)
 * @param port the bound TCP port, 1–65535
 * @param token the secret; default 32 bytes from `crypto.randomBytes`, base64url
 */
export function panelAccess(host: string, port: number, token: string = randomBytes(32).toString('base64url')): PanelAccess {
  const bound = host.includes(':') ? `[${host}]` : host;
  const names = [...new Set([...LOOPBACK, bound.toLowerCase()])];
  const hosts = names.map((n) => `${n}:${port}`);
  // a browser leaves the default port out of Host and Origin
  const accepted = new Set(port === 80 ? [...hosts, ...names] : hosts);
  const origins = new Set([...accepted].map((h) => `http://${h}`));
  return {
    token,
    hosts,
    checkHost(h) {
      if (h === undefined) return 'no Host header';
      return accepted.has(h.toLowerCase()) ? undefined : `Host ${quote(h)} is not the panel (${hosts.join(', ')})`;
    },
    checkOrigin(o) {
      if (o === undefined) return 'no Origin header';
      return origins.has(o.toLowerCase()) ? undefined : `Origin ${quote(o)} is not the panel's own`;
    },
    checkToken(url) {
      let given: string | null = null;
      try {
        given = new URL(url ?? '/', 'http://panel.invalid').searchParams.get('token');
      } catch {
        return 'unparseable URL';
      }
      if (given === null || given === '') return 'no token';
      return sameSecret(given, token) ? undefined : 'wrong token';
    },
  };
}
