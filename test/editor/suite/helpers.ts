// Small, bounded helpers for the editor tests: poll instead of sleeping, and ask the browser side (the runner) for what
// only the browser can see (screenshots, notification text, webview content).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { config } from './config';

export const SOURCE = 'concurrency-advisor';
export const EXTENSION_ID = 'concurrency-advisor.concurrency-advisor';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a value other than `undefined` (or stops throwing), at most `timeoutMs`.
 * The last failure is part of the error, so a timed-out poll says what it last saw.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last === undefined ? '' : `; last error: ${last instanceof Error ? last.message : String(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return folder.uri;
}

/** A file of the test workspace (the runner copies examples/ to examples/ and test/editor/fixtures to fixtures/). */
export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** A fresh copy of a workspace file under a unique name, so tests that edit code never disturb each other. */
export async function copyOf(relative: string, suffix: string): Promise<vscode.Uri> {
  const source = workspaceFile(relative);
  const ext = path.posix.extname(source.path);
  const target = source.with({ path: `${source.path.slice(0, -ext.length)}.${suffix}${ext}` });
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a diagnostic: `code` is `{ value, target }` when the server sends a documentation link. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function rulesIn(uri: vscode.Uri): string[] {
  return [...new Set(ourDiagnostics(uri).map(ruleOf).filter((rule): rule is string => !!rule))].sort();
}

/** Polls until every rule in `expected` has at least one diagnostic on `uri`; returns all our diagnostics. */
export function waitForRules(uri: vscode.Uri, expected: readonly string[], timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics ${expected.join(', ')} on ${path.posix.basename(uri.path)} (have: ${rulesIn(uri).join(', ') || 'none'})`,
    () => {
      const diagnostics = ourDiagnostics(uri);
      const have = new Set(diagnostics.map(ruleOf));
      return expected.every((rule) => have.has(rule)) ? diagnostics : undefined;
    },
    { timeoutMs },
  );
}

export function diagnosticFor(uri: vscode.Uri, rule: string, line?: number): vscode.Diagnostic | undefined {
  return ourDiagnostics(uri).find((d) => ruleOf(d) === rule && (line === undefined || d.range.start.line === line));
}

/** 0-based line of the first line containing `needle`. */
export function lineOf(document: vscode.TextDocument, needle: string, from = 0): number {
  for (let line = from; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle)) return line;
  }
  throw new Error(`"${needle}" not found in ${document.uri.path}`);
}

export function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found in ${document.uri.path}`);
  return document.positionAt(offset);
}

/**
 * `vscode.executeCodeActionProvider`, retried: the first request right after a document opens can reject with
 * `Canceled` while the language server is still (re)analysing it.
 */
export async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  return waitFor(`code actions at ${path.posix.basename(uri.path)}:${range.start.line + 1}`, async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      kind,
      100,
    );
    return (actions ?? []).filter((action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
  });
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}

export function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** Closes every editor and waits until the tab list is empty. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('all editors closed', () => (allTabs().length === 0 ? true : undefined), { timeoutMs: 5000 });
}

export async function extensionActivated(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is loaded (extensionDevelopmentPath)`);
  if (!extension.isActive) await extension.activate();
  return extension;
}

export async function commandExists(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

// ---- probes answered by the browser side (test/editor/run.mjs) ----------------------------------------------------

let probeCounter = 0;

export interface ProbeAnswers {
  screenshot: { path: string };
  notifications: { texts: string[] };
  clickNotificationButton: { clicked: boolean };
  mouseAway: { moved: boolean };
  hovers: { texts: string[] };
  statusBar: { items: { id: string; text: string; tooltip: string }[] };
  webviews: { frames: { url: string; title: string; text: string }[] };
}

/**
 * Asks the runner to look at the browser: the request goes out through the extension host console (forwarded to the
 * runner by `codeAutomationLog`), the answer comes back as a file in the output folder.
 */
export async function probe<K extends keyof ProbeAnswers>(
  kind: K,
  args: Record<string, unknown> = {},
  timeoutMs = 20_000,
): Promise<ProbeAnswers[K]> {
  assert.ok(config.probes && config.outputDir, 'probes need test/editor/run.mjs (a browser workbench)');
  const id = `${config.mode}-${process.pid}-${++probeCounter}`;
  const answerFile = path.join(config.outputDir, 'probes', `${id}.json`);
  // Base64 so the request survives whatever formatting the console forwarding adds.
  console.log(`[editor-probe] ${Buffer.from(JSON.stringify({ id, kind, args })).toString('base64')}`);
  const answer = await waitFor(
    `the runner's answer to probe ${kind}`,
    () => (fs.existsSync(answerFile) ? (JSON.parse(fs.readFileSync(answerFile, 'utf8')) as { result?: unknown; error?: string }) : undefined),
    { timeoutMs, intervalMs: 50 },
  );
  if (answer.error) throw new Error(`probe ${kind} failed: ${answer.error}`);
  return answer.result as ProbeAnswers[K];
}

// ---- code actions ---------------------------------------------------------------------------------------------------

/**
 * The quick fixes offered at one of our diagnostics. `vscode.executeCodeActionProvider` does not return the actions'
 * `diagnostics`, so they cannot be matched by rule id; the fixtures are chosen so that no other provider (the
 * built-in TypeScript features) offers a quick fix there. The suppression actions ("Suppress <rule> on this line",
 * "Disable <rule> for this file") come last.
 */
export async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const rule = ruleOf(diagnostic) ?? '';
  return waitFor(`a quick fix for ${rule} at line ${diagnostic.range.start.line + 1}`, async () => {
    const actions = await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((action) => action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind) && (action.edit || action.command));
    const isSuppression = (action: vscode.CodeAction) => action.title.includes(rule) && /^(suppress|disable)\b/i.test(action.title);
    const rewrites = fixes.filter((action) => !isSuppression(action));
    if (rewrites.length) return [...rewrites, ...fixes.filter(isSuppression)];
    throw new Error(`offered: ${actions.map((action) => `"${action.title}" (${action.kind?.value ?? 'no kind'})`).join(', ') || 'nothing'}`);
  });
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `code action "${action.title}" has an edit or a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `workspace.applyEdit accepted "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Polls until no diagnostic of `rule` is left on `uri` (optionally: on the given line). */
export function waitForRuleGone(uri: vscode.Uri, rule: string, line?: number, timeoutMs = 20_000): Promise<true> {
  return waitFor(
    `${rule} to disappear from ${path.posix.basename(uri.path)}${line === undefined ? '' : `:${line + 1}`}`,
    () => (diagnosticFor(uri, rule, line) ? undefined : true),
    { timeoutMs },
  );
}

/** Sets `concurrencyAdvisor.<key>` in the workspace (the temp workspace's .vscode/settings.json); undefined removes it. */
export async function setWorkspaceSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('concurrencyAdvisor').update(key, value, vscode.ConfigurationTarget.Workspace);
}
