// Internal: PFFFT compiled to WebAssembly SIMD (embedded, see pffftSimdWasm.ts), loaded synchronously on
// first use without any file access, with the three host functions its Emscripten build imports written
// here. `loadPffft()` returns undefined where WebAssembly or its SIMD extension is unavailable (callers
// then fall back to the float64 JavaScript kernels).
import { PFFFT_SIMD_WASM_BASE64 } from './pffftSimdWasm';

/** pffft_direction_t */
export const PFFFT_FORWARD = 0;
export const PFFFT_BACKWARD = 1;
/** pffft_transform_t */
const PFFFT_REAL = 0;

/** The C entry points of PFFFT used by rxdsp (pointers are byte offsets in the module's memory). */
export interface Pffft {
  /** The module's memory as float32 (a fresh view when the memory has grown). */
  heap(): Float32Array;
  /** 16-byte-aligned allocation of `bytes` (never freed: workspaces are cached per FFT size). */
  alloc(bytes: number): number;
  /** A setup for real transforms of size n (a multiple of 32 with factors 2, 3, 5 only). */
  newSetup(n: number): number;
  transform(setup: number, input: number, output: number, work: number, direction: number): void;
  /** ab += a · b · scaling, spectra in PFFFT's internal order. */
  zconvolveAccumulate(setup: number, a: number, b: number, ab: number, scaling: number): void;
}

interface Exports {
  d: WebAssembly.Memory;
  e: () => void; // __wasm_call_ctors
  f: (bytes: number) => number; // pffft_aligned_malloc
  k: (n: number, transform: number) => number; // pffft_new_setup
  n: (setup: number, a: number, b: number, ab: number, scaling: number) => void; // pffft_zconvolve_accumulate
  o: (setup: number, input: number, output: number, work: number, direction: number) => void; // pffft_transform
}

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B !== undefined) {
    const b = B.from(b64, 'base64');
    const out = new Uint8Array(b.length);
    out.set(b);
    return out;
  }
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function instantiate(): Pffft | undefined {
  const WA = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  if (WA === undefined || typeof WA.validate !== 'function') return undefined;
  const bytes = decodeBase64(PFFFT_SIMD_WASM_BASE64);
  // validate() is false where the SIMD proposal is not supported (the module uses v128 instructions).
  if (!WA.validate(bytes)) return undefined;
  let memory: WebAssembly.Memory | undefined;
  let heap = new Float32Array(0);
  const imports = {
    a: {
      // __assert_fail(condition, file, line, function)
      a: (_c: number, _f: number, line: number) => {
        throw new Error(`PFFFT WebAssembly: assertion failed (pffft.c line ${line})`);
      },
      // emscripten_resize_heap(requestedSize): grow the memory to at least requestedSize bytes
      b: (requested: number) => {
        if (memory === undefined) return 0;
        const have = memory.buffer.byteLength;
        const want = Math.max(requested >>> 0, Math.ceil(have * 1.25));
        try {
          memory.grow(Math.ceil((want - have) / 65536));
          return 1;
        } catch {
          return 0;
        }
      },
      // _emscripten_memcpy_js(dest, src, num)
      c: (dest: number, src: number, num: number) => {
        if (memory !== undefined) new Uint8Array(memory.buffer).copyWithin(dest, src, src + num);
      },
    },
  };
  const instance = new WA.Instance(new WA.Module(bytes), imports);
  const ex = instance.exports as unknown as Exports;
  memory = ex.d;
  ex.e();
  const mem = memory;
  return {
    heap() {
      if (heap.buffer !== mem.buffer) heap = new Float32Array(mem.buffer);
      return heap;
    },
    alloc(n) {
      const p = ex.f(n);
      if (p === 0) throw new RangeError(`PFFFT WebAssembly: out of memory allocating ${n} bytes`);
      return p;
    },
    newSetup(n) {
      const s = ex.k(n, PFFFT_REAL);
      if (s === 0) throw new RangeError(`PFFFT WebAssembly: no real transform of size ${n}`);
      return s;
    },
    transform: (s, i, o, w, d) => ex.o(s, i, o, w, d),
    zconvolveAccumulate: (s, a, b, ab, k) => ex.n(s, a, b, ab, k),
  };
}

let cached: Pffft | null | undefined;

/**
 * The PFFFT WebAssembly SIMD module, instantiated once per process on first call; undefined where
 * WebAssembly SIMD is unavailable or the module fails to load.
 */
export function loadPffft(): Pffft | undefined {
  if (cached === undefined) {
    try {
      cached = instantiate() ?? null;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
