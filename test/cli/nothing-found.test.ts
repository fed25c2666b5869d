import { strict as assert } from 'node:assert';
import { nothingFoundHint } from '../../src/cli/commands/scan';

describe('nothingFoundHint', () => {
  it('lists at most five skipped folders and counts the rest', () => {
    const folders = ['a/dist', 'b/dist', 'c/dist', 'd/dist', 'e/dist', 'f/dist', 'g/dist'];
    assert.match(nothingFoundHint(['.'], folders), /: a\/dist, b\/dist, c\/dist, d\/dist, e\/dist and 2 more\. /);
  });

  it('suggests build output before dependencies and VCS folders', () => {
    assert.match(nothingFoundHint(['pkg'], ['pkg/.git', 'pkg/node_modules', 'pkg/out']), /concurrency-advisor scan pkg\/out\n$/);
    assert.match(nothingFoundHint(['pkg'], ['pkg/node_modules']), /concurrency-advisor scan pkg\/node_modules\n$/);
  });

  it('quotes a suggested folder the shell would split or expand', () => {
    assert.match(nothingFoundHint(['my app'], ["my app/it's built/dist"]), /concurrency-advisor scan 'my app\/it'\\''s built\/dist'\n$/);
  });

  it('names every path given', () => {
    assert.equal(nothingFoundHint(['a', 'b c'], []), 'concurrency-advisor: no JavaScript or TypeScript files found in "a", "b c".\n');
  });
});
