import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import {
  CancellationTokenSource,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type CodeLensParams,
  type Connection,
  type DidChangeWatchedFilesParams,
  type ExecuteCommandParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../package.json';
import { ruleMetas } from '../analyzer/rules/index';
import type { Diagnostic, FileResult, FunctionResult } from '../analyzer/types';
import type { FixRefusal, FixResult } from '../fixes/types';
import { DEFAULT_MAX_FILE_SIZE, looksMinified } from '../scan/read';
import {
  FIX_ALL_KIND,
  QUICK_FIX_KIND,
  codeLensesFor,
  diagnosticRange,
  diagnosticsOf,
  fixAllAction,
  functionAtHeader,
  functionSpanningLine,
  hoverFor,
  isSameDiagnostic,
  quickFixAction,
  rangesIntersect,
  resolveLens,
  toLspDiagnostic,
  withOnePreferred,
  type DiagnosticMapping,
  type EditMapping,
  type LensData,
} from './convert';
import { NO_FIXES, fixAll, isSuppression, rewriteFixes, safeFixesFor, type FixProvider } from './fixes';
import { DocumentSourceHost } from './host';
import { documentPath, excludingGlob, fileUriToPath, pathToUri } from './paths';
import { ProjectPool, analyzeOptionsOf, analyzeSafely, messageOf } from './projects';
import {
  AnalyzeWorkspaceRequest,
  FileReportRequest,
  FunctionAtRequest,
  SHOW_FIX_NOTES_COMMAND,
  type AnalyzeWorkspaceParams,
  type AnalyzeWorkspaceResult,
  type FileReportParams,
  type FunctionAtParams,
} from './protocol';
import { SETTINGS_SECTION, SettingsCache, type Settings } from './settings';
import { runInBatches, turnEventLoop, workspaceFiles } from './workspace';

export interface ServerOptions {
  /** `fixesFor` of src/fixes; without it no quick fixes are offered. */
  fixProvider?: FixProvider;
  /**
   * Rules for which the provider has fixes that rewrite code (beyond suppressions). Fixes are verified by
   * re-analysis, so they are computed when asked for (code actions, hover); until then `data.fixable` says whether
   * the rule has such fixes at all.
   */
  fixableRules?: readonly string[];
  /** Folder holding `<rule>.md`; default: `docs/rules` of the installed package, found from this file. */
  docsRoot?: string;
  /** Documents longer than this many characters are not analyzed (default 2 MB, like the CLI). */
  maxDocumentSize?: number;
  /** Files analyzed together in one step of a workspace run (default 25). */
  workspaceBatchSize?: number;
}

const SERVER_NAME = 'concurrency-advisor-lsp';
/** Dependents re-analyzed after one file changes; beyond this, they catch up when they are next opened. */
const MAX_DEPENDENTS = 200;
const BINARY_SNIFF_LENGTH = 8 * 1024;

/** The analysis of one version of an open document (or of a file on disk, `version` undefined). */
interface Analysis {
  uri: string;
  version: number | undefined;
  settingsKey: string;
  settings: Settings;
  text: string;
  languageId: string;
  result: FileResult;
  fixes: Map<Diagnostic, FixResult>;
}

interface DocumentState {
  uri: string;
  /** The analyzer's path for the document; undefined when it is not JavaScript or TypeScript. */
  path: string | undefined;
  languageId: string;
  /** The last version seen by a change handler, to tell the open event from real changes. */
  seenVersion: number;
  timer?: ReturnType<typeof setTimeout>;
  analysis?: Analysis;
  /** A file it imports changed since the analysis: re-analyze even though the version is the same. */
  stale: boolean;
  /** The version whose analysis last triggered the re-analysis of the document's dependents. */
  dependentsVersion?: number;
  loggedSkip?: string;
}

interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchedFiles: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  codeActionLiterals: boolean;
  hoverMarkdown: boolean;
  codeLensRefresh: boolean;
}

/** Wires the language server's features onto a connection; `connection.listen()` is left to the caller. */
export function startServer(connection: Connection, options: ServerOptions = {}): AdvisorServer {
  return new AdvisorServer(connection, options);
}

export class AdvisorServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly host: DocumentSourceHost;
  private readonly projects: ProjectPool;
  private readonly settings: SettingsCache;
  private readonly fixProvider: FixProvider;
  private readonly fixableRules: ReadonlySet<string>;
  private readonly docsRoot: string;
  private readonly maxDocumentSize: number;
  private readonly batchSize: number;

  private readonly states = new Map<string, DocumentState>();
  /** Analyzer path -> URI of the open document, so results point at the URIs the client knows. */
  private readonly openPaths = new Map<string, string>();
  /** Files (not open) whose diagnostics were published by a workspace run. */
  private readonly workspaceUris = new Set<string>();
  private readonly pending = new Set<string>();
  private draining = false;
  private workspaceRun: CancellationTokenSource | undefined;
  private workspaceRequested = false;
  /** Workspace runs the user asked for that are in progress: a settings refresh must not cancel them. */
  private userRuns = 0;
  private refreshAfterUserRun = false;
  private folders: { uri: string; path: string }[] = [];
  private globalSettings: unknown = undefined;
  private client: ClientSupport = {
    configuration: false,
    workspaceFolders: false,
    dynamicConfiguration: false,
    dynamicWatchedFiles: false,
    documentChanges: false,
    createFiles: false,
    codeActionLiterals: false,
    hoverMarkdown: true,
    codeLensRefresh: false,
  };
  private shuttingDown = false;

  constructor(private readonly connection: Connection, options: ServerOptions = {}) {
    this.maxDocumentSize = options.maxDocumentSize ?? DEFAULT_MAX_FILE_SIZE;
    this.host = new DocumentSourceHost(this.maxDocumentSize);
    this.projects = new ProjectPool(this.host);
    this.fixProvider = options.fixProvider ?? (() => NO_FIXES);
    this.fixableRules = new Set(options.fixProvider ? (options.fixableRules ?? ruleMetas.map((meta) => meta.id)) : []);
    this.docsRoot = options.docsRoot ?? findDocsRoot();
    this.batchSize = options.workspaceBatchSize ?? 25;
    this.settings = new SettingsCache(
      (resource) => this.fetchSettings(resource),
      (error) => this.logError('reading the settings failed', error),
    );
    this.register();
  }

  // ------------------------------------------------------------------ wiring

  private register(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => this.guardNotification('initialized', () => this.initialized()));
    c.onShutdown(() => this.shutdown());
    c.onDidChangeConfiguration((params) => this.guardNotification('didChangeConfiguration', () => this.configurationChanged(params.settings)));
    c.onDidChangeWatchedFiles((params) => this.guardNotification('didChangeWatchedFiles', () => this.watchedFilesChanged(params)));
    c.onHover(this.guard('hover', () => null, (params: HoverParams) => this.hover(params)));
    c.onCodeAction(this.guard('codeAction', () => [], (params: CodeActionParams) => this.codeActions(params)));
    c.onCodeLens(this.guard('codeLens', () => [], (params: CodeLensParams) => this.codeLenses(params)));
    c.onCodeLensResolve(this.guard('codeLens/resolve', (lens: CodeLens) => resolveLens(lens, undefined), (lens: CodeLens) => this.resolveCodeLens(lens)));
    c.onExecuteCommand(this.guard('executeCommand', () => null, (params: ExecuteCommandParams) => this.executeCommand(params)));
    c.onRequest(AnalyzeWorkspaceRequest, this.guard('analyzeWorkspace', () => ({ files: 0, diagnostics: 0, cancelled: true }), (params: AnalyzeWorkspaceParams, token) => this.analyzeWorkspace(params, token)));
    c.onRequest(FileReportRequest, this.guard('fileReport', (params: FileReportParams) => failedReport(params?.uri), (params: FileReportParams) => this.fileReport(params)));
    c.onRequest(FunctionAtRequest, this.guard('functionAt', () => null, (params: FunctionAtParams) => this.functionAt(params)));

    this.documents.onDidOpen((event) => this.guardNotification('didOpen', () => this.opened(event.document)));
    this.documents.onDidChangeContent((event) => this.guardNotification('didChange', () => this.changed(event.document)));
    this.documents.onDidSave((event) => this.guardNotification('didSave', () => this.saved(event.document)));
    this.documents.onDidClose((event) => this.guardNotification('didClose', () => this.closed(event.document)));
    this.documents.listen(c);
  }

  /** A request handler that never throws and never hangs: an exception is logged and answered with `fallback(params)`. */
  private guard<P, R>(name: string, fallback: (params: P) => R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        this.logError(`${name} failed`, error);
        return fallback(params);
      }
    };
  }

  private guardNotification(name: string, handler: () => unknown): void {
    try {
      const result = handler();
      if (result instanceof Promise) result.catch((error: unknown) => this.logError(`${name} failed`, error));
    } catch (error) {
      this.logError(`${name} failed`, error);
    }
  }

  private log(message: string): void {
    if (!this.shuttingDown) this.connection.console.log(message);
  }

  private logError(message: string, error: unknown): void {
    if (this.shuttingDown) return;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`${message}: ${detail}`);
  }

  // ------------------------------------------------------------------ lifecycle

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities ?? {};
    const workspace = capabilities.workspace;
    const textDocument = capabilities.textDocument;
    this.client = {
      configuration: workspace?.configuration === true,
      workspaceFolders: workspace?.workspaceFolders === true,
      dynamicConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
      dynamicWatchedFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      documentChanges: workspace?.workspaceEdit?.documentChanges === true,
      createFiles: workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
      codeActionLiterals: textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
      hoverMarkdown: textDocument?.hover?.contentFormat === undefined || textDocument.hover.contentFormat.includes('markdown'),
      codeLensRefresh: workspace?.codeLens?.refreshSupport === true,
    };
    this.folders = foldersOf(params.workspaceFolders, params.rootUri);
    // Clients without workspace/configuration (some editors) may pass the settings at start-up instead.
    const initial = params.initializationOptions as Record<string, unknown> | null | undefined;
    if (initial && typeof initial === 'object') this.globalSettings = initial[SETTINGS_SECTION] ?? initial;
    const result: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: this.client.codeActionLiterals ? { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] } : true,
      codeLensProvider: { resolveProvider: true },
      executeCommandProvider: { commands: [SHOW_FIX_NOTES_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    return { capabilities: result, serverInfo: { name: SERVER_NAME, version: packageJson.version } };
  }

  private async initialized(): Promise<void> {
    const registrations: Promise<unknown>[] = [];
    if (this.client.dynamicConfiguration) {
      registrations.push(this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }));
    }
    if (this.client.dynamicWatchedFiles) {
      registrations.push(
        this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}' }, { globPattern: '**/package.json' }],
        }),
      );
    }
    if (this.client.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) =>
        this.guardNotification('didChangeWorkspaceFolders', () => {
          const removed = new Set(event.removed.map((folder) => folder.uri));
          this.folders = [...this.folders.filter((folder) => !removed.has(folder.uri)), ...foldersOf(event.added, null)];
          this.settings.clear();
          this.revalidateOpen(true);
        }),
      );
    }
    const settled = await Promise.allSettled(registrations);
    for (const outcome of settled) if (outcome.status === 'rejected') this.logError('a registration failed', outcome.reason);
    this.log(`${SERVER_NAME} ${packageJson.version} ready (${this.folders.length} workspace folder(s))`);
  }

  private shutdown(): void {
    this.shuttingDown = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.pending.clear();
    this.workspaceRun?.cancel();
  }

  // ------------------------------------------------------------------ settings

  private fetchSettings(resource: string): Promise<unknown> {
    if (!this.client.configuration) return Promise.resolve(this.globalSettings);
    return this.connection.workspace.getConfiguration({ scopeUri: resource, section: SETTINGS_SECTION });
  }

  private configurationChanged(settings: unknown): void {
    if (!this.client.configuration) {
      const section = (settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
      this.globalSettings = section ?? settings;
    }
    this.settings.clear();
    this.revalidateOpen(false);
    if (this.workspaceRequested) void this.refreshWorkspace();
    if (this.client.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch((error: unknown) => this.logError('codeLens/refresh failed', error));
  }

  // ------------------------------------------------------------------ documents

  private opened(document: TextDocument): void {
    const path = documentPath(document.uri, document.languageId);
    const state: DocumentState = { uri: document.uri, path, languageId: document.languageId, seenVersion: document.version, stale: false };
    this.states.set(document.uri, state);
    if (!path) return;
    this.openPaths.set(path, document.uri);
    this.setOpenText(path, document.getText());
    this.enqueue(document.uri);
  }

  private changed(document: TextDocument): void {
    const state = this.states.get(document.uri);
    if (!state || state.seenVersion === document.version) return;
    state.seenVersion = document.version;
    if (!state.path) return;
    this.setOpenText(state.path, document.getText());
    const uri = document.uri;
    void this.settings.get(uri).then((settings) => {
      if (settings.run === 'onType' && this.states.get(uri) === state) this.schedule(state, settings.debounceMs);
    });
  }

  private saved(document: TextDocument): void {
    const state = this.states.get(document.uri);
    if (!state?.path) return;
    const uri = document.uri;
    void this.settings.get(uri).then((settings) => {
      if (this.states.get(uri) !== state) return;
      if (settings.run === 'onSave') this.schedule(state, 0);
      // Saved: files on disk that import it (published by a workspace run) see the new text now.
      this.refreshDependents(state.path!, true);
    });
  }

  private closed(document: TextDocument): void {
    const state = this.states.get(document.uri);
    this.states.delete(document.uri);
    this.pending.delete(document.uri);
    if (!state) return;
    clearTimeout(state.timer);
    if (!state.path) return;
    const path = state.path;
    this.openPaths.delete(path);
    // Importers saw the unsaved text; from now on they see the disk again.
    this.refreshDependents(path, false);
    this.host.setClosed(path);
    this.projects.invalidate(path);
    if (this.workspaceUris.has(document.uri)) this.enqueue(document.uri);
    else void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }

  private setOpenText(path: string, text: string): void {
    this.host.setOpen(path, text);
    this.projects.setText(path, text);
  }

  private schedule(state: DocumentState, delay: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.enqueue(state.uri);
    }, delay);
  }

  /** Queue a document (or a workspace file) for analysis and publication; each URI is queued once. */
  private enqueue(uri: string): void {
    if (this.shuttingDown) return;
    this.pending.add(uri);
    if (!this.draining) void this.drain();
  }

  /** Works through the queue one file at a time, letting other messages in between files. */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.size > 0 && !this.shuttingDown) {
        const uri = this.pending.values().next().value!;
        this.pending.delete(uri);
        try {
          // concurrency-advisor-disable-next-line await-in-loop-independent -- one file at a time, by design
          await this.validate(uri);
        } catch (error) {
          this.logError(`analyzing ${uri} failed`, error);
        }
        await turnEventLoop();
      }
    } finally {
      this.draining = false;
    }
  }

  private async validate(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (state) return this.validateOpen(state);
    if (this.workspaceUris.has(uri)) return this.validateOnDisk(uri);
  }

  private async validateOpen(state: DocumentState): Promise<void> {
    const analysis = await this.analysisOf(state);
    // Only the newest version is published: a result for an older one is dropped (its successor is queued).
    if (!analysis || this.states.get(state.uri) !== state || this.documents.get(state.uri)?.version !== analysis.version) return;
    this.publish(analysis);
    if (state.path && state.dependentsVersion !== analysis.version) {
      // Importers saw the disk text until now: they need another look when this text differs (an edit, or a
      // document restored with unsaved changes).
      const first = state.dependentsVersion === undefined;
      state.dependentsVersion = analysis.version;
      const disk = this.host.readDisk(state.path);
      if (!first || !('text' in disk) || disk.text !== analysis.text) this.refreshDependents(state.path, false);
    }
  }

  private async validateOnDisk(uri: string): Promise<void> {
    const analysis = await this.diskAnalysis(uri);
    if (this.states.has(uri)) return; // opened meanwhile: the document's own analysis wins
    if (!analysis || analysis.result.skipped !== undefined || (analysis.result.error !== undefined && !/syntax error/.test(analysis.result.error))) {
      this.workspaceUris.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    this.publish(analysis);
  }

  /** Re-analyze what imports `path`: open documents, and with `includeWorkspace` files published by a workspace run. */
  private refreshDependents(path: string, includeWorkspace: boolean): void {
    for (const dependent of this.projects.dependentsOf(path, MAX_DEPENDENTS)) {
      const openUri = this.openPaths.get(dependent);
      if (openUri) {
        const state = this.states.get(openUri);
        if (state) state.stale = true;
        this.enqueue(openUri);
        continue;
      }
      const uri = pathToUri(dependent);
      if (includeWorkspace && this.workspaceUris.has(uri)) this.enqueue(uri);
    }
  }

  private revalidateOpen(markStale: boolean): void {
    for (const state of this.states.values()) {
      if (!state.path) continue;
      if (markStale) state.stale = true;
      this.enqueue(state.uri);
    }
  }

  // ------------------------------------------------------------------ analysis

  /** The analysis of the document's current version, computed when missing or out of date. */
  private async analysisOf(state: DocumentState): Promise<Analysis | undefined> {
    if (!state.path) return undefined;
    const settings = await this.settings.get(state.uri);
    const document = this.documents.get(state.uri);
    if (!document || this.states.get(state.uri) !== state) return undefined;
    const settingsKey = JSON.stringify(settings);
    const cached = state.analysis;
    if (cached && cached.version === document.version && cached.settingsKey === settingsKey && !state.stale) return cached;
    const text = document.getText();
    const path = state.path;
    const skipped = this.skipReason(path, text, settings);
    if (skipped && skipped !== state.loggedSkip && !skipped.startsWith('excluded') && !skipped.startsWith('disabled')) {
      this.log(`not analyzing ${state.uri}: ${skipped}`);
    }
    state.loggedSkip = skipped;
    state.stale = false;
    const result: FileResult = skipped
      ? { path, functions: [], diagnostics: [], skipped }
      : this.analyzeOne(path, settings, new Map([[path, text]]));
    state.analysis = { uri: state.uri, version: document.version, settingsKey, settings, text, languageId: state.languageId, result, fixes: new Map() };
    return state.analysis;
  }

  /** A file that is not open, analyzed from disk with its resource's settings. */
  private async diskAnalysis(uri: string): Promise<Analysis | undefined> {
    const path = fileUriToPath(uri);
    if (!path) return undefined;
    const settings = await this.settings.get(uri);
    const read = this.host.readDisk(path);
    const text = 'text' in read ? read.text : '';
    const skipped = 'text' in read ? this.skipReason(path, text, settings) : 'skipped' in read ? read.skipped : undefined;
    let result: FileResult;
    if ('error' in read) result = { path, functions: [], diagnostics: [], error: read.error };
    else if (skipped) result = { path, functions: [], diagnostics: [], skipped };
    else result = this.analyzeOne(path, settings);
    return { uri, version: undefined, settingsKey: JSON.stringify(settings), settings, text, languageId: languageOf(path), result, fixes: new Map() };
  }

  private analyzeOne(path: string, settings: Settings, texts?: ReadonlyMap<string, string>): FileResult {
    const options = analyzeOptionsOf(settings);
    const [result] = analyzeSafely(this.projects.get(options), [path], texts, (error) => {
      this.logError(`the analyzer failed on ${path}`, error);
      this.projects.discard(options);
    });
    return result;
  }

  private skipReason(path: string, text: string, settings: Settings): string | undefined {
    if (!settings.enable) return 'disabled by the concurrencyAdvisor.enable setting';
    const glob = excludingGlob(path, settings.exclude, this.folders.map((folder) => folder.path));
    if (glob !== undefined) return `excluded by the pattern ${glob}`;
    if (text.length > this.maxDocumentSize) return `document is larger than ${Math.round(this.maxDocumentSize / 1024)} KB`;
    if (text.slice(0, BINARY_SNIFF_LENGTH).includes('\0')) return 'binary document';
    if (looksMinified(text)) return 'minified or generated file';
    return undefined;
  }

  private fixesOf(analysis: Analysis, diagnostic: Diagnostic): FixResult {
    let fixes = analysis.fixes.get(diagnostic);
    if (!fixes) {
      fixes = safeFixesFor(this.fixProvider, { path: analysis.result.path, text: analysis.text, diagnostic, host: this.host }, (error) =>
        this.logError(`fixesFor failed on ${diagnostic.rule} at ${analysis.result.path}:${diagnostic.line}`, error),
      );
      analysis.fixes.set(diagnostic, fixes);
    }
    return fixes;
  }

  private diagnosticMapping(analysis: Analysis): DiagnosticMapping {
    return {
      uri: analysis.uri,
      uriOf: (path) => this.uriOfPath(path),
      docsHref: (rule) => this.docsHref(rule),
      fixable: (diagnostic) => {
        const computed = analysis.fixes.get(diagnostic);
        return computed ? this.offeredRewrites(analysis, diagnostic).length > 0 : this.fixableRules.has(diagnostic.rule);
      },
    };
  }

  private publish(analysis: Analysis): void {
    const diagnostics = analysis.result.skipped !== undefined ? [] : diagnosticsOf(analysis.result, this.diagnosticMapping(analysis));
    void this.connection.sendDiagnostics({ uri: analysis.uri, ...(analysis.version === undefined ? {} : { version: analysis.version }), diagnostics });
  }

  private uriOfPath(path: string): string {
    return this.openPaths.get(path) ?? pathToUri(path);
  }

  private docsHref(rule: string): string | undefined {
    const file = nodePath.join(this.docsRoot, `${rule}.md`);
    return ruleMetas.some((meta) => meta.id === rule) || fs.existsSync(file) ? pathToUri(file) : undefined;
  }

  // ------------------------------------------------------------------ features

  private async currentAnalysis(uri: string): Promise<Analysis | undefined> {
    const state = this.states.get(uri);
    const analysis = state && (await this.analysisOf(state));
    return analysis && analysis.result.skipped === undefined && analysis.result.error === undefined ? analysis : undefined;
  }

  private async hover(params: HoverParams): Promise<Hover | null> {
    const analysis = await this.currentAnalysis(params.textDocument.uri);
    if (!analysis) return null;
    const fn = functionAtHeader(analysis.result.functions, params.position);
    const refusals = analysis.result.diagnostics
      .filter((diagnostic) => diagnostic.line - 1 === params.position.line)
      .flatMap((diagnostic) => this.refusalsFor(analysis, diagnostic));
    const language = analysis.languageId.startsWith('typescript') ? 'ts' : 'js';
    return hoverFor(fn, refusals, { markdown: this.client.hoverMarkdown, language }) ?? null;
  }

  private editMapping(): EditMapping {
    return {
      documentChanges: this.client.documentChanges,
      createFiles: this.client.createFiles,
      uriOf: (path) => this.uriOfPath(path),
      textOf: (path) => this.host.readFile(path),
      versionOf: (uri) => this.documents.get(uri)?.version ?? null,
    };
  }

  /** The fixes of a diagnostic that rewrite code and that this client can apply. */
  private offeredRewrites(analysis: Analysis, diagnostic: Diagnostic): CodeAction[] {
    const mapping = this.editMapping();
    return rewriteFixes(this.fixesOf(analysis, diagnostic)).flatMap((fix) => quickFixAction(fix, [], mapping) ?? []);
  }

  /** Why a diagnostic gets no rewrite (for the hover): the provider's refusals, or the client's limits. */
  private refusalsFor(analysis: Analysis, diagnostic: Diagnostic): FixRefusal[] {
    if (!this.fixableRules.has(diagnostic.rule) || this.offeredRewrites(analysis, diagnostic).length > 0) return [];
    const result = this.fixesOf(analysis, diagnostic);
    const refused = result.refusals.filter((refusal) => !isSuppression(refusal));
    const unsupported = rewriteFixes(result).map((fix) => ({ rule: diagnostic.rule, title: fix.title, reason: 'this editor cannot apply the edit (it creates files)' }));
    return [...refused, ...unsupported];
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const analysis = await this.currentAnalysis(uri);
    if (!analysis) return [];
    const only = params.context.only;
    const wants = (kind: string) => (only === undefined ? kind === QUICK_FIX_KIND : only.some((requested) => kind === requested || kind.startsWith(`${requested}.`)));
    const actions: CodeAction[] = [];
    if (wants(QUICK_FIX_KIND)) {
      const mapping = this.editMapping();
      const diagnosticMapping = this.diagnosticMapping(analysis);
      for (const diagnostic of analysis.result.diagnostics) {
        if (!rangesIntersect(diagnosticRange(diagnostic), params.range)) continue;
        const lsp = params.context.diagnostics.find((candidate) => isSameDiagnostic(candidate, diagnostic)) ?? toLspDiagnostic(diagnostic, diagnosticMapping);
        const forDiagnostic = this.fixesOf(analysis, diagnostic).fixes.flatMap((fix) => quickFixAction(fix, [lsp], mapping, SHOW_FIX_NOTES_COMMAND) ?? []);
        actions.push(...withOnePreferred(forDiagnostic));
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const action = this.fixAllCodeAction(analysis);
      if (action) actions.push(action);
    }
    return actions;
  }

  private fixAllCodeAction(analysis: Analysis): CodeAction | undefined {
    const path = analysis.result.path;
    const scratch = this.projects.scratch(analyzeOptionsOf(analysis.settings));
    const fixed = fixAll({
      path,
      text: analysis.text,
      host: this.host,
      provider: this.fixProvider,
      rules: this.fixableRules,
      analyze: (text) => {
        const [result] = analyzeSafely(scratch, [path], new Map([[path, text]]), (error) => this.logError('fix-all analysis failed', error));
        return result.error === undefined ? result : undefined;
      },
      onError: (error) => this.logError('fixesFor failed during fix-all', error),
    });
    return fixAllAction(analysis.uri, analysis.version ?? null, analysis.text, fixed, this.client.documentChanges);
  }

  private async codeLenses(params: CodeLensParams): Promise<CodeLens[]> {
    const uri = params.textDocument.uri;
    const settings = await this.settings.get(uri);
    if (!settings.codeLens.enable) return [];
    const analysis = await this.currentAnalysis(uri);
    if (!analysis) return [];
    return codeLensesFor(uri, analysis.result.functions.filter((fn) => fn.confidence >= settings.minConfidence));
  }

  private async resolveCodeLens(lens: CodeLens): Promise<CodeLens> {
    const data = lens.data as LensData | undefined;
    const analysis = data && typeof data.uri === 'string' ? await this.currentAnalysis(data.uri) : undefined;
    const functions = analysis?.result.functions ?? [];
    const fn =
      data &&
      (functions.find((f) => f.name === data.name && f.line === data.line && f.column === data.column) ??
        functions.find((f) => f.name === data.name && f.line === data.line) ??
        functions.find((f) => f.name === data.name && !f.name.startsWith('<')));
    return resolveLens(lens, fn);
  }

  private executeCommand(params: ExecuteCommandParams): null {
    if (params.command !== SHOW_FIX_NOTES_COMMAND) return null;
    const argument = params.arguments?.[0] as { title?: unknown; notes?: unknown } | undefined;
    const notes = Array.isArray(argument?.notes) ? argument.notes.filter((note): note is string => typeof note === 'string') : [];
    if (notes.length > 0) void this.connection.window.showInformationMessage(`${typeof argument?.title === 'string' ? `${argument.title}: ` : ''}${notes.join(' ')}`);
    return null;
  }

  // ------------------------------------------------------------------ custom requests

  private async fileReport(params: FileReportParams): Promise<FileResult> {
    if (typeof params?.uri !== 'string') return failedReport(undefined, 'the request needs a `uri`');
    const state = this.states.get(params.uri);
    if (state) {
      const analysis = await this.analysisOf(state);
      return analysis?.result ?? { path: params.uri, functions: [], diagnostics: [], skipped: 'not a JavaScript or TypeScript document' };
    }
    const analysis = await this.diskAnalysis(params.uri);
    return analysis?.result ?? { path: params.uri, functions: [], diagnostics: [], skipped: 'not a file' };
  }

  private async functionAt(params: FunctionAtParams): Promise<FunctionResult | null> {
    if (typeof params?.line !== 'number' || !Number.isInteger(params.line) || params.line < 0) return null;
    const report = await this.fileReport(params);
    return functionSpanningLine(report.functions, params.line + 1) ?? null;
  }

  private async analyzeWorkspace(params: AnalyzeWorkspaceParams | undefined, token: CancellationToken): Promise<AnalyzeWorkspaceResult> {
    this.workspaceRequested = true;
    this.userRuns++;
    const progress = this.connection.window.attachWorkDoneProgress(params?.workDoneToken);
    progress.begin('Concurrency Advisor: analyzing the workspace', 0, 'finding files', true);
    try {
      for (;;) {
        const result = await this.runWorkspace(token, (percentage, message) => progress.report(percentage, message));
        // Only the user (or shutdown) cancels a requested run; one superseded by a newer run is simply run again.
        if (!result.cancelled || token.isCancellationRequested || this.shuttingDown) return result;
      }
    } finally {
      this.userRuns--;
      progress.done();
      if (this.userRuns === 0 && this.refreshAfterUserRun) {
        this.refreshAfterUserRun = false;
        void this.refreshWorkspace();
      }
    }
  }

  /** Re-runs the workspace analysis after a settings change, without progress; waits for a requested run to finish. */
  private async refreshWorkspace(): Promise<void> {
    if (this.userRuns > 0) {
      this.refreshAfterUserRun = true;
      return;
    }
    try {
      await this.runWorkspace(undefined, () => {});
    } catch (error) {
      this.logError('refreshing the workspace diagnostics failed', error);
    }
  }

  private async runWorkspace(token: CancellationToken | undefined, report: (percentage: number, message: string) => void): Promise<AnalyzeWorkspaceResult> {
    this.workspaceRun?.cancel(); // a newer run supersedes an older one
    const run = new CancellationTokenSource();
    this.workspaceRun = run;
    const isCancelled = () => this.shuttingDown || run.token.isCancellationRequested || token?.isCancellationRequested === true;
    try {
      const groups = await workspaceFiles(
        this.folders.map((folder) => folder.path),
        (folder) => this.settings.get(this.folders.find((f) => f.path === folder)?.uri ?? pathToUri(folder)),
      );
      const allFiles = groups.flatMap((group) => group.files);
      if (isCancelled()) return { files: 0, diagnostics: 0, cancelled: true };
      report(0, `reading ${allFiles.length} files`);
      await this.host.preload(allFiles);

      const published = new Set<string>();
      let diagnostics = 0;
      let files = 0;
      let doneBefore = 0;
      for (const group of groups) {
        // The shared project: it keeps only per-file summaries, and its import links serve re-analysis later.
        const project = this.projects.get(analyzeOptionsOf(group.settings));
        // concurrency-advisor-disable-next-line await-in-loop-independent -- folders one after another, each in batches
        const outcome = await runInBatches(group.files, {
          batchSize: this.batchSize,
          isCancelled,
          analyze: (batch) => analyzeSafely(project, batch, undefined, (error, path) => this.logError(`the analyzer failed on ${path}`, error)),
          onResults: (results) => {
            for (const result of results) {
              const count = this.publishWorkspaceResult(result, group.settings);
              diagnostics += count;
              published.add(this.uriOfPath(result.path));
            }
          },
          onProgress: (done) => {
            const total = doneBefore + done;
            report(allFiles.length === 0 ? 100 : (total / allFiles.length) * 100, `${total}/${allFiles.length} files`);
          },
        });
        files += outcome.done;
        doneBefore += group.files.length;
        if (outcome.cancelled) return { files, diagnostics, cancelled: true };
      }
      // Files published before that are gone or now excluded: clear their diagnostics.
      for (const uri of [...this.workspaceUris]) {
        if (published.has(uri) || this.states.has(uri)) continue;
        this.workspaceUris.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      return { files, diagnostics, cancelled: false };
    } finally {
      if (this.workspaceRun === run) this.workspaceRun = undefined;
      run.dispose();
      // The texts were read for this run; the project keeps what it needs (summaries), later reads go to the disk.
      this.host.invalidateAll();
    }
  }

  /** Publishes one file of a workspace run (open documents keep their own, newer analysis); returns its diagnostic count. */
  private publishWorkspaceResult(result: FileResult, settings: Settings): number {
    const uri = this.uriOfPath(result.path);
    const state = this.states.get(uri);
    if (state) {
      this.enqueue(uri);
      return state.analysis?.result.diagnostics.length ?? result.diagnostics.length;
    }
    if (result.skipped !== undefined || (result.error !== undefined && !/syntax error/.test(result.error))) return 0;
    this.workspaceUris.add(uri);
    const analysis: Analysis = {
      uri,
      version: undefined,
      settingsKey: JSON.stringify(settings),
      settings,
      text: this.host.readFile(result.path) ?? '',
      languageId: languageOf(result.path),
      result,
      fixes: new Map(),
    };
    this.publish(analysis);
    return result.error === undefined ? result.diagnostics.length : 0;
  }

  // ------------------------------------------------------------------ watched files

  private watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    let structural = false;
    let packageJsonChanged = false;
    for (const change of params.changes) {
      const path = fileUriToPath(change.uri);
      if (!path) continue;
      if (nodePath.basename(path) === 'package.json') {
        packageJsonChanged = true;
        this.host.invalidate(path);
        continue;
      }
      if (change.type !== FileChangeType.Changed) structural = true;
      this.host.invalidate(path);
      if (this.host.isOpen(path)) continue; // the open document's text wins over the disk
      this.refreshDependents(path, true);
      this.projects.invalidate(path);
      const uri = this.uriOfPath(path);
      if (this.workspaceUris.has(uri)) {
        if (change.type === FileChangeType.Deleted) {
          this.workspaceUris.delete(uri);
          void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        } else {
          this.enqueue(uri);
        }
      }
    }
    // A created or deleted file can change what imports resolve to; package.json can change the fixes offered.
    if (structural || packageJsonChanged) this.revalidateOpen(true);
  }
}

function foldersOf(folders: WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): { uri: string; path: string }[] {
  const list = folders ?? (rootUri ? [{ uri: rootUri, name: '' }] : []);
  return list.flatMap((folder) => {
    const path = fileUriToPath(folder.uri);
    return path ? [{ uri: folder.uri, path }] : [];
  });
}

function languageOf(path: string): string {
  return /\.[cm]?tsx?$/.test(path) ? 'typescript' : 'javascript';
}

function failedReport(uri: string | undefined, reason = 'internal error while analyzing (see the server log)'): FileResult {
  return { path: uri ?? '', functions: [], diagnostics: [], error: reason };
}

/** `docs/rules` of the installed package: next to dist/ when bundled, two levels up when run from src/server. */
function findDocsRoot(): string {
  const candidates = [nodePath.resolve(__dirname, '..', 'docs', 'rules'), nodePath.resolve(__dirname, '..', '..', 'docs', 'rules')];
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? candidates[0];
}
