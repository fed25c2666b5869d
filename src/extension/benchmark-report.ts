// The benchmark CLI's JSON report (issue 4's contract), validated for display, and its Markdown form.
// Pure: no 'vscode' import; shared by the panel, the HTML builder and the tests.

export const STRATEGY_NAMES = ['sequential', 'async', 'worker-threads', 'child-process', 'worker-threads+async'] as const;

export interface WallTime {
  median: number;
  min: number;
  max: number;
  /** Relative margin of error at 95%, in percent (±rme% around the median). */
  rme: number;
}

export interface StrategyResult {
  name: string;
  wallMs?: WallTime;
  rounds?: number;
  startupMs?: number;
  cpuMs?: number;
  eventLoopDelayMs?: { max?: number; p99?: number };
  peakRssMb?: number;
  speedup?: number;
  error?: string;
}

export interface BenchmarkReport {
  version: 1;
  workload: { kind: 'builtin' | 'function' | string; name: string; tasks?: number };
  machine?: { cpus?: number; node?: string };
  strategies: StrategyResult[];
  verdict?: { best?: string; classification?: string; summary?: string };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function strategy(value: unknown): StrategyResult | undefined {
  if (!isObject(value) || typeof value.name !== 'string') return undefined;
  const result: StrategyResult = { name: value.name };
  if (isObject(value.wallMs)) {
    const median = finite(value.wallMs.median);
    if (median !== undefined) {
      result.wallMs = {
        median,
        min: finite(value.wallMs.min) ?? median,
        max: finite(value.wallMs.max) ?? median,
        rme: finite(value.wallMs.rme) ?? 0,
      };
    }
  }
  result.rounds = finite(value.rounds);
  result.startupMs = finite(value.startupMs);
  result.cpuMs = finite(value.cpuMs);
  if (isObject(value.eventLoopDelayMs)) {
    result.eventLoopDelayMs = { max: finite(value.eventLoopDelayMs.max), p99: finite(value.eventLoopDelayMs.p99) };
  }
  result.peakRssMb = finite(value.peakRssMb);
  // The engine writes 0 when there is no sequential baseline or the strategy failed.
  const speedup = finite(value.speedup);
  result.speedup = speedup !== undefined && speedup > 0 ? speedup : undefined;
  if (typeof value.error === 'string' && value.error !== '') result.error = value.error;
  return result;
}

/** A checked copy of a report (unknown fields dropped, non-numbers removed), or a reason it is not one. */
export function parseBenchmarkReport(value: unknown): { report: BenchmarkReport } | { error: string } {
  if (!isObject(value)) return { error: 'the benchmark output is not a JSON object' };
  if (value.version !== 1) return { error: `unsupported report version ${JSON.stringify(value.version)} (expected 1)` };
  if (!Array.isArray(value.strategies)) return { error: 'the report has no "strategies" array' };
  const strategies = value.strategies.map(strategy);
  if (strategies.some((s) => s === undefined)) return { error: 'a strategy in the report has no name' };
  const workload = isObject(value.workload) ? value.workload : {};
  const machine = isObject(value.machine) ? value.machine : undefined;
  const verdict = isObject(value.verdict) ? value.verdict : undefined;
  return {
    report: {
      version: 1,
      workload: { kind: text(workload.kind) ?? 'function', name: text(workload.name) ?? '?', tasks: finite(workload.tasks) },
      machine: machine && { cpus: finite(machine.cpus), node: text(machine.node) },
      strategies: strategies as StrategyResult[],
      verdict: verdict && {
        best: text(verdict.best),
        classification: text(verdict.classification),
        summary: text(verdict.summary),
      },
    },
  };
}

/** Parses the CLI's stdout: the JSON document, possibly after log lines. */
export function parseBenchmarkOutput(stdout: string): { report: BenchmarkReport } | { error: string } {
  const trimmed = stdout.trim();
  if (trimmed === '') return { error: 'the benchmark printed nothing' };
  const start = trimmed.startsWith('{') ? 0 : trimmed.indexOf('\n{');
  if (start < 0) return { error: 'the benchmark output is not JSON' };
  try {
    return parseBenchmarkReport(JSON.parse(trimmed.slice(start)));
  } catch (error) {
    return { error: `the benchmark output is not valid JSON (${(error as Error).message})` };
  }
}

// ---- formatting shared by the HTML table and the Markdown copy

/** Milliseconds with a precision that suits their size: 0.42, 12.3, 1234. */
export function formatMs(value: number | undefined): string {
  if (value === undefined) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return value.toFixed(digits);
}

export function formatSpeedup(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}

export function formatRme(value: number | undefined): string {
  return value === undefined ? '–' : `±${value.toFixed(1)}%`;
}

export function formatMb(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(0);
}

export function workloadTitle(report: BenchmarkReport): string {
  const { workload } = report;
  const tasks = workload.tasks === undefined ? '' : ` · ${workload.tasks} task${workload.tasks === 1 ? '' : 's'}`;
  const kind = workload.kind === 'builtin' ? 'built-in workload' : 'function';
  return `${workload.name} (${kind}${tasks})`;
}

export function machineLine(report: BenchmarkReport): string {
  const parts: string[] = [];
  if (report.machine?.cpus !== undefined) parts.push(`${report.machine.cpus} CPU${report.machine.cpus === 1 ? '' : 's'}`);
  if (report.machine?.node) parts.push(`Node ${report.machine.node}`);
  return parts.join(' · ');
}

/** Column headers and the cells of one row, as plain text (callers escape for their format). */
export const TABLE_HEADERS = [
  'Strategy',
  'Median wall (ms)',
  'Min–max (ms)',
  '±',
  'Speed-up',
  'Loop delay max (ms)',
  'Loop delay p99 (ms)',
  'CPU (ms)',
  'Start-up (ms)',
  'Peak RSS (MB)',
  'Rounds',
] as const;

export function tableCells(s: StrategyResult): string[] {
  return [
    s.name,
    formatMs(s.wallMs?.median),
    s.wallMs ? `${formatMs(s.wallMs.min)}–${formatMs(s.wallMs.max)}` : '–',
    formatRme(s.wallMs?.rme),
    formatSpeedup(s.speedup),
    formatMs(s.eventLoopDelayMs?.max),
    formatMs(s.eventLoopDelayMs?.p99),
    formatMs(s.cpuMs),
    formatMs(s.startupMs),
    formatMb(s.peakRssMb),
    s.rounds === undefined ? '–' : String(s.rounds),
  ];
}

const markdownCell = (value: string) => value.replace(/\r?\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** "Copy as Markdown": a heading, the table and the verdict. */
export function benchmarkMarkdown(report: BenchmarkReport): string {
  const lines = [`### Micro-benchmark: ${markdownCell(workloadTitle(report))}`, ''];
  const machine = machineLine(report);
  if (machine) lines.push(machine, '');
  lines.push(`| ${TABLE_HEADERS.join(' | ')} |`, `| ${TABLE_HEADERS.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const s of report.strategies) {
    const cells = s.error ? [s.name, `error: ${s.error}`, ...TABLE_HEADERS.slice(2).map(() => '')] : tableCells(s);
    lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  lines.push('');
  if (report.verdict?.summary) lines.push(`**Verdict:** ${markdownCell(report.verdict.summary)}`, '');
  return lines.join('\n');
}
