/** Summary statistics of repeated measurements. */
import type { WallTimeStats } from './types';

/** Two-sided 95% critical values of Student's t distribution for 1..30 degrees of freedom. */
const T_95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
  2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t(0.975, df): the table up to 30, then the values for 40, 60, 120 and the normal limit. */
export function studentT95(degreesOfFreedom: number): number {
  if (!(degreesOfFreedom >= 1)) return Number.NaN;
  const df = Math.floor(degreesOfFreedom);
  if (df <= 30) return T_95[df - 1];
  if (df <= 40) return 2.021;
  if (df <= 60) return 2.0;
  if (df <= 120) return 1.98;
  return 1.96;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample standard deviation (n - 1); 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const average = mean(values);
  const squares = values.reduce((sum, value) => sum + (value - average) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/** Relative margin of error of the mean at 95%, in percent: t * s / sqrt(n) / mean * 100 (0 below two values). */
export function relativeMarginOfError(values: readonly number[]): number {
  const average = mean(values);
  if (values.length < 2 || average === 0) return 0;
  const standardError = standardDeviation(values) / Math.sqrt(values.length);
  return (studentT95(values.length - 1) * standardError / average) * 100;
}

export function wallTimeStats(values: readonly number[]): WallTimeStats {
  if (values.length === 0) return { median: 0, min: 0, max: 0, rme: 0 };
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    rme: relativeMarginOfError(values),
  };
}

/** Rounds for the report: 0.01 ms below 10, 0.1 below 100, else whole. */
export function roundMs(value: number): number {
  const abs = Math.abs(value);
  const factor = abs < 10 ? 100 : abs < 100 ? 10 : 1;
  return Math.round(value * factor) / factor;
}
