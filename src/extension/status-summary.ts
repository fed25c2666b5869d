// The status bar text for one file's analysis. Pure: no 'vscode' import.
import type { Classification, FileResult } from '../analyzer/types';

export interface StatusSummary {
  /** Status bar text with a codicon, e.g. `$(pulse) 2 cpu · 1 blocking`. */
  text: string;
  /** Markdown tooltip. */
  tooltip: string;
}

/** Classifications worth a place in the status bar, in display order, with their short labels. */
const SHOWN: ReadonlyArray<[Classification, string]> = [
  ['cpu', 'cpu'],
  ['blocking-io', 'blocking'],
  ['mixed', 'mixed'],
];

const ALL: ReadonlyArray<[Classification, string]> = [
  ...SHOWN,
  ['io', 'async I/O'],
  ['none', 'trivial'],
];

export function countClassifications(file: Pick<FileResult, 'functions'>): Record<Classification, number> {
  const counts: Record<Classification, number> = { cpu: 0, io: 0, 'blocking-io': 0, mixed: 0, none: 0 };
  for (const fn of file.functions) counts[fn.classification] = (counts[fn.classification] ?? 0) + 1;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Summary of a file report: counts of the functions that matter for the event loop, and findings. */
export function summarizeFile(file: FileResult): StatusSummary {
  if (file.error !== undefined) {
    return { text: '$(warning) Concurrency: error', tooltip: `Concurrency Advisor could not analyze this file: ${file.error}` };
  }
  if (file.skipped !== undefined) {
    return { text: '$(circle-slash) Concurrency: skipped', tooltip: `Concurrency Advisor skipped this file: ${file.skipped}` };
  }
  const counts = countClassifications(file);
  const parts = SHOWN.filter(([kind]) => counts[kind] > 0).map(([kind, label]) => `${counts[kind]} ${label}`);
  const text = parts.length > 0 ? `$(pulse) ${parts.join(' · ')}` : '$(pulse) no blocking code';
  const breakdown = ALL.filter(([kind]) => counts[kind] > 0).map(([kind, label]) => `- ${counts[kind]} ${label}`);
  const findings = file.diagnostics.length;
  const tooltip = [
    `**Concurrency Advisor**: ${plural(file.functions.length, 'function')}, ${plural(findings, 'finding')}`,
    '',
    ...breakdown,
    '',
    'Click for the file report.',
  ].join('\n');
  return { text, tooltip };
}

export const STATUS_STARTING: StatusSummary = {
  text: '$(sync~spin) Concurrency',
  tooltip: 'Concurrency Advisor: the language server is starting.',
};

export const STATUS_DISABLED: StatusSummary = {
  text: '$(circle-slash) Concurrency: off',
  tooltip: 'Concurrency Advisor is disabled for this file (`concurrencyAdvisor.enable`).',
};

export const STATUS_UNAVAILABLE: StatusSummary = {
  text: '$(warning) Concurrency',
  tooltip: 'Concurrency Advisor: the language server is not available. See the "Concurrency Advisor" output.',
};
