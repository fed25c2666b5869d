// "Analyze Workspace": the server analyzes every file and publishes diagnostics; progress comes back
// as LSP work-done progress on a token we create, cancel goes out as $/cancelRequest.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { errorMessage } from '../analyzer/errors';
import { type AdvisorClient } from './client';
import { REQUESTS, type AnalyzeWorkspaceParams, type AnalyzeWorkspaceResult } from './protocol';

export async function analyzeWorkspace(advisor: AdvisorClient): Promise<AnalyzeWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Concurrency Advisor: open a folder to analyze a workspace.');
    return undefined;
  }
  let result: AnalyzeWorkspaceResult | undefined;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Concurrency Advisor: analyzing workspace', cancellable: true },
      async (progress, token) => {
        const client = await advisor.ready();
        const workDoneToken = randomUUID();
        let reported = 0;
        const subscription = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const { message, percentage } = value as WorkDoneProgressBegin | WorkDoneProgressReport;
          const increment = typeof percentage === 'number' && percentage > reported ? percentage - reported : undefined;
          if (increment !== undefined) reported = percentage!;
          progress.report({ message, increment });
        });
        try {
          const params: AnalyzeWorkspaceParams = { workDoneToken };
          const answer = await client.sendRequest<AnalyzeWorkspaceResult | undefined>(REQUESTS.analyzeWorkspace, params, token);
          // A cancelled request may resolve to nothing (the client swallows RequestCancelled).
          return answer ?? (token.isCancellationRequested ? { files: 0, diagnostics: 0, cancelled: true } : undefined);
        } catch (error) {
          if (token.isCancellationRequested) return { files: 0, diagnostics: 0, cancelled: true };
          throw error;
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Concurrency Advisor: workspace analysis failed: ${errorMessage(error)}`);
    return undefined;
  }
  if (!result) return undefined;
  if (result.cancelled) {
    void vscode.window.showInformationMessage('Concurrency Advisor: workspace analysis cancelled.');
    return result;
  }
  const files = `${result.files} file${result.files === 1 ? '' : 's'}`;
  const findings = `${result.diagnostics} finding${result.diagnostics === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(`Concurrency Advisor: analyzed ${files}, ${findings}.`, 'Open Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
