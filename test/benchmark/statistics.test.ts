import { strict as assert } from 'node:assert';
import { median, relativeMarginOfError, roundMs, standardDeviation, studentT95, wallTimeStats } from '../../src/benchmark/statistics';

describe('benchmark statistics', () => {
  it('uses Student t critical values for small samples and the normal limit for large ones', () => {
    assert.equal(studentT95(1), 12.706);
    assert.equal(studentT95(4), 2.776);
    assert.equal(studentT95(30), 2.042);
    assert.equal(studentT95(1000), 1.96);
    assert.ok(Number.isNaN(studentT95(0)));
  });

  it('computes median, spread and the relative margin of error in percent', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    const values = [100, 102, 98, 101, 99];
    assert.ok(Math.abs(standardDeviation(values) - Math.sqrt(2.5)) < 1e-9);
    // t(4) * s / sqrt(n) / mean * 100
    const expected = (2.776 * Math.sqrt(2.5) / Math.sqrt(5) / 100) * 100;
    assert.ok(Math.abs(relativeMarginOfError(values) - expected) < 1e-9);
    assert.deepEqual(wallTimeStats(values), { median: 100, min: 98, max: 102, rme: relativeMarginOfError(values) });
  });

  it('has no margin of error below two values, and zeros without values', () => {
    assert.equal(relativeMarginOfError([42]), 0);
    assert.deepEqual(wallTimeStats([]), { median: 0, min: 0, max: 0, rme: 0 });
  });

  it('rounds times by magnitude', () => {
    assert.equal(roundMs(1.23456), 1.23);
    assert.equal(roundMs(12.345), 12.3);
    assert.equal(roundMs(1234.56), 1235);
  });
});
