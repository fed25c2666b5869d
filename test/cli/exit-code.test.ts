import { strict as assert } from 'node:assert';
import { exitCodeFor } from '../../src/cli/exit-code';

const counts = (error: number, warning: number, info = 0) => ({ diagnostics: { error, warning, info } });

describe('exitCodeFor', () => {
  it('is 0 without findings, whatever the limit', () => {
    assert.equal(exitCodeFor(counts(0, 0), -1), 0);
    assert.equal(exitCodeFor(counts(0, 0), 0), 0);
  });

  it('is 1 on any error-severity diagnostic, even without a warning limit', () => {
    assert.equal(exitCodeFor(counts(1, 0), -1), 1);
    assert.equal(exitCodeFor(counts(1, 0), 100), 1);
  });

  it('is 1 only when warnings exceed --max-warnings', () => {
    assert.equal(exitCodeFor(counts(0, 1), 0), 1);
    assert.equal(exitCodeFor(counts(0, 3), 2), 1);
    assert.equal(exitCodeFor(counts(0, 2), 2), 0);
    assert.equal(exitCodeFor(counts(0, 1000), -1), 0);
  });

  it('does not count info diagnostics', () => {
    assert.equal(exitCodeFor(counts(0, 0, 50), 0), 0);
  });
});
