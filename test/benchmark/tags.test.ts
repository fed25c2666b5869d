import { strict as assert } from 'node:assert';
import { jsdocBefore, parseBenchmarkTags } from '../../src/benchmark/target';

describe('@benchmark JSDoc tags', () => {
  it('reads args, tasks, rounds, timeout and strategies', () => {
    const comment = `/**
     * Sums primes.
     * @param limit upper bound
     * @benchmark args [200000]
     * @benchmark tasks 8
     * @benchmark rounds 3
     * @benchmark timeout 5000
     * @benchmark strategies sequential, worker-threads
     */`;
    assert.deepEqual(parseBenchmarkTags(comment), {
      tags: { args: '[200000]', tasks: 8, rounds: 3, timeoutMs: 5000, strategies: ['sequential', 'worker-threads'] },
      warnings: [],
    });
  });

  it('joins a value continued on the next lines, and warns about bad tags', () => {
    const comment = `/**
     * @benchmark args [
     *   { "size": 3 }
     * ]
     * @benchmark tasks many
     * @benchmark colour blue
     */`;
    const { tags, warnings } = parseBenchmarkTags(comment);
    assert.deepEqual(JSON.parse(tags.args ?? ''), [{ size: 3 }]);
    assert.equal(tags.tasks, undefined);
    assert.equal(warnings.length, 2);
  });

  it('finds the comment right before a function, through export/const/async, but not across statements', () => {
    const source = [
      '/** @benchmark tasks 2 */',
      'export async function a() {}',
      '/** @benchmark tasks 3 */',
      'export const b = async (x: number) => x;',
      '/** @benchmark tasks 4 */',
      'const unrelated = 1;',
      'function c() {}',
    ].join('\n');
    assert.equal(jsdocBefore(source, 2, 8), '/** @benchmark tasks 2 */');
    assert.equal(jsdocBefore(source, 4, 18), '/** @benchmark tasks 3 */');
    assert.equal(jsdocBefore(source, 7, 1), undefined);
  });
});
