/** The report as text (an article-style table), Markdown and JSON. Works from the JSON contract alone. */
import type { BenchmarkReport, StrategyReport } from './types';

interface Column {
  header: string;
  align: 'left' | 'right';
  cell(strategy: StrategyReport, report: BenchmarkReport): string;
}

function ms(value: number): string {
  const abs = Math.abs(value);
  return `${value.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0)} ms`;
}

function bare(value: number): string {
  const abs = Math.abs(value);
  return value.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0);
}

const failed = (strategy: StrategyReport) => strategy.error !== undefined && strategy.rounds === 0;
const hasSequential = (report: BenchmarkReport) =>
  report.strategies.some((strategy) => strategy.name === 'sequential' && strategy.error === undefined);

const COLUMNS: Column[] = [
  { header: 'strategy', align: 'left', cell: (s) => s.name },
  { header: 'median wall', align: 'right', cell: (s) => (failed(s) ? 'failed' : ms(s.wallMs.median)) },
  { header: 'min-max', align: 'right', cell: (s) => (failed(s) ? '' : `${bare(s.wallMs.min)}-${bare(s.wallMs.max)} ms`) },
  { header: '±%', align: 'right', cell: (s) => (failed(s) || s.rounds < 2 ? '' : `±${s.wallMs.rme.toFixed(1)}%`) },
  { header: 'speed-up', align: 'right', cell: (s, r) => (failed(s) || !hasSequential(r) || s.error ? '' : `${s.speedup.toFixed(2)}x`) },
  { header: 'loop delay max', align: 'right', cell: (s) => (failed(s) ? '' : ms(s.eventLoopDelayMs.max)) },
  { header: 'CPU time', align: 'right', cell: (s) => (failed(s) ? '' : ms(s.cpuMs)) },
  { header: 'start-up', align: 'right', cell: (s) => (failed(s) || isMainThread(s) ? '' : ms(s.startupMs)) },
  { header: 'peak RSS', align: 'right', cell: (s) => (failed(s) || s.peakRssMb === 0 ? '' : `${s.peakRssMb.toFixed(0)} MB`) },
  { header: 'rounds', align: 'right', cell: (s) => String(s.rounds) },
];

function isMainThread(strategy: StrategyReport): boolean {
  return strategy.name === 'sequential' || strategy.name === 'async';
}

export function workloadTitle(report: BenchmarkReport): string {
  const { workload } = report;
  const what = workload.kind === 'builtin' ? `built-in workload "${workload.name}"` : `function ${workload.name}`;
  return `${what}, ${workload.tasks} task${workload.tasks === 1 ? '' : 's'} per round`;
}

function machineLine(report: BenchmarkReport): string {
  return `${report.machine.cpus} CPU${report.machine.cpus === 1 ? '' : 's'}, Node ${report.machine.node}`;
}

/** Stacks of the strategies that failed, indented under their names. */
function errorLines(report: BenchmarkReport, indent: string): string[] {
  const seen = new Map<string, string>();
  return report.strategies.flatMap((strategy) => {
    if (strategy.error === undefined) return [];
    const same = seen.get(strategy.error);
    if (same !== undefined) return [`${strategy.name} failed: the same error as ${same}`];
    seen.set(strategy.error, strategy.name);
    return [`${strategy.name} failed:`, ...strategy.error.split('\n').map((line) => `${indent}${line}`)];
  });
}

export function formatBenchmarkText(report: BenchmarkReport): string {
  const rows = [COLUMNS.map((column) => column.header), ...report.strategies.map((s) => COLUMNS.map((column) => column.cell(s, report)))];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const line = (row: string[]) => row
    .map((cell, index) => (COLUMNS[index].align === 'left' ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
    .join('  ')
    .trimEnd();
  const out = [
    `Micro-benchmark: ${workloadTitle(report)} (${machineLine(report)})`,
    '',
    line(rows[0]),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
    '',
    `verdict: ${report.verdict.summary}`,
  ];
  const errors = errorLines(report, '  ');
  if (errors.length > 0) out.push('', ...errors);
  return `${out.join('\n')}\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatBenchmarkMarkdown(report: BenchmarkReport): string {
  const header = COLUMNS.map((column) => column.header);
  const align = COLUMNS.map((column) => (column.align === 'left' ? ':---' : '---:'));
  const rows = report.strategies.map((strategy) => COLUMNS.map((column) => markdownCell(column.cell(strategy, report))));
  const table = [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`);
  const out = [
    `### Micro-benchmark: ${markdownCell(workloadTitle(report))}`,
    '',
    `_${machineLine(report)}_`,
    '',
    ...table,
    '',
    `**Verdict:** ${markdownCell(report.verdict.summary)}`,
  ];
  const errors = report.strategies.filter((strategy) => strategy.error !== undefined);
  for (const strategy of errors) out.push('', `${strategy.name} failed:`, '', '```', strategy.error ?? '', '```');
  return `${out.join('\n')}\n`;
}

export function formatBenchmarkJson(report: BenchmarkReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
