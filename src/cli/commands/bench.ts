import { writeFile } from 'node:fs/promises';
import {
  BenchmarkOptionsError,
  formatBenchmarkJson,
  formatBenchmarkMarkdown,
  formatBenchmarkText,
  runBenchmark,
  type BenchmarkProgress,
  type BenchmarkReport,
} from '../../benchmark/index';
import { UsageError } from '../args';
import { benchHelpText, parseBenchArgs, type BenchFormat, type ProgressMode } from '../bench-args';
import type { CliEnvironment } from '../environment';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-code';
import { errorMessage } from '../../analyzer/errors';

/** Exit code after SIGINT/SIGTERM (128 + SIGINT), as shells report an interrupted command. */
export const EXIT_CANCELLED = 130;

/** `bench`: run the micro-benchmark, write the report, return the exit code (1 when a strategy failed). */
export async function runBenchCommand(args: readonly string[], env: CliEnvironment): Promise<number> {
  const commandLine = parseBenchArgs(args);
  if (commandLine.help) {
    env.stdout.write(benchHelpText());
    return EXIT_OK;
  }

  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = progressWriter(commandLine.progress, env.stderr);
  let report: BenchmarkReport;
  try {
    report = await runBenchmark(
      { ...commandLine.options, cwd: env.cwd },
      { signal: controller.signal, onProgress: progress.update, onOutput: progress.output },
    );
  } catch (error) {
    if (error instanceof BenchmarkOptionsError) throw new UsageError(error.message);
    if (controller.signal.aborted) {
      progress.finish();
      env.stderr.write('concurrency-advisor bench: cancelled\n');
      return EXIT_CANCELLED;
    }
    throw error;
  } finally {
    progress.finish();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const text = format(commandLine.format, report);
  if (commandLine.output === undefined) env.stdout.write(text);
  else await writeReport(commandLine.output, text);
  return report.strategies.some((strategy) => strategy.error !== undefined) ? EXIT_FINDINGS : EXIT_OK;
}

function format(kind: BenchFormat, report: BenchmarkReport): string {
  switch (kind) {
    case 'text': return formatBenchmarkText(report);
    case 'json': return formatBenchmarkJson(report);
    case 'markdown': return formatBenchmarkMarkdown(report);
  }
}

interface ProgressWriter {
  update(progress: BenchmarkProgress): void;
  /** Output of the benchmarked code. */
  output(text: string): void;
  finish(): void;
}

/**
 * auto: one redrawn status line on a terminal (nothing otherwise); text: one line per event;
 * json: one JSON object per line ({"type":"progress",...} and {"type":"output","text":...}), for the editor.
 * The benchmarked code's output goes to stderr too (raw, or as JSON lines), never into the report.
 */
function progressWriter(mode: ProgressMode, stream: CliEnvironment['stderr']): ProgressWriter {
  const live = mode === 'auto' && Boolean(stream.isTTY);
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    update(progress) {
      if (mode === 'json') stream.write(`${JSON.stringify({ type: 'progress', ...progress })}\n`);
      else if (mode === 'text') stream.write(`${progress.message}\n`);
      else if (live) {
        const width = Math.max(20, ((stream as { columns?: number }).columns ?? 80) - 1);
        stream.write(`\r\x1b[2K${progress.message.slice(0, width)}`);
        shown = true;
      }
    },
    output(text) {
      if (mode === 'json') {
        stream.write(`${JSON.stringify({ type: 'output', text })}\n`);
        return;
      }
      clear();
      stream.write(text);
    },
    finish: clear,
  };
}

async function writeReport(file: string, report: string): Promise<void> {
  try {
    await writeFile(file, report);
  } catch (error) {
    throw new Error(`cannot write the report to ${file}: ${errorMessage(error)}`);
  }
}
