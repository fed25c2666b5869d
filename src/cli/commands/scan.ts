import { writeFile } from 'node:fs/promises';
import { ruleMetas } from '../../analyzer/rules';
import { scan } from '../../scan';
import type { ScanCommandOptions } from '../args';
import { exitCodeFor } from '../exit-code';
import type { CliEnvironment } from '../environment';
import { DOCS_BASE_URL, INFORMATION_URL, TOOL_VERSION } from '../package-info';
import { terminalProgress } from '../progress';
import { formatReport } from '../reporters';
import { summarize } from '../summary';
import { errorMessage } from '../../analyzer/errors';

/** `scan [paths...]`: analyze, write the report, and return the exit code. */
export async function runScanCommand(options: ScanCommandOptions, env: CliEnvironment): Promise<number> {
  const progress = !options.quiet && env.stderr.isTTY ? terminalProgress(env.stderr) : undefined;
  let result;
  try {
    result = await scan(options.paths, {
      rules: options.rules,
      maxFileSize: options.maxFileSize,
      onProgress: progress?.update,
      ...(options.cacheDir ? { cacheDir: options.cacheDir, toolVersion: TOOL_VERSION } : {}),
    });
  } finally {
    progress?.finish();
  }

  const report = formatReport(options.format, result, {
    color: options.output === undefined && useColor(env, options.noColor),
    toolVersion: TOOL_VERSION,
    rules: ruleMetas,
    sourceRoot: env.cwd,
    informationUri: INFORMATION_URL,
    docsBaseUri: DOCS_BASE_URL,
  });
  if (options.output === undefined) env.stdout.write(report);
  else await writeReport(options.output, report);

  return exitCodeFor(summarize(result.files), options.maxWarnings);
}

/** ANSI colours only on a terminal, and never when the user opted out (https://no-color.org). */
export function useColor(env: Pick<CliEnvironment, 'stdout' | 'variables'>, noColorFlag: boolean): boolean {
  return Boolean(env.stdout.isTTY) && !noColorFlag && !env.variables.NO_COLOR;
}

async function writeReport(file: string, report: string): Promise<void> {
  try {
    await writeFile(file, report);
  } catch (error) {
    throw new Error(`cannot write the report to ${file}: ${errorMessage(error)}`);
  }
}
