import * as fs from 'node:fs';
import { ruleMetas } from '../../analyzer/rules';
import { scan } from '../../scan';
import type { ScanCommandOptions } from '../args';
import { exitCodeFor } from '../exit-code';
import type { CliEnvironment } from '../environment';
import { INFORMATION_URL, REPOSITORY_URL, TOOL_VERSION } from '../package-info';
import { terminalProgress } from '../progress';
import { formatReport } from '../reporters';
import { summarize } from '../summary';

/** `scan [paths...]`: analyze, write the report, and return the exit code. */
export async function runScanCommand(options: ScanCommandOptions, env: CliEnvironment): Promise<number> {
  const progress = !options.quiet && env.stderr.isTTY ? terminalProgress(env.stderr) : undefined;
  let result;
  try {
    result = await scan(options.paths, {
      rules: options.rules,
      maxFileSize: options.maxFileSize,
      onProgress: progress?.update,
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
    docsBaseUri: REPOSITORY_URL && `${REPOSITORY_URL}/blob/HEAD/`,
  });
  if (options.output === undefined) env.stdout.write(report);
  else writeReport(options.output, report);

  return exitCodeFor(summarize(result.files), options.maxWarnings);
}

/** ANSI colours only on a terminal, and never when the user opted out (https://no-color.org). */
export function useColor(env: Pick<CliEnvironment, 'stdout' | 'variables'>, noColorFlag: boolean): boolean {
  return Boolean(env.stdout.isTTY) && !noColorFlag && !env.variables.NO_COLOR;
}

function writeReport(file: string, report: string): void {
  try {
    fs.writeFileSync(file, report);
  } catch (error) {
    throw new Error(`cannot write the report to ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
