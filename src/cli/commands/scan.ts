import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ruleMetas } from '../../analyzer/rules';
import { scan } from '../../scan';
import { DEPENDENCY_AND_VCS_FOLDERS } from '../../scan/files';
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
      exclude: options.exclude,
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
  if (result.files.length === 0) env.stderr.write(nothingFoundHint(options.paths, result.skippedFolders ?? [], result.excludedFiles ?? 0));

  return exitCodeFor(summarize(result.files), options.maxWarnings);
}

/** Says why a scan found no file, on stderr so that a JSON or SARIF report on stdout stays whole. */
export function nothingFoundHint(paths: readonly string[], skippedFolders: readonly string[], excludedFiles = 0): string {
  const where = paths.map((p) => `"${p}"`).join(', ');
  const excluded = excludedFiles > 0 ? ` (${excludedFiles} left out by --exclude)` : '';
  const head = `concurrency-advisor: no JavaScript or TypeScript files found in ${where}${excluded}.\n`;
  if (skippedFolders.length === 0) return head;
  const listed = skippedFolders.slice(0, MAX_LISTED_FOLDERS).join(', ');
  const more = skippedFolders.length > MAX_LISTED_FOLDERS ? ` and ${skippedFolders.length - MAX_LISTED_FOLDERS} more` : '';
  // Build output is the likelier wish than dependencies or VCS data.
  const example = skippedFolders.find((folder) => !DEPENDENCY_AND_VCS_FOLDERS.has(path.basename(folder))) ?? skippedFolders[0];
  return `${head}Skipped folders (dependencies, VCS data, build output): ${listed}${more}. Name one to scan it: concurrency-advisor scan ${quoteForShell(example)}\n`;
}

const MAX_LISTED_FOLDERS = 5;

function quoteForShell(value: string): string {
  return /^[\w./\\:@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
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
