import type { ScanSummary } from './summary';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INTERNAL_ERROR = 2;

/**
 * 1 when there is an error-severity diagnostic or more warnings than allowed (maxWarnings -1: no
 * limit), else 0. Files that could not be read or were skipped do not count: they are not findings.
 */
export function exitCodeFor(summary: Pick<ScanSummary, 'diagnostics'>, maxWarnings: number): number {
  if (summary.diagnostics.error > 0) return EXIT_FINDINGS;
  if (maxWarnings >= 0 && summary.diagnostics.warning > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
