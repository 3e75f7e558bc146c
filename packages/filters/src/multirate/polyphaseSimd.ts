// Internal: the polyphase dot-product loop of upfirdn as a WebAssembly SIMD function, assembled here from its
// instructions (no binary file, no build step) and instantiated synchronously on first use. `loadPolyphaseSimd()`
// returns undefined where WebAssembly or its SIMD extension is unavailable; polyphase.ts then runs the same sums
// in JavaScript, in the same order, so both give bit-identical outputs.
//
// The function (all pointers are byte offsets in the module's memory, all values f64):
//   run(taps, cnt, x, y, n, w, p, up, di, dp, down)
//   writes n outputs, output k: y[k] = Σ_s taps[p_k·stride + s] · x[w_k + s], s = 0 … cnt − 1 (stride: cnt
//   rounded up to even), where (p_0, w_0) =
//   (p, w) and from one output to the next w += di; p += dp; if (p ≥ up) { p −= up; w += 1 } (the phase and
//   window advance of upfirdn, di = ⌊down/up⌋, dp = down mod up). Outputs k and k + up have the same phase and
//   windows `down` apart: the loop runs each phase's outputs four at a time (then three, two, one), sharing the
//   tap loads.
// Summation order of one output: one f64x2 accumulator over the tap pairs (s, s + 1), s = 0, 2, 4 …, its two lanes
// added (even taps' sum + odd taps' sum), then, when cnt is odd, the last product.

/** The compiled loop: `run` as described above and the memory it works in. */
export interface PolyphaseSimd {
  readonly memory: WebAssembly.Memory;
  run(taps: number, cnt: number, x: number, y: number, n: number, w: number, p: number, up: number, di: number, dp: number, down: number): void;
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

// parameters 0 … 10, then the locals
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
const DOWN = 10;
const F = 11; // the first output of the phase being run
const K = 12; // the output being run
const H0 = 13; // the phase's taps
const H_PAIRS_END = 14;
const XP = 15; // window of output k
const YP = 16; // y[k]
const HP = 17;
const XS = [18, 19, 20, 21]; // windows of the outputs of a group
const DX = 22; // down · 8: window advance from output k to k + up
const DY = 23; // up · 8
const ODD = 24; // cnt & 1
const SUM = 25; // f64
const ACCS = [26, 27, 28, 29]; // v128
const HV = 30; // v128: the tap pair
const get = (i: number): number[] => [0x20, i];
const set = (i: number): number[] => [0x21, i];
const tee = (i: number): number[] => [0x22, i];
const i32 = (v: number): number[] => [I32_CONST, ...sleb(v)];
/** local = local + constant */
const bump = (i: number, by: number): number[] => [...get(i), ...i32(by), I32_ADD, ...set(i)];
/** local = local + local */
const advance = (i: number, by: number): number[] => [...get(i), ...get(by), I32_ADD, ...set(i)];
const ZERO_F64 = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];

/** acc_i += (tap pair at HP + offset) · (input pair at x_i + offset), i < m. */
function pairs(m: number, offset: number): number[] {
  const out: number[] = [...get(HP), ...V128_LOAD, ...mem(offset), ...set(HV)];
  for (let i = 0; i < m; i++) {
    out.push(...get(ACCS[i]!), ...get(HV), ...get(XS[i]!), ...V128_LOAD, ...mem(offset), ...F64X2_MUL, ...F64X2_ADD, ...set(ACCS[i]!));
  }
  return out;
}

/** Outputs k, k + up, … (m of them, same phase, windows `down` apart) at YP, YP + up·8, …, windows from XP. */
function group(m: number): number[] {
  const out: number[] = [...get(H0), ...set(HP), ...get(XP), ...set(XS[0]!)];
  for (let i = 1; i < m; i++) out.push(...get(XS[i - 1]!), ...get(DX), I32_ADD, ...set(XS[i]!));
  for (let i = 0; i < m; i++) out.push(...ZERO_F64, ...F64X2_SPLAT, ...set(ACCS[i]!));
  // the tap pairs, two per iteration (each accumulator still takes them in order), then the odd pair
  out.push(BLOCK, VOID, LOOP, VOID, ...get(HP), ...i32(16), I32_ADD, ...get(H_PAIRS_END), I32_GE_U, BR_IF, 1);
  out.push(...pairs(m, 0), ...pairs(m, 16));
  for (let i = 0; i < m; i++) out.push(...bump(XS[i]!, 32));
  out.push(...bump(HP, 32), 0x0c, 0, END, END);
  out.push(...get(HP), ...get(H_PAIRS_END), I32_LT_U, IF, VOID, ...pairs(m, 0));
  for (let i = 0; i < m; i++) out.push(...bump(XS[i]!, 16));
  out.push(...bump(HP, 16), END);
  // lanes added, the odd last tap, stored
  for (let i = 0; i < m; i++) {
    out.push(...get(ACCS[i]!), ...F64X2_EXTRACT_LANE, 0, ...get(ACCS[i]!), ...F64X2_EXTRACT_LANE, 1, F64_ADD, ...set(SUM));
    out.push(...get(ODD), IF, VOID, ...get(SUM), ...get(HP), F64_LOAD, ...mem(0), ...get(XS[i]!), F64_LOAD, ...mem(0), F64_MUL, F64_ADD, ...set(SUM), END);
    out.push(...get(YP), ...get(DY), ...i32(i), I32_MUL, I32_ADD, ...get(SUM), F64_STORE, ...mem(0));
  }
  return out;
}

/** k += m·up; XP += m·down·8; YP += m·up·8 */
function next(m: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < m; i++) out.push(...advance(K, UP), ...advance(XP, DX), ...advance(YP, DY));
  return out;
}

function body(): number[] {
  const perPhase = [
    // stop when f ≥ n or f ≥ up (every phase started)
    ...get(F), ...get(N), I32_GE_U, BR_IF, 1,
    ...get(F), ...get(UP), I32_GE_U, BR_IF, 1,
    // h0 = taps + p·stride·8 (stride: cnt rounded up to even, so the pairs are 16-byte aligned);
    // h_pairs_end = h0 + (cnt & ~1)·8; xp = x + w·8; yp = y + f·8; k = f
    ...get(TAPS), ...get(P), ...get(CNT), ...i32(1), I32_ADD, ...i32(-2), I32_AND, I32_MUL, ...i32(3), I32_SHL, I32_ADD, ...tee(H0),
    ...get(CNT), ...i32(-2), I32_AND, ...i32(3), I32_SHL, I32_ADD, ...set(H_PAIRS_END),
    ...get(X), ...get(W), ...i32(3), I32_SHL, I32_ADD, ...set(XP),
    ...get(Y), ...get(F), ...i32(3), I32_SHL, I32_ADD, ...set(YP),
    ...get(F), ...set(K),
    // groups of four while k + 3·up < n
    BLOCK, VOID, LOOP, VOID,
    ...get(K), ...get(UP), ...i32(3), I32_MUL, I32_ADD, ...get(N), I32_GE_U, BR_IF, 1,
    ...group(4), ...next(4), 0x0c, 0, // br 0: next group
    END, END,
    // then three, two at a time while k + 2·up < n, k + up < n, then one by one (short frames of a stream)
    BLOCK, VOID, ...get(K), ...get(UP), ...i32(2), I32_MUL, I32_ADD, ...get(N), I32_GE_U, BR_IF, 0, ...group(3), ...next(3), END,
    BLOCK, VOID, LOOP, VOID,
    ...get(K), ...get(UP), I32_ADD, ...get(N), I32_GE_U, BR_IF, 1,
    ...group(2), ...next(2), 0x0c, 0,
    END, END,
    BLOCK, VOID, LOOP, VOID,
    ...get(K), ...get(N), I32_GE_U, BR_IF, 1,
    ...group(1), ...next(1), 0x0c, 0,
    END, END,
    // the next phase: w += di; p += dp; if (p ≥ up) { p −= up; w += 1 }; f += 1
    ...advance(W, DI),
    ...get(P), ...get(DP), I32_ADD, ...tee(P), ...get(UP), I32_GE_U, IF, VOID,
    ...get(P), ...get(UP), I32_SUB, ...set(P), ...bump(W, 1),
    END,
    ...bump(F, 1),
  ];
  const code = [
    ...get(DOWN), ...i32(3), I32_SHL, ...set(DX),
    ...get(UP), ...i32(3), I32_SHL, ...set(DY),
    ...get(CNT), ...i32(1), I32_AND, ...set(ODD),
    ...i32(0), ...set(F),
    BLOCK, VOID, LOOP, VOID, ...perPhase, 0x0c, 0, END, END,
    END,
  ];
  const locals = vec([[14, I32], [1, F64], [5, V128]]);
  return [...locals, ...code];
}

// Stage 3: the module: imports its memory ("m", "memory"), exports "run".
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const type = [0x60, ...vec(Array.from({ length: 11 }, () => [I32])), ...vec([])];
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
