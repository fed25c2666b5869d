import type { Classification, Diagnostic, FileResult, FunctionResult, Severity } from '../../analyzer/types';
import type { ScanResult } from '../../scan';
import { CLASSIFICATIONS, SEVERITIES, summarize, type ScanSummary } from '../summary';

export interface TextReportOptions {
  color: boolean;
}

type Paint = (text: string, ...codes: number[]) => string;

const BOLD = 1, DIM = 2, UNDERLINE = 4, RED = 31, YELLOW = 33, BLUE = 34, MAGENTA = 35, CYAN = 36;
const SEVERITY_COLOR: Record<Severity, number> = { error: RED, warning: YELLOW, info: BLUE };
const CLASSIFICATION_COLOR: Record<Classification, number> = {
  cpu: MAGENTA, io: CYAN, 'blocking-io': RED, mixed: YELLOW, none: DIM,
};

/** Human-readable report: one block per file with something to say, then a summary. */
export function formatText(result: ScanResult, options: TextReportOptions): string {
  const paint: Paint = options.color
    ? (text, ...codes) => `\x1b[${codes.join(';')}m${text}\x1b[0m`
    : (text) => text;
  const blocks = result.files.map((file) => fileBlock(file, paint)).filter((block) => block !== '');
  return [...blocks, summaryBlock(summarize(result.files), paint)].join('\n\n') + '\n';
}

function fileBlock(file: FileResult, paint: Paint): string {
  const lines: string[] = [];
  if (file.error !== undefined) lines.push(`  ${paint('error:', RED)} ${file.error}`);
  if (file.skipped !== undefined) lines.push(`  ${paint('skipped:', DIM)} ${file.skipped}`);
  lines.push(...diagnosticLines(file.diagnostics, paint));
  lines.push(...functionLines(file.functions.filter((fn) => fn.classification !== 'none'), paint));
  return lines.length === 0 ? '' : [paint(file.path, BOLD, UNDERLINE), ...lines].join('\n');
}

/** `line:col  severity  message  rule-id`, the suggestion indented under the message. */
function diagnosticLines(diagnostics: readonly Diagnostic[], paint: Paint): string[] {
  const locationWidth = Math.max(0, ...diagnostics.map((d) => `${d.line}:${d.column}`.length));
  const severityWidth = Math.max(0, ...diagnostics.map((d) => d.severity.length));
  const indent = ' '.repeat(2 + locationWidth + 2 + severityWidth + 2);
  return diagnostics.flatMap((d) => {
    const location = paint(`${d.line}:${d.column}`.padEnd(locationWidth), DIM);
    const severity = paint(d.severity.padEnd(severityWidth), SEVERITY_COLOR[d.severity]);
    const head = `  ${location}  ${severity}  ${d.message}  ${paint(d.rule, DIM)}`;
    return d.suggestion ? [head, `${indent}${paint(d.suggestion, DIM)}`] : [head];
  });
}

/** `line:col  name  classification confidence  first evidence`. */
function functionLines(functions: readonly FunctionResult[], paint: Paint): string[] {
  if (functions.length === 0) return [];
  const locationWidth = Math.max(...functions.map((fn) => `${fn.line}:${fn.column}`.length));
  const nameWidth = Math.max(...functions.map((fn) => fn.name.length));
  const classificationWidth = Math.max(...functions.map((fn) => fn.classification.length));
  return [
    '  functions:',
    ...functions.map((fn) => {
      const location = paint(`${fn.line}:${fn.column}`.padEnd(locationWidth), DIM);
      const classification = paint(fn.classification.padEnd(classificationWidth), CLASSIFICATION_COLOR[fn.classification]);
      const evidence = fn.evidence[0]?.message ?? '';
      return `    ${location}  ${fn.name.padEnd(nameWidth)}  ${classification} ${fn.confidence.toFixed(2)}  ${evidence}`.trimEnd();
    }),
  ];
}

function summaryBlock(summary: ScanSummary, paint: Paint): string {
  const total = summary.analyzed + summary.skipped + summary.errors;
  const diagnostics = SEVERITIES.map((severity) => {
    const text = severity === 'info' ? `${summary.diagnostics.info} info` : count(summary.diagnostics[severity], severity);
    return summary.diagnostics[severity] > 0 ? paint(text, SEVERITY_COLOR[severity]) : text;
  });
  return [
    paint(`${count(total, 'file')} scanned: ${summary.analyzed} analyzed, ${summary.skipped} skipped, ${count(summary.errors, 'error')}`, BOLD),
    `Functions: ${CLASSIFICATIONS.map((c) => `${summary.functions[c]} ${c}`).join(', ')}`,
    `Diagnostics: ${diagnostics.join(', ')}`,
  ].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
