import type { Classification, FileResult, Severity } from '../analyzer/types';

export const CLASSIFICATIONS: readonly Classification[] = ['cpu', 'io', 'blocking-io', 'mixed', 'none'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface ScanSummary {
  /** Files that were analyzed. */
  analyzed: number;
  skipped: number;
  errors: number;
  functions: Record<Classification, number>;
  diagnostics: Record<Severity, number>;
}

export function summarize(files: readonly FileResult[]): ScanSummary {
  const summary: ScanSummary = {
    analyzed: 0,
    skipped: 0,
    errors: 0,
    functions: { cpu: 0, io: 0, 'blocking-io': 0, mixed: 0, none: 0 },
    diagnostics: { error: 0, warning: 0, info: 0 },
  };
  for (const file of files) {
    if (file.error !== undefined) summary.errors++;
    else if (file.skipped !== undefined) summary.skipped++;
    else summary.analyzed++;
    for (const fn of file.functions) summary.functions[fn.classification]++;
    for (const diagnostic of file.diagnostics) summary.diagnostics[diagnostic.severity]++;
  }
  return summary;
}
