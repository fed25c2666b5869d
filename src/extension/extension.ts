// VS Code entry point (dist/extension.js). A thin client: the language server does the analysis; this
// starts it, contributes the commands, the status bar item and the benchmark panel.
import * as vscode from 'vscode';
import { analyzeWorkspace } from './analyze-workspace';
import { runBenchmark } from './benchmark';
import { BenchmarkPanel } from './benchmark-panel';
import { parseBenchmarkReport } from './benchmark-report';
import { AdvisorClient } from './client';
import { COMMANDS, CONFIG_SECTION, INTERNAL_COMMANDS, OUTPUT_CHANNEL_NAME } from './protocol';
import { ReportDocuments, showFunctionReport } from './report';
import { StatusBar } from './status-bar';

let advisor: AdvisorClient | undefined;

/** Flips `concurrencyAdvisor.codeLens.enable` where it is set (folder, workspace) or else for the user. */
async function toggleHints(): Promise<boolean> {
  const resource = vscode.window.activeTextEditor?.document.uri;
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION, resource);
  const enabled = configuration.get<boolean>('codeLens.enable', true);
  const inspected = configuration.inspect<boolean>('codeLens.enable');
  const target =
    inspected?.workspaceFolderValue !== undefined && resource
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await configuration.update('codeLens.enable', !enabled, target);
  vscode.window.setStatusBarMessage(`Concurrency Advisor: hints ${enabled ? 'off' : 'on'}`, 3000);
  return !enabled;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  advisor = new AdvisorClient(context, output);
  const client = advisor;
  const reports = new ReportDocuments();
  const benchmarkContext = { extension: context, advisor: client, output };

  context.subscriptions.push(
    output,
    client,
    reports,
    new vscode.Disposable(() => BenchmarkPanel.disposeCurrent()),
    vscode.commands.registerCommand(COMMANDS.analyzeWorkspace, () => analyzeWorkspace(client)),
    vscode.commands.registerCommand(COMMANDS.showFunctionReport, (argument?: unknown) => showFunctionReport(client, reports, argument)),
    vscode.commands.registerCommand(COMMANDS.toggleHints, toggleHints),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      output.info('[client] restarting the language server');
      const restarted = await client.restart();
      if (restarted) vscode.window.setStatusBarMessage('Concurrency Advisor: language server restarted', 3000);
      return restarted !== undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.runBenchmark, (argument?: unknown) => runBenchmark(benchmarkContext, argument)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.showBenchmarkReport, (value: unknown) => {
      const parsed = parseBenchmarkReport(value);
      if ('error' in parsed) throw new Error(`Concurrency Advisor: not a benchmark report: ${parsed.error}`);
      BenchmarkPanel.show(context.extensionUri, parsed.report);
      return true;
    }),
  );
  // Registered before the server starts so the item says "starting", and so a failed start leaves the
  // commands working (Restart Server can recover).
  context.subscriptions.push(new StatusBar(client));
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  const stopping = advisor?.stop();
  advisor = undefined;
  return stopping;
}
