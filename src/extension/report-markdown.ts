// The "Show Function Report" document: a Markdown rendering of the server's FileResult. Pure: no 'vscode'.
import type { Classification, Diagnostic, FileResult, FunctionResult } from '../analyzer/types';
import { countClassifications } from './status-summary';

export interface ReportOptions {
  /** The analyzed document's URI (links point into it). */
  uri: string;
  /** A short name for the title, e.g. the workspace-relative path. */
  label: string;
  /** 0-based line: the report puts the innermost function spanning it first. */
  focusLine?: number;
}

export interface FileReportDocument {
  markdown: string;
  /** The function the report focuses, when `focusLine` fell inside one. */
  focused?: FunctionResult;
  /** 0-based line of the focused function's heading in `markdown` (0 without a focus). */
  focusHeadingLine: number;
}

const LABELS: Record<Classification, string> = {
  cpu: 'CPU-bound',
  'blocking-io': 'blocking I/O',
  mixed: 'mixed CPU + I/O',
  io: 'async I/O',
  none: 'trivial',
};

const RECOMMENDATIONS: Record<Classification, string> = {
  cpu: 'Move the computation off the event loop: a worker-thread pool (`worker_threads`, piscina); a child process when isolation is the point.',
  'blocking-io': 'Use the asynchronous API (`fs/promises`, `child_process.exec` / `execFile` with `await`) so the event loop keeps serving.',
  mixed: 'Await the I/O on the main thread and run the computation in a worker-thread pool.',
  io: 'Already asynchronous; start independent operations together with `Promise.all`.',
  none: '',
};

/** Innermost function whose lines (1-based in FileResult) contain the 0-based `line`. */
export function functionAtLine(functions: readonly FunctionResult[], line: number): FunctionResult | undefined {
  const target = line + 1;
  let best: FunctionResult | undefined;
  for (const fn of functions) {
    if (fn.line > target || fn.endLine < target) continue;
    if (best === undefined || fn.line > best.line || (fn.line === best.line && fn.endLine < best.endLine)) best = fn;
  }
  return best;
}

/**
 * Analyzer text as inline Markdown that reads well both as source (the report opens as a Markdown document)
 * and rendered: backtick code spans are kept (the suggestions use them), `->` chains become arrows, and only
 * what would break the output is escaped: `<tag`-like text (raw HTML) and, in table cells, pipes.
 */
export function inline(text: string, { table = false }: { table?: boolean } = {}): string {
  return text
    .replace(/\r?\n/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, index) => {
      const pipes = table ? part.replace(/\|/g, '\\|') : part;
      if (index % 2 === 1) return pipes; // a code span
      return pipes.replace(/ -> /g, ' → ').replace(/<(?=[A-Za-z/!?])/g, '\\<');
    })
    .join('');
}

export function displayName(fn: Pick<FunctionResult, 'name' | 'line'>): string {
  return fn.name === '<anonymous>' || fn.name === '' ? `anonymous function (line ${fn.line})` : fn.name;
}

function lineLink(uri: string, line: number): string {
  return `[${line}](${uri}#L${line})`;
}

function functionSection(fn: FunctionResult, diagnostics: readonly Diagnostic[], uri: string, heading: string): string[] {
  const lines = [
    `${heading} ${inline(displayName(fn))}: ${LABELS[fn.classification]}`,
    '',
    `Lines ${lineLink(uri, fn.line)}–${fn.endLine} · classification \`${fn.classification}\` · confidence ${fn.confidence.toFixed(2)}`,
    '',
  ];
  if (fn.evidence.length > 0) {
    lines.push('Evidence:', '');
    for (const evidence of fn.evidence) lines.push(`- line ${lineLink(uri, evidence.line)}: ${inline(evidence.message)}`);
    lines.push('');
  }
  const own = diagnostics.filter((d) => d.line >= fn.line && d.line <= fn.endLine);
  if (own.length > 0) {
    lines.push('Findings:', '');
    for (const d of own) lines.push(`- line ${lineLink(uri, d.line)} \`${d.rule}\` (${d.severity}): ${inline(d.message)}`);
    lines.push('');
  }
  if (RECOMMENDATIONS[fn.classification]) lines.push(`**What to do:** ${RECOMMENDATIONS[fn.classification]}`, '');
  return lines;
}

/** The whole report: summary, focused function, findings table, functions by classification. */
export function fileReportMarkdown(file: FileResult, options: ReportOptions): FileReportDocument {
  const { uri } = options;
  const lines: string[] = [`# Concurrency report: ${inline(options.label)}`, ''];
  if (file.error !== undefined) lines.push(`> **Could not analyze this file:** ${inline(file.error)}`, '');
  if (file.skipped !== undefined) lines.push(`> **Skipped:** ${inline(file.skipped)}`, '');

  const counts = countClassifications(file);
  const countText = (Object.keys(LABELS) as Classification[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${LABELS[kind]}`)
    .join(' · ');
  lines.push(
    `${file.functions.length} function${file.functions.length === 1 ? '' : 's'}` +
      `${countText ? ` (${countText})` : ''} · ${file.diagnostics.length} finding${file.diagnostics.length === 1 ? '' : 's'}`,
    '',
  );

  let focusHeadingLine = 0;
  const focused = options.focusLine === undefined ? undefined : functionAtLine(file.functions, options.focusLine);
  if (focused) {
    focusHeadingLine = lines.length;
    lines.push(...functionSection(focused, file.diagnostics, uri, '## Focus:'));
  } else if (options.focusLine !== undefined) {
    lines.push(`_No function spans line ${options.focusLine + 1}; showing the whole file._`, '');
  }

  if (file.diagnostics.length > 0) {
    lines.push('## Findings', '', '| Line | Severity | Rule | Finding | What to do |', '| --- | --- | --- | --- | --- |');
    for (const d of file.diagnostics) {
      lines.push(`| ${lineLink(uri, d.line)} | ${d.severity} | \`${d.rule}\` | ${inline(d.message, { table: true })} | ${inline(d.suggestion, { table: true })} |`);
    }
    lines.push('');
  }

  const interesting = file.functions.filter((fn) => fn.classification !== 'none' && fn !== focused);
  if (interesting.length > 0) {
    lines.push('## Functions', '');
    for (const fn of interesting) lines.push(...functionSection(fn, file.diagnostics, uri, '###'));
  }
  const trivial = file.functions.filter((fn) => fn.classification === 'none' && fn !== focused);
  if (trivial.length > 0) {
    lines.push(
      '## Trivial functions',
      '',
      trivial.map((fn) => `${inline(displayName(fn))} (line ${lineLink(uri, fn.line)})`).join(' · '),
      '',
    );
  }
  return { markdown: lines.join('\n'), focused, focusHeadingLine };
}
