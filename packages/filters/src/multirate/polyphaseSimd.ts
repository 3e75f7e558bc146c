// Internal: the polyphase dot-product loop of upfirdn as a WebAssembly SIMD function, assembled here from its
// instructions (no binary file, no build step) and instantiated synchronously on first use. `loadPolyphaseSimd()`
// returns undefined where WebAssembly or its SIMD extension is unavailable; polyphase.ts then runs the same sums
// in JavaScript, in the same order, so both give bit-identical outputs.
//
// The function (all pointers are byte offsets in the module's memory, all values f64):
//   run(taps, cnt, x, y, n, w, p, up, di, dp)
//   for each of n outputs: y[k] = Σ_s taps[p·cnt + s] · x[w + s], s = 0 … cnt − 1, then
//   w += di; p += dp; if (p ≥ up) { p −= up; w += 1 }   (the phase and window advance of one output)
// Summation order of one output, with q = cnt rounded down to a multiple of 4 and S_r the sum, in increasing s,
// of the products with s < q and s ≡ r (mod 4): (S_0 + S_2) + (S_1 + S_3), then the products s = q … cnt − 1
// added one by one. Two f64x2 accumulators hold (S_0, S_1) and (S_2, S_3).

/** The compiled loop: `run` as described above and the memory it works in. */
export interface PolyphaseSimd {
  readonly memory: WebAssembly.Memory;
  run(taps: number, cnt: number, x: number, y: number, n: number, w: number, p: number, up: number, di: number, dp: number): void;
}

// Stage 1: encoding helpers of the WebAssembly binary format.

/** Unsigned LEB128. */
function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 (for i32.const). */
function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** A vector: its length, then its items. */
function vec(items: readonly (readonly number[])[]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  return vec([...s].map((c) => [c.charCodeAt(0)]));
}

function section(id: number, body: readonly number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;
const VOID = 0x40;
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const END = 0x0b;
const BR_IF = 0x0d;
const F64_LOAD = 0x2b;
const F64_STORE = 0x39;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_LT_U = 0x49;
const I32_AND = 0x71;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const I32_MUL = 0x6c;
const I32_SHL = 0x74;
const F64_ADD = 0xa0;
const F64_MUL = 0xa2;
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const V128_LOAD = simd(0x00);
const F64X2_SPLAT = simd(0x14);
const F64X2_EXTRACT_LANE = simd(0x21);
const F64X2_ADD = simd(0xf0);
const F64X2_MUL = simd(0xf2);
/** memarg: alignment exponent (3: 8 bytes) and offset. */
const mem = (offset: number): number[] => [3, ...uleb(offset)];

// Stage 2: the function body.

// parameters 0 … 9, then the locals
const TAPS = 0;
const CNT = 1;
const X = 2;
const Y = 3;
const N = 4;
const W = 5;
const P = 6;
const UP = 7;
const DI = 8;
const DP = 9;
const Y_END = 10;
const HP = 11;
const XP = 12;
const H_QUADS_END = 13;
const H_END = 14;
const SUM = 15;
const ACC0 = 16;
const ACC1 = 17;
const get = (i: number): number[] => [0x20, i];
const set = (i: number): number[] => [0x21, i];
const tee = (i: number): number[] => [0x22, i];
const i32 = (v: number): number[] => [I32_CONST, ...sleb(v)];
/** local = local + constant */
const bump = (i: number, by: number): number[] => [...get(i), ...i32(by), I32_ADD, ...set(i)];

/** Product pairs s, s + 1 (at byte offset `offset` of hp / xp) into an f64x2 accumulator. */
function pairMac(acc: number, offset: number): number[] {
  return [...get(acc), ...get(HP), ...V128_LOAD, ...mem(offset), ...get(XP), ...V128_LOAD, ...mem(offset), ...F64X2_MUL, ...F64X2_ADD, ...set(acc)];
}

function body(): number[] {
  const perOutput = [
    // hp = taps + p·cnt·8; h_end = hp + cnt·8; h_quads_end = hp + (cnt & ~3)·8; xp = x + w·8
    ...get(TAPS), ...get(P), ...get(CNT), I32_MUL, ...i32(3), I32_SHL, I32_ADD, ...tee(HP),
    ...get(CNT), ...i32(3), I32_SHL, I32_ADD, ...set(H_END),
    ...get(HP), ...get(CNT), ...i32(-4), I32_AND, ...i32(3), I32_SHL, I32_ADD, ...set(H_QUADS_END),
    ...get(X), ...get(W), ...i32(3), I32_SHL, I32_ADD, ...set(XP),
    0x44, 0, 0, 0, 0, 0, 0, 0, 0, ...F64X2_SPLAT, ...tee(ACC0), ...set(ACC1), // f64.const 0
    // the quads: two f64x2 accumulators
    BLOCK, VOID, ...get(HP), ...get(H_QUADS_END), I32_GE_U, BR_IF, 0,
    LOOP, VOID,
    ...pairMac(ACC0, 0), ...pairMac(ACC1, 16), ...bump(XP, 32),
    ...get(HP), ...i32(32), I32_ADD, ...tee(HP), ...get(H_QUADS_END), I32_LT_U, BR_IF, 0,
    END, END,
    // (S0 + S2) + (S1 + S3)
    ...get(ACC0), ...get(ACC1), ...F64X2_ADD, ...tee(ACC0), ...F64X2_EXTRACT_LANE, 0, ...get(ACC0), ...F64X2_EXTRACT_LANE, 1, F64_ADD, ...set(SUM),
    // the remaining taps one by one
    BLOCK, VOID, ...get(HP), ...get(H_END), I32_GE_U, BR_IF, 0,
    LOOP, VOID,
    ...get(SUM), ...get(HP), F64_LOAD, ...mem(0), ...get(XP), F64_LOAD, ...mem(0), F64_MUL, F64_ADD, ...set(SUM), ...bump(XP, 8),
    ...get(HP), ...i32(8), I32_ADD, ...tee(HP), ...get(H_END), I32_LT_U, BR_IF, 0,
    END, END,
    ...get(Y), ...get(SUM), F64_STORE, ...mem(0),
    // the next output: w += di; p += dp; if (p ≥ up) { p −= up; w += 1 }
    ...get(W), ...get(DI), I32_ADD, ...set(W),
    ...get(P), ...get(DP), I32_ADD, ...tee(P), ...get(UP), I32_GE_U, IF, VOID,
    ...get(P), ...get(UP), I32_SUB, ...set(P), ...bump(W, 1),
    END,
  ];
  const code = [
    ...get(Y), ...get(N), ...i32(3), I32_SHL, I32_ADD, ...set(Y_END),
    BLOCK, VOID, ...get(Y), ...get(Y_END), I32_GE_U, BR_IF, 0,
    LOOP, VOID, ...perOutput, ...get(Y), ...i32(8), I32_ADD, ...tee(Y), ...get(Y_END), I32_LT_U, BR_IF, 0, END,
    END,
    END,
  ];
  const locals = vec([[5, I32], [1, F64], [2, V128]]);
  return [...locals, ...code];
}

// Stage 3: the module: imports its memory ("m", "memory"), exports "run".
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const type = [0x60, ...vec(Array.from({ length: 10 }, () => [I32])), ...vec([])];
  const fnBody = body();
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([type])),
    ...section(2, vec([[...name('m'), ...name('memory'), 0x02, 0x00, 1]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('run'), 0x00, 0]])),
    ...section(10, vec([[...uleb(fnBody.length), ...fnBody]])),
  ]);
}

let loaded: PolyphaseSimd | null | undefined;

/** The compiled loop (one instance per process, created on first use), or undefined without WebAssembly SIMD. */
export function loadPolyphaseSimd(): PolyphaseSimd | undefined {
  if (loaded === undefined) loaded = instantiate() ?? null;
  return loaded ?? undefined;
}

function instantiate(): PolyphaseSimd | undefined {
  const WA = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  if (WA === undefined || typeof WA.validate !== 'function') return undefined;
  const bytes = moduleBytes();
  if (!WA.validate(bytes)) return undefined; // no SIMD support
  const memory = new WA.Memory({ initial: 1 });
  const instance = new WA.Instance(new WA.Module(bytes), { m: { memory } });
  const run = instance.exports.run as PolyphaseSimd['run'];
  return { memory, run };
}
