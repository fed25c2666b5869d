// "Show Function Report": a read-only Markdown document built from concurrencyAdvisor/fileReport,
// served by a TextDocumentContentProvider, focused on a function when a line is given.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { errorMessage } from '../analyzer/errors';
import { isAnalyzable, type AdvisorClient } from './client';
import { hasUri, lineOf } from './protocol';
import { fileReportMarkdown } from './report-markdown';

export const REPORT_SCHEME = 'concurrency-advisor-report';

/** What the command resolves to (tests use it). */
export interface ShownReport {
  reportUri: string;
  focused?: string;
}

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) => {
    if (document.uri.scheme === REPORT_SCHEME) this.contents.delete(document.uri.toString());
  });

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? 'This report is no longer available: run "Concurrency Advisor: Show Function Report" again.';
  }

  /** One report document per source file: `concurrency-advisor-report:/<name>.report.md?<source uri>`. */
  set(source: vscode.Uri, markdown: string): vscode.Uri {
    const name = path.posix.basename(source.path) || 'untitled';
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.report.md`, query: source.toString() });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.closing.dispose();
    this.changed.dispose();
  }
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value, true);
  return undefined;
}

/** `{ uri, line? }` (CodeLens, status bar), a Uri (explorer), or nothing (palette: the active editor and its cursor). */
function target(argument: unknown): { uri: vscode.Uri; line?: number } | undefined {
  if (argument instanceof vscode.Uri) return { uri: argument };
  if (typeof argument === 'object' && argument !== null && (argument as { uri?: unknown }).uri instanceof vscode.Uri) {
    const value = argument as { uri: vscode.Uri; line?: unknown };
    return { uri: value.uri, line: lineOf(value) };
  }
  if (hasUri(argument)) return { uri: toUri(argument.uri)!, line: lineOf(argument) };
  const editor = vscode.window.activeTextEditor;
  if (!isAnalyzable(editor?.document)) return undefined;
  return { uri: editor.document.uri, line: editor.selection.active.line };
}

export async function showFunctionReport(
  advisor: AdvisorClient,
  documents: ReportDocuments,
  argument?: unknown,
): Promise<ShownReport | undefined> {
  const wanted = target(argument);
  if (!wanted) {
    void vscode.window.showInformationMessage('Concurrency Advisor: open a JavaScript or TypeScript file to see its report.');
    return undefined;
  }
  let file;
  try {
    file = await advisor.fileReport(wanted.uri.toString());
  } catch (error) {
    void vscode.window.showErrorMessage(`Concurrency Advisor: could not get the report: ${errorMessage(error)}`);
    return undefined;
  }
  if (!file) {
    void vscode.window.showInformationMessage(
      `Concurrency Advisor: no report for ${vscode.workspace.asRelativePath(wanted.uri)} (not analyzed: excluded, disabled or not a JS/TS file).`,
    );
    return undefined;
  }
  const label = wanted.uri.scheme === 'file' ? vscode.workspace.asRelativePath(wanted.uri) : wanted.uri.toString();
  const report = fileReportMarkdown(file, { uri: wanted.uri.toString(), label, focusLine: wanted.line });
  const reportUri = documents.set(wanted.uri, report.markdown);
  let document = await vscode.workspace.openTextDocument(reportUri);
  if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const position = new vscode.Position(report.focusHeadingLine, 0);
  await vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
    preserveFocus: false,
    selection: new vscode.Range(position, position),
  });
  return { reportUri: reportUri.toString(), focused: report.focused?.name };
}
