// The shared invariant helper (test-utils/statefulInvariants.ts) must be able to fail: broken kernels
// are caught. (It lives here because vitest only collects tests under packages/*/src.)
import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { LinearFilterKernel } from './LinearFilterKernel';

const good: StatefulUnit<LinearFilterKernel> = {
  create: () => new LinearFilterKernel([0.2, 0.3], [1, -0.5]),
  process: (k, [x]) => [k.process(x!)],
  reset: (k) => k.reset(),
  copy: (k) => k.copy(),
};

describe('checkStatefulInvariants detects broken units', () => {
  const x = randn(300, 1);

  it('passes a correct kernel', () => {
    expect(() => checkStatefulInvariants(good, x)).not.toThrow();
  });

  it('fails a kernel that drops its state between blocks', () => {
    const stateless: StatefulUnit<LinearFilterKernel> = { ...good, process: (k, [xx]) => (k.reset(), [k.process(xx!)]) };
    expect(() => checkStatefulInvariants(stateless, x)).toThrow(/sample by sample/);
  });

  it('fails a reset() that does nothing', () => {
    expect(() => checkStatefulInvariants({ ...good, reset: () => undefined }, x)).toThrow(/after reset/);
  });

  it('fails a copy() that shares the state with the original', () => {
    expect(() => checkStatefulInvariants({ ...good, copy: (k) => k }, x)).toThrow(/copy\(\)/);
  });
});
