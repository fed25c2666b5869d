// "Run Micro-benchmark": pick a function (CodeLens argument, the function under the cursor) or a
// built-in workload, then run the benchmark CLI in a child process and show the report in the panel.
// User code never runs in the extension host: arguments typed here are passed through to the CLI.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BenchmarkPanel } from './benchmark-panel';
import {
  benchCliArguments,
  BUILTIN_WORKLOADS,
  interpretOutcome,
  resolveNodeExecutable,
  runBenchmarkProcess,
  type BenchmarkResult,
  type BenchmarkTarget,
  type BuiltinWorkload,
} from './benchmark-process';
import { errorMessage } from '../analyzer/errors';
import { isAnalyzable, type AdvisorClient } from './client';
import { hasUri } from './protocol';
import { displayName } from './report-markdown';

/** What the command resolves to; undefined when the user backed out of a prompt. */
export type BenchmarkCommandResult = BenchmarkResult | { kind: 'refused'; message: string } | undefined;

const BUILTIN_DESCRIPTIONS: Record<BuiltinWorkload, string> = {
  cpu: 'CPU-bound tasks (summing loops, about 200 ms each)',
  io: 'I/O-bound tasks (timer waits, about 1 s each)',
  mixed: 'I/O wait, then computation',
};

const ARGS_STATE_KEY = 'concurrencyAdvisor.benchmarkArgs';

interface Context {
  extension: vscode.ExtensionContext;
  advisor: AdvisorClient;
  output: vscode.LogOutputChannel;
}

const isBuiltin = (value: unknown): value is BuiltinWorkload =>
  typeof value === 'string' && (BUILTIN_WORKLOADS as readonly string[]).includes(value);

type Choice = { kind: 'builtin'; workload: BuiltinWorkload } | { kind: 'function'; uri: vscode.Uri; name: string; line?: number };

/** From the command argument: `{ uri, name, line }` (CodeLens, hover) or `{ builtin: 'cpu' }` (tests). */
function choiceFromArgument(argument: unknown): Choice | undefined {
  if (typeof argument !== 'object' || argument === null) return isBuiltin(argument) ? { kind: 'builtin', workload: argument } : undefined;
  const builtin = (argument as { builtin?: unknown }).builtin;
  if (isBuiltin(builtin)) return { kind: 'builtin', workload: builtin };
  const raw = argument as { uri?: unknown; name?: unknown; line?: unknown };
  const uri = raw.uri instanceof vscode.Uri ? raw.uri : hasUri(argument) ? vscode.Uri.parse(argument.uri, true) : undefined;
  if (!uri || typeof raw.name !== 'string' || raw.name === '') return undefined;
  return { kind: 'function', uri, name: raw.name, line: typeof raw.line === 'number' ? raw.line : undefined };
}

type PickItem = vscode.QuickPickItem & { choice?: Choice };

/** QuickPick: the function under the cursor (via concurrencyAdvisor/functionAt), then the built-in workloads. */
async function pickTarget(advisor: AdvisorClient): Promise<Choice | undefined> {
  const items: PickItem[] = [];
  const editor = vscode.window.activeTextEditor;
  if (isAnalyzable(editor?.document) && editor.document.uri.scheme === 'file') {
    const line = editor.selection.active.line;
    const fn = await advisor.functionAt(editor.document.uri.toString(), line).catch(() => null);
    if (fn && fn.name !== '<anonymous>' && fn.name !== '') {
      items.push({
        label: `$(symbol-function) ${fn.name}`,
        description: `function under the cursor · ${fn.classification}`,
        detail: `${vscode.workspace.asRelativePath(editor.document.uri)}:${fn.line}`,
        choice: { kind: 'function', uri: editor.document.uri, name: fn.name, line: fn.line - 1 },
      });
    } else if (fn) {
      items.push({
        label: `$(info) ${displayName(fn)} cannot be benchmarked`,
        description: 'give it a name, or export it',
        alwaysShow: true,
      });
    }
  }
  items.push({ label: 'Built-in workloads', kind: vscode.QuickPickItemKind.Separator });
  for (const workload of BUILTIN_WORKLOADS) {
    items.push({ label: `$(beaker) ${workload}`, description: BUILTIN_DESCRIPTIONS[workload], choice: { kind: 'builtin', workload } });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Concurrency Advisor: Run Micro-benchmark',
    placeHolder: 'Benchmark the function under the cursor or a built-in workload',
    matchOnDescription: true,
  });
  if (picked && !picked.choice) {
    void vscode.window.showInformationMessage(
      'Concurrency Advisor: the benchmark needs a named function (top-level or exported); pick a built-in workload or name the function.',
    );
  }
  return picked?.choice;
}

/** The file on disk is what runs: offer to save unsaved changes first. Resolves false to stop. */
async function ensureSaved(uri: vscode.Uri): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document?.isDirty) return true;
  const choice = await vscode.window.showWarningMessage(
    `${path.basename(uri.fsPath)} has unsaved changes; the benchmark runs the file on disk.`,
    'Save and Run',
    'Run Saved Version',
  );
  if (choice === 'Save and Run') return document.save();
  return choice === 'Run Saved Version';
}

async function askArguments(context: vscode.ExtensionContext, uri: vscode.Uri, name: string): Promise<string | undefined> {
  const key = `${uri.toString()}#${name}`;
  const remembered = context.workspaceState.get<Record<string, string>>(ARGS_STATE_KEY, {});
  const value = await vscode.window.showInputBox({
    title: `Benchmark arguments for ${name}`,
    prompt: 'A JSON array of arguments, or a JavaScript expression evaluated in the benchmark process. Leave empty to use the @benchmark tag (or no arguments).',
    placeHolder: 'e.g. [200000]  or  [Array.from({ length: 1e5 }, (_, i) => i)]',
    value: remembered[key] ?? '',
    ignoreFocusOut: true,
  });
  if (value !== undefined) await context.workspaceState.update(ARGS_STATE_KEY, { ...remembered, [key]: value });
  return value;
}

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

function log(output: vscode.LogOutputChannel, message: string): void {
  output.info(`[benchmark] ${message}`);
}

/** Splits a stream into whole lines (the log channel timestamps each line). */
function lineSplitter(onLine: (line: string) => void): { push(chunk: string): void; flush(): void } {
  let rest = '';
  return {
    push(chunk) {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    flush() {
      if (rest !== '') onLine(rest);
      rest = '';
    },
  };
}

async function execute(context: Context, target: BenchmarkTarget, title: string): Promise<BenchmarkResult> {
  const { extension, output } = context;
  const cli = extension.asAbsolutePath(path.join('dist', 'cli.js'));
  if (!existsSync(cli)) return { kind: 'error', message: `The benchmark CLI is missing (${cli}). Rebuild the extension.` };
  const node = resolveNodeExecutable();
  const args = benchCliArguments(cli, target);
  const folder = target.kind === 'function' ? vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target.file)) : vscode.workspace.workspaceFolders?.[0];
  const cwd = folder?.uri.scheme === 'file' ? folder.uri.fsPath : target.kind === 'function' ? path.dirname(target.file) : os.tmpdir();
  log(output, `${[node, ...args].map(quote).join(' ')}  (in ${cwd})`);
  const started = Date.now();

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Concurrency Advisor: benchmarking ${title}`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancellation = token.onCancellationRequested(() => {
        log(output, 'cancelled: stopping the benchmark process');
        abort.abort();
      });
      const stderr = lineSplitter((line) => {
        output.info(`[bench] ${line}`);
        if (line.trim()) progress.report({ message: line.trim().slice(0, 120) });
      });
      try {
        const outcome = await runBenchmarkProcess({ node, args, cwd, signal: abort.signal, onStderr: (chunk) => stderr.push(chunk) });
        stderr.flush();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        log(output, `finished in ${seconds} s (exit code ${outcome.exitCode ?? outcome.signal ?? 'none'})`);
        return interpretOutcome(outcome, node);
      } finally {
        cancellation.dispose();
      }
    },
  );
}

export async function runBenchmark(context: Context, argument?: unknown): Promise<BenchmarkCommandResult> {
  if (!vscode.workspace.isTrusted) {
    const message =
      'Concurrency Advisor: the micro-benchmark runs code from this workspace, so it is disabled in Restricted Mode. ' +
      'Trust the workspace to run it; the analysis works either way.';
    void vscode.window.showWarningMessage(message, 'Manage Workspace Trust').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return { kind: 'refused', message };
  }

  const choice = choiceFromArgument(argument) ?? (await pickTarget(context.advisor));
  if (!choice) return undefined;

  let target: BenchmarkTarget;
  let title: string;
  if (choice.kind === 'builtin') {
    target = { kind: 'builtin', workload: choice.workload };
    title = `the built-in ${choice.workload} workload`;
  } else {
    if (choice.uri.scheme !== 'file') {
      const message = 'Concurrency Advisor: save the file to disk first; the benchmark bundles and runs the saved file.';
      void vscode.window.showInformationMessage(message);
      return { kind: 'refused', message };
    }
    if (!(await ensureSaved(choice.uri))) return undefined;
    const args = await askArguments(context.extension, choice.uri, choice.name);
    if (args === undefined) return undefined;
    target = { kind: 'function', file: choice.uri.fsPath, name: choice.name, args };
    title = choice.name;
  }

  let result: BenchmarkResult;
  try {
    result = await execute(context, target, title);
  } catch (error) {
    result = { kind: 'error', message: `The benchmark could not run: ${errorMessage(error)}` };
  }
  switch (result.kind) {
    case 'report':
      log(context.output, `report: ${result.report.strategies.length} strategies; ${result.report.verdict?.summary ?? 'no verdict'}`);
      BenchmarkPanel.show(context.extension.extensionUri, result.report);
      break;
    case 'cancelled':
      void vscode.window.showInformationMessage('Concurrency Advisor: benchmark cancelled.');
      break;
    case 'not-implemented':
      log(context.output, result.message);
      void vscode.window.showInformationMessage(`Concurrency Advisor: ${result.message}`);
      break;
    case 'error':
      log(context.output, result.message);
      void vscode.window.showErrorMessage(`Concurrency Advisor: ${result.message}`, 'Show Log').then((picked) => {
        if (picked) context.output.show(true);
      });
      break;
  }
  return result;
}
