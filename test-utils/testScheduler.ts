// The one TestScheduler set-up of the repository's marble tests.
import { TestScheduler } from 'rxjs/testing';
import { expect } from 'vitest';

/**
 * A new RxJS `TestScheduler` whose assertions use vitest's deep equality (typed arrays compared by type and content,
 * so a `Float64Array` frame never equals a `Float32Array` one). One per marble test: `testScheduler().run(...)`.
 *
 * ## Example
 * ```ts
 * import { testScheduler } from '@rxdsp/test-utils';
 * import { map } from 'rxjs';
 * testScheduler().run(({ cold, expectObservable }) => {
 *   expectObservable(cold('a|', { a: 1 }).pipe(map((x) => x + 1))).toBe('b|', { b: 2 });
 * });
 * ```
 */
export function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}
