// The status bar item: the active file's summary from concurrencyAdvisor/fileReport, refreshed when the
// active editor changes and (debounced) when its diagnostics change; click for the file report.
import * as vscode from 'vscode';
import { isAnalyzable, type AdvisorClient } from './client';
import { COMMANDS, CONFIG_SECTION } from './protocol';
import { STATUS_DISABLED, STATUS_STARTING, STATUS_UNAVAILABLE, summarizeFile, type StatusSummary } from './status-summary';

const DEBOUNCE_MS = 250;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('concurrencyAdvisor.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  private generation = 0;

  constructor(private readonly advisor: AdvisorClient) {
    this.item.name = 'Concurrency Advisor';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(CONFIG_SECTION)) this.schedule();
      }),
      advisor.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  /** Debounced refresh: diagnostics arrive in bursts while typing. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  /** Refreshes now for the active editor; stale answers (a newer update started) are dropped. */
  update(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.pending?.cancel();
    this.pending?.dispose();
    this.pending = undefined;
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!isAnalyzable(document)) {
      this.item.hide();
      return;
    }
    const uri = document.uri;
    this.item.command = { title: 'Show file report', command: COMMANDS.showFunctionReport, arguments: [{ uri: uri.toString() }] };
    if (!vscode.workspace.getConfiguration(CONFIG_SECTION, uri).get<boolean>('enable', true)) {
      this.show(STATUS_DISABLED);
      return;
    }
    if (this.advisor.state !== 'running') {
      // The state event refreshes the item once the server is up (or has failed).
      this.show(this.advisor.state === 'starting' ? STATUS_STARTING : STATUS_UNAVAILABLE);
      return;
    }
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    this.advisor.fileReport(uri.toString(), source.token).then(
      (file) => {
        if (generation !== this.generation) return;
        if (file) this.show(summarizeFile(file));
        else this.item.hide();
      },
      () => {
        if (generation !== this.generation || source.token.isCancellationRequested) return;
        this.show(STATUS_UNAVAILABLE);
      },
    );
  }

  private show(summary: StatusSummary): void {
    this.item.text = summary.text;
    this.item.tooltip = new vscode.MarkdownString(summary.tooltip);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending?.cancel();
    this.pending?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
