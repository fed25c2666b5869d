// The benchmark results panel: one instance, reused for every run and disposed cleanly.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { buildBenchmarkHtml, makeNonce } from './benchmark-html';
import { benchmarkMarkdown, workloadTitle, type BenchmarkReport } from './benchmark-report';

export const BENCHMARK_VIEW_TYPE = 'concurrencyAdvisor.benchmark';

export class BenchmarkPanel {
  private static current: BenchmarkPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private report: BenchmarkReport;
  private disposed = false;

  /** Shows the report in the existing panel (revealed) or in a new one. */
  static show(extensionUri: vscode.Uri, report: BenchmarkReport): BenchmarkPanel {
    if (BenchmarkPanel.current) {
      BenchmarkPanel.current.update(report);
      BenchmarkPanel.current.panel.reveal(undefined, true);
      return BenchmarkPanel.current;
    }
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      BENCHMARK_VIEW_TYPE,
      'Micro-benchmark',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], enableFindWidget: true },
    );
    BenchmarkPanel.current = new BenchmarkPanel(panel, media, report);
    return BenchmarkPanel.current;
  }

  static disposeCurrent(): void {
    BenchmarkPanel.current?.dispose();
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
    report: BenchmarkReport,
  ) {
    this.report = report;
    this.panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message), undefined, this.disposables);
    this.render();
  }

  update(report: BenchmarkReport): void {
    this.report = report;
    this.render();
  }

  /** A fresh nonce for every render; assets only from media/ through asWebviewUri. */
  private render(): void {
    const webview = this.panel.webview;
    this.panel.title = `Benchmark: ${this.report.workload.name}`;
    webview.html = buildBenchmarkHtml({
      report: this.report,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'benchmark.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'benchmark.css')).toString(),
      cspSource: webview.cspSource,
      nonce: makeNonce((size) => randomBytes(size)),
    });
  }

  private async receive(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'copyMarkdown') return;
    await vscode.env.clipboard.writeText(benchmarkMarkdown(this.report));
    void this.panel.webview.postMessage({ type: 'copied' });
    vscode.window.setStatusBarMessage(`Copied the benchmark of ${workloadTitle(this.report)} as Markdown`, 3000);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (BenchmarkPanel.current === this) BenchmarkPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
