// Private: the typed responses fixture (iir_responses.json) and helpers shared by the response tests.
import { loadFixture } from '@rxdsp/test-utils';

export interface Cplx {
  re: number[];
  im: number[];
}
export interface FreqzCase {
  name: string;
  b: number[];
  a: number[];
  args: { worN?: number | number[]; whole?: boolean; include_nyquist?: boolean; fs?: number };
  w: number[];
  h: Cplx;
}
export interface SosCase {
  name: string;
  sos: number[][];
  args: { worN?: number | number[]; whole?: boolean; fs?: number };
  w: number[];
  h: Cplx;
}
export interface GdCase {
  name: string;
  b: number[];
  a: number[];
  args: { w?: number | number[]; whole?: boolean; fs?: number };
  w: number[];
  gd: number[];
  cond: number[];
}
export const responsesFixture = loadFixture<{ freqz: FreqzCase[]; sosfreqz: SosCase[]; groupDelay: GdCase[] }>(
  '../../../fixtures/iir_responses.json',
  import.meta.url,
);

export function peak(h: Cplx): number {
  let m = 0;
  for (let i = 0; i < h.re.length; i++) m = Math.max(m, Math.hypot(h.re[i] as number, h.im[i] as number));
  return m;
}

export function opts<T extends object>(args: { whole?: boolean; fs?: number; include_nyquist?: boolean }): T {
  const o: Record<string, unknown> = {};
  if (args.whole !== undefined) o.whole = args.whole;
  if (args.fs !== undefined) o.fs = args.fs;
  if (args.include_nyquist !== undefined) o.includeNyquist = args.include_nyquist;
  return o as T;
}

