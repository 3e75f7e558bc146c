import { checkParameterValue, type LiveParameter } from '@rxdsp/runtime';

/** A message the panel page may send. */
export type ClientMessage =
  | { readonly type: 'start' }
  | { readonly type: 'stop' }
  | { readonly type: 'set'; readonly name: string; readonly value: number };

/** The result of {@link parseClientMessage}: a valid message or the reason it was rejected. */
export type ParsedClientMessage = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly error: string };

const MAX_MESSAGE_BYTES = 4096;

/**
 * Validates one WebSocket text message from the panel page against the example's live
 * parameters: malformed JSON, an unknown message type, an unknown parameter and a
 * value out of range are rejected with a one-line reason (shown on the page and
 * logged); nothing here throws.
 *
 * ## Example
 * ```ts
 * parseClientMessage('{"type":"set","name":"gainDb","value":-6}', run.parameters);
 * // { ok: true, message: { type: 'set', name: 'gainDb', value: -6 } }
 * ```
 */
export function parseClientMessage(text: string, parameters: readonly LiveParameter[]): ParsedClientMessage {
  if (text.length > MAX_MESSAGE_BYTES) return { ok: false, error: `message too long (${text.length} characters, at most ${MAX_MESSAGE_BYTES})` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `malformed JSON: ${(err as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `message must be a JSON object, got ${Array.isArray(data) ? 'an array' : typeof data}` };
  }
  const msg = data as Record<string, unknown>;
  switch (msg.type) {
    case 'start':
    case 'stop':
      return { ok: true, message: { type: msg.type } };
    case 'set': {
      if (typeof msg.name !== 'string') return { ok: false, error: 'set: "name" must be a string' };
      const p = parameters.find((q) => q.name === msg.name);
      if (!p) {
        const known = parameters.map((q) => q.name).join(', ') || 'none';
        return { ok: false, error: `unknown parameter ${JSON.stringify(msg.name)} (known: ${known})` };
      }
      const problem = checkParameterValue(p, msg.value);
      if (problem !== undefined) return { ok: false, error: problem };
      return { ok: true, message: { type: 'set', name: p.name, value: msg.value as number } };
    }
    default:
      return { ok: false, error: `unknown message type ${JSON.stringify(msg.type)} (expected start, stop or set)` };
  }
}
