import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import {
  CancellationTokenSource,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
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
import { DEFAULT_MAX_FILE_SIZE } from '../scan/read';
import { AnalysisClient, AnalysisDisabledError, RequestCancelledError, WorkerCrashedError } from './analysis-client';
import type { AnalysisKind, CrashMode, OpenTexts } from './analysis-protocol';
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
import { isSuppression, rewriteFixes } from './fixes';
import { collectGarbage } from './gc';
import { textProblem } from './host';
import { documentPath, excludingGlob, fileUriToPath, pathToUri } from './paths';
import { errorMessage } from '../analyzer/errors';
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
import { SETTINGS_SECTION, SettingsCache, analyzeOptionsOf, type Settings } from './settings';
import { runInBatches, turnEventLoop, workspaceFiles } from './workspace';

export interface ServerOptions {
  /**
   * Rules for which src/fixes has fixes that rewrite code (beyond suppressions). Fixes are verified by re-analysis,
   * so they are computed when asked for (code actions, hover); until then `data.fixable` says whether the rule has
   * such fixes at all. Without this option no quick fixes are offered.
   */
  fixableRules?: readonly string[];
  /** Folder holding `<rule>.md`; default: `docs/rules` of the installed package, found from this file. */
  docsRoot?: string;
  /** Documents longer than this many characters are not analyzed (default 2 MB, like the CLI). */
  maxDocumentSize?: number;
  /** Files analyzed together in one step of a workspace run (default 25). */
  workspaceBatchSize?: number;
  /** The analysis worker's bundle; default: `server-worker.js` next to this bundle. */
  workerScript?: string;
  /** Heap limit of the analysis worker in MB (default 1024): a runaway file ends the worker, not the server. */
  workerHeapMb?: number;
  /** A single analysis request running longer than this is stopped and the worker restarted (default 60 s). */
  requestTimeoutMs?: number;
  /** Worker restarts allowed within `restartWindowMs` (default 5 per minute); one crash more disables analysis. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long a feature request (hover, code lens, code action) waits for an analysis or fixes (default 5 s). */
  featureWaitMs?: number;
  /** The `concurrencyAdvisor/test/*` requests (crash the worker, memory, status): for the robustness tests only. */
  testHooks?: boolean;
}

const SERVER_NAME = 'concurrency-advisor-lsp';
/** Dependents re-analyzed after one file changes; beyond this, they catch up when they are next opened. */
const MAX_DEPENDENTS = 200;
const DEFAULT_WORKER_HEAP_MB = 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** How long a hover waits for the quick fixes that explain why a diagnostic has none (beyond its analysis). */
const HOVER_FIXES_WAIT_MS = 3000;
/** Custom requests (the extension's function report) wait longer than hovers. */
const REPORT_WAIT_MS = 30_000;
/** Versions remembered per document for the test hooks' status. */
const ANALYZED_VERSIONS_KEPT = 200;

/** A feature request waited too long for the analysis worker: it is answered with its fallback. */
class DeadlineError extends Error {}

/** Quick fixes of one diagnostic: being computed in the worker, then known. */
interface FixEntry {
  promise: Promise<FixResult>;
  value?: FixResult;
}

/** The analysis of one version of an open document (or of a file on disk, `version` undefined). */
interface Analysis {
  uri: string;
  version: number | undefined;
  settingsKey: string;
  settings: Settings;
  text: string;
  languageId: string;
  result: FileResult;
  fixes: Map<Diagnostic, FixEntry>;
  /** Texts of the other files that fixes edit, as the worker saw them (for offset -> position conversion). */
  otherTexts: Map<string, string>;
  /** The text after every safe fix (source.fixAll), computed once per analysis. */
  fixAll?: Promise<string>;
}

/** An analysis of a document sent to the worker and not answered yet. */
interface RunningAnalysis {
  version: number;
  settingsKey: string;
  promise: Promise<Analysis | undefined>;
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
  running?: RunningAnalysis;
  /** A version whose analysis the worker did not survive: it is not analyzed again (edit the document to retry). */
  crashed?: { version: number; reason: string };
  /** A code lens request was answered empty while the analysis ran: ask the client to refresh after it. */
  lensRefresh?: boolean;
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
  /** The analyzer, the source host and the quick fixes live in a worker thread: this thread stays responsive. */
  private readonly analysis: AnalysisClient;
  private readonly settings: SettingsCache;
  private readonly fixableRules: ReadonlySet<string>;
  private readonly docsRoot: string;
  /** Documentation link of each rule id asked so far. */
  private readonly docsHrefs = new Map<string, string | undefined>();
  private readonly maxDocumentSize: number;
  private readonly batchSize: number;
  private readonly featureWaitMs: number;
  private readonly requestTimeoutMs: number;
  private readonly testHooks: boolean;
  /** Open documents (analyzer paths) whose text the worker has not seen yet: sent along with its next request. */
  private readonly dirtyTexts = new Set<string>();
  /** Test hooks: the versions sent to the worker for analysis, per URI. */
  private readonly analyzedVersions = new Map<string, number[]>();

  private readonly states = new Map<string, DocumentState>();
  /** Analyzer path -> URI of the open document, so results point at the URIs the client knows. */
  private readonly openPaths = new Map<string, string>();
  /** Files (not open) whose diagnostics were published by a workspace run. */
  private readonly workspaceUris = new Set<string>();
  private readonly pending = new Set<string>();
  private draining = false;
  private workspaceRun: CancellationTokenSource | undefined;
  private workspaceRequested = false;
  /** What the analysis worker was running when it last crashed. */
  private lastCrashKind: AnalysisKind | undefined;
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
    this.fixableRules = new Set(options.fixableRules ?? []);
    this.docsRoot = options.docsRoot ?? findDocsRoot();
    this.batchSize = options.workspaceBatchSize ?? 25;
    this.featureWaitMs = options.featureWaitMs ?? 5000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.testHooks = options.testHooks === true;
    this.settings = new SettingsCache(
      (resource) => this.fetchSettings(resource),
      (error) => this.logError('reading the settings failed', error),
    );
    this.analysis = new AnalysisClient({
      script: options.workerScript ?? nodePath.join(__dirname, 'server-worker.js'),
      startData: { maxFileSize: this.maxDocumentSize, testHooks: this.testHooks },
      resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB },
      requestTimeoutMs: this.requestTimeoutMs,
      maxRestarts: options.maxRestarts ?? 5,
      restartWindowMs: options.restartWindowMs ?? 60_000,
      takeTexts: () => this.takeTexts(),
      log: (level, message) => (level === 'error' ? this.logError(message, undefined) : this.log(message)),
      onCrash: (reason, kind) => this.workerCrashed(reason, kind),
      onRestart: (ms) => this.workerRestarted(ms),
      onDisabled: (reason) => this.analysisDisabled(reason),
    });
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
    c.onHover(this.guard('hover', () => null, (params: HoverParams, token) => this.hover(params, token)));
    c.onCodeAction(this.guard('codeAction', () => [], (params: CodeActionParams, token) => this.codeActions(params, token)));
    c.onCodeLens(this.guard('codeLens', () => [], (params: CodeLensParams, token) => this.codeLenses(params, token)));
    c.onCodeLensResolve(this.guard('codeLens/resolve', (lens: CodeLens) => resolveLens(lens, undefined), (lens: CodeLens, token) => this.resolveCodeLens(lens, token)));
    c.onExecuteCommand(this.guard('executeCommand', () => null, (params: ExecuteCommandParams) => this.executeCommand(params)));
    c.onRequest(AnalyzeWorkspaceRequest, this.guard('analyzeWorkspace', () => ({ files: 0, diagnostics: 0, cancelled: true }), (params: AnalyzeWorkspaceParams, token) => this.analyzeWorkspace(params, token)));
    c.onRequest(FileReportRequest, this.guard('fileReport', (params: FileReportParams) => failedReport(params?.uri), (params: FileReportParams, token) => this.fileReport(params, token)));
    c.onRequest(FunctionAtRequest, this.guard('functionAt', () => null, (params: FunctionAtParams, token) => this.functionAt(params, token)));
    if (this.testHooks) this.registerTestHooks();

    this.documents.onDidOpen((event) => this.guardNotification('didOpen', () => this.opened(event.document)));
    this.documents.onDidChangeContent((event) => this.guardNotification('didChange', () => this.changed(event.document)));
    this.documents.onDidSave((event) => this.guardNotification('didSave', () => this.saved(event.document)));
    this.documents.onDidClose((event) => this.guardNotification('didClose', () => this.closed(event.document)));
    this.documents.listen(c);
  }

  /**
   * A request handler that never throws and never hangs: an exception, a crash of the analysis worker or a wait
   * beyond the feature deadline is logged and answered with `fallback(params)`.
   */
  private guard<P, R>(name: string, fallback: (params: P) => R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof RequestCancelledError || error instanceof AnalysisDisabledError || error instanceof WorkerCrashedError) {
          this.log(`${name}: ${error.message}; answered without the analysis`);
        } else {
          this.logError(`${name} failed`, error);
        }
        return fallback(params);
      }
    };
  }

  /**
   * Waits for `promise` at most `ms` milliseconds, and not beyond the request's cancellation: then rejects with a
   * DeadlineError. The work goes on (its result is cached for the next request).
   */
  private within<T>(promise: Promise<T>, ms: number, token?: CancellationToken): Promise<T> {
    if (token?.isCancellationRequested) return Promise.reject(new DeadlineError('the request was cancelled'));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => finish(() => reject(new DeadlineError(`no analysis within ${ms} ms`))), Math.max(0, ms));
      const subscription = token?.onCancellationRequested(() => finish(() => reject(new DeadlineError('the request was cancelled'))));
      let done = false;
      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        subscription?.dispose();
        settle();
      };
      promise.then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error)),
      );
    });
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
    if (error === undefined) {
      this.connection.console.error(message);
      return;
    }
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
    // The worker loads the analyzer while the client finishes its start-up; requests queue until it is ready.
    this.analysis.start();
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

  private async shutdown(): Promise<void> {
    this.shuttingDown = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.pending.clear();
    this.workspaceRun?.cancel();
    await this.analysis.dispose().catch(() => {});
  }

  // ------------------------------------------------------------------ the analysis worker

  /** The open texts the worker has not seen, for its next request: `null` for a text it must not read. */
  private takeTexts(): OpenTexts | undefined {
    if (this.dirtyTexts.size === 0) return undefined;
    const texts: OpenTexts = [];
    for (const path of this.dirtyTexts) {
      const uri = this.openPaths.get(path);
      const document = uri === undefined ? undefined : this.documents.get(uri);
      if (!document) continue;
      const text = document.getText();
      texts.push([path, textProblem(text, this.maxDocumentSize) === undefined ? text : null]);
    }
    this.dirtyTexts.clear();
    return texts;
  }

  private workerCrashed(reason: string, kind: AnalysisKind | undefined): void {
    this.lastCrashKind = kind;
    this.logError(`the analysis worker stopped${kind ? ` while running ${kind}` : ''}: ${reason}`, undefined);
  }

  /**
   * A fresh worker knows nothing: it gets every open text, and the open documents are analyzed and published again.
   * After a workspace run, the workspace is analyzed again in the background too, so that the new worker knows which
   * closed files import which (an edit must still refresh the files that depend on it) - unless the crash came from
   * workspace work, which would only crash again; a run in progress goes on by itself.
   */
  private workerRestarted(ms: number): void {
    const crashKind = this.lastCrashKind;
    this.lastCrashKind = undefined;
    if (this.workspaceRequested && this.workspaceRun === undefined && crashKind !== 'preload' && crashKind !== 'workspaceBatch') {
      void this.refreshWorkspace();
    }
    let count = 0;
    for (const [path] of this.openPaths) this.dirtyTexts.add(path);
    for (const state of this.states.values()) {
      if (!state.path) continue;
      state.stale = true;
      this.enqueue(state.uri);
      count++;
    }
    this.log(`the analysis worker was restarted in ${ms} ms; re-analyzing ${count} open document(s)`);
  }

  private analysisDisabled(reason: string): void {
    this.logError(`analysis is disabled: ${reason}`, undefined);
    if (this.shuttingDown) return;
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Error,
      message: `Concurrency Advisor: analysis is disabled because ${reason}. Run "Concurrency Advisor: Restart Server" to try again.`,
    });
    // Their diagnostics can no longer be kept up to date: they are cleared (each says why in the log).
    this.revalidateOpen(true);
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
    this.dirtyTexts.add(path);
    this.enqueue(document.uri);
  }

  private changed(document: TextDocument): void {
    const state = this.states.get(document.uri);
    if (!state || state.seenVersion === document.version) return;
    state.seenVersion = document.version;
    if (!state.path) return;
    // The worker gets the text with its next request: a burst of edits sends it once, not once per keystroke.
    this.dirtyTexts.add(state.path);
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
    this.dirtyTexts.delete(path);
    // Importers saw the unsaved text; from now on they see the disk again (the worker lists them before it forgets the text).
    this.analysis.request('close', { path, limit: MAX_DEPENDENTS }).then(
      (dependents) => this.refreshListed(dependents, false),
      (error: unknown) => this.logFailure(`closing ${document.uri}`, error),
    );
    if (this.workspaceUris.has(document.uri)) this.enqueue(document.uri);
    else void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
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
          this.logFailure(`analyzing ${uri}`, error);
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
    // A newer edit waits for its debounce: that version will be analyzed, not this one.
    if (state.timer !== undefined) return;
    const analysis = await this.analysisOf(state);
    // Only the newest version is published: a result for an older one is dropped (its successor is queued).
    if (!analysis || this.states.get(state.uri) !== state || this.documents.get(state.uri)?.version !== analysis.version) return;
    this.publish(analysis);
    if (state.lensRefresh) {
      state.lensRefresh = false;
      if (this.client.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch((error: unknown) => this.logError('codeLens/refresh failed', error));
    }
    if (state.path && state.dependentsVersion !== analysis.version) {
      // Importers saw the disk text until now: they need another look when this text differs (an edit, or a
      // document restored with unsaved changes).
      const first = state.dependentsVersion === undefined;
      state.dependentsVersion = analysis.version;
      this.refreshDependents(state.path, false, first);
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

  /**
   * Re-analyze what imports `path`: open documents, and with `includeWorkspace` files published by a workspace run.
   * With `ifOpenDiffersFromDisk`, nothing when the document's text is the one on disk (its importers saw that).
   */
  private refreshDependents(path: string, includeWorkspace: boolean, ifOpenDiffersFromDisk = false): void {
    this.analysis.request('dependents', { path, limit: MAX_DEPENDENTS, ifOpenDiffersFromDisk }).then(
      (dependents) => this.refreshListed(dependents, includeWorkspace),
      (error: unknown) => this.logFailure(`listing the files that import ${path}`, error),
    );
  }

  private refreshListed(dependents: readonly string[], includeWorkspace: boolean): void {
    for (const dependent of dependents) {
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

  /**
   * The analysis of the document's current version, computed (in the worker) when missing or out of date. Callers
   * asking for the same version while it runs share one request; a request still queued when the document changes
   * again is dropped before it starts (RequestCancelledError).
   */
  private async analysisOf(state: DocumentState): Promise<Analysis | undefined> {
    if (!state.path) return undefined;
    const settings = await this.settings.get(state.uri);
    const document = this.documents.get(state.uri);
    if (!document || this.states.get(state.uri) !== state) return undefined;
    const settingsKey = JSON.stringify(settings);
    const version = document.version;
    const cached = state.analysis;
    if (cached && cached.version === version && cached.settingsKey === settingsKey && !state.stale) return cached;
    const running = state.running;
    if (running && running.version === version && running.settingsKey === settingsKey && !state.stale) return running.promise;
    const text = document.getText();
    const path = state.path;
    const skipped = this.skipReason(path, text, settings) ?? this.crashReason(state, version) ?? this.disabledReason();
    if (skipped && skipped !== state.loggedSkip && !skipped.startsWith('excluded') && !skipped.startsWith('disabled')) {
      this.log(`not analyzing ${state.uri}: ${skipped}`);
    }
    state.loggedSkip = skipped;
    state.stale = false;
    const analysisFor = (result: FileResult): Analysis => ({
      uri: state.uri,
      version,
      settingsKey,
      settings,
      text,
      languageId: state.languageId,
      result,
      fixes: new Map(),
      otherTexts: new Map(),
    });
    if (skipped) {
      state.analysis = analysisFor({ path, functions: [], diagnostics: [], skipped });
      return state.analysis;
    }
    const isCurrent = () => this.states.get(state.uri) === state && this.documents.get(state.uri)?.version === version;
    const entry: RunningAnalysis = {
      version,
      settingsKey,
      promise: this.analysis
        .request(
          'analyze',
          { path, text, options: analyzeOptionsOf(settings) },
          { isCancelled: () => !isCurrent(), onDispatch: () => this.recordAnalyzed(state.uri, version) },
        )
        .then(
          (result) => {
            if (state.running === entry) state.running = undefined;
            const analysis = analysisFor(result);
            // Kept while the document is at this version (if it was marked stale meanwhile, it stays so).
            if (isCurrent()) state.analysis = analysis;
            return analysis;
          },
          (error: unknown) => {
            if (state.running === entry) state.running = undefined;
            // The worker died on this very text (out of memory, a runaway): it is not tried again until it changes.
            if (error instanceof WorkerCrashedError) state.crashed = { version, reason: error.reason };
            throw error;
          },
        ),
    };
    state.running = entry;
    return entry.promise;
  }

  private crashReason(state: DocumentState, version: number): string | undefined {
    if (state.crashed?.version !== version) return undefined;
    return `the analysis worker did not survive this version (${state.crashed.reason}); edit the document to analyze it again`;
  }

  private disabledReason(): string | undefined {
    const reason = this.analysis.disabled;
    return reason === undefined ? undefined : `analysis is disabled: ${reason}`;
  }

  private recordAnalyzed(uri: string, version: number): void {
    if (!this.testHooks) return;
    const versions = this.analyzedVersions.get(uri) ?? [];
    versions.push(version);
    if (versions.length > ANALYZED_VERSIONS_KEPT) versions.shift();
    this.analyzedVersions.set(uri, versions);
  }

  /** A file that is not open, analyzed from disk (by the worker) with its resource's settings. */
  private async diskAnalysis(uri: string): Promise<Analysis | undefined> {
    const path = fileUriToPath(uri);
    if (!path) return undefined;
    const settings = await this.settings.get(uri);
    const skipped = this.settingsSkipReason(path, settings) ?? this.disabledReason();
    const result: FileResult = skipped
      ? { path, functions: [], diagnostics: [], skipped }
      : await this.analysis.request('analyzeDisk', { path, options: analyzeOptionsOf(settings) }, { priority: 'low' });
    return analysisOnDisk(uri, settings, result);
  }

  /** Why an open document is not analyzed, from the settings and its text; undefined when it is. */
  private skipReason(path: string, text: string, settings: Settings): string | undefined {
    return this.settingsSkipReason(path, settings) ?? textProblem(text, this.maxDocumentSize);
  }

  private settingsSkipReason(path: string, settings: Settings): string | undefined {
    if (!settings.enable) return 'disabled by the concurrencyAdvisor.enable setting';
    const glob = excludingGlob(path, settings.exclude, this.folders.map((folder) => folder.path));
    if (glob !== undefined) return `excluded by the pattern ${glob}`;
    return undefined;
  }

  /**
   * The quick fixes of some diagnostics of an analysis, computed in the worker (they parse and re-analyze the file)
   * and kept with the analysis. One request for the ones not known yet; it is dropped if the analysis is replaced
   * before it starts.
   */
  private fixesOf(analysis: Analysis, diagnostics: readonly Diagnostic[]): Promise<FixResult[]> {
    const missing = diagnostics.filter((diagnostic) => !analysis.fixes.has(diagnostic));
    if (missing.length > 0) {
      const state = this.states.get(analysis.uri);
      const request = this.analysis.request(
        'fixes',
        { path: analysis.result.path, text: analysis.text, options: analyzeOptionsOf(analysis.settings), diagnostics: missing },
        {
          priority: 'low',
          isCancelled: () => state === undefined || this.states.get(analysis.uri) !== state || state.analysis !== analysis,
          // Each fix of a large file parses and analyzes it again: the watchdog allows for every diagnostic asked.
          timeoutMs: this.requestTimeoutMs * missing.length,
        },
      );
      request.then(
        ({ texts }) => {
          for (const [path, text] of Object.entries(texts)) analysis.otherTexts.set(path, text);
        },
        () => {},
      );
      missing.forEach((diagnostic, index) => {
        const entry: FixEntry = {
          promise: request.then(
            ({ results }) => {
              entry.value = results[index];
              return results[index];
            },
            (error: unknown) => {
              // Not known after all: asked again next time.
              if (analysis.fixes.get(diagnostic) === entry) analysis.fixes.delete(diagnostic);
              throw error;
            },
          ),
        };
        entry.promise.catch(() => {});
        analysis.fixes.set(diagnostic, entry);
      });
    }
    return Promise.all(diagnostics.map((diagnostic) => analysis.fixes.get(diagnostic)!.promise));
  }

  private diagnosticMapping(analysis: Analysis): DiagnosticMapping {
    return {
      uri: analysis.uri,
      uriOf: (path) => this.uriOfPath(path),
      docsHref: (rule) => this.docsHref(rule),
      fixable: (diagnostic) => {
        const computed = analysis.fixes.get(diagnostic)?.value;
        return computed ? this.offeredRewrites(analysis, computed).length > 0 : this.fixableRules.has(diagnostic.rule);
      },
    };
  }

  private publish(analysis: Analysis): void {
    const diagnostics = analysis.result.skipped !== undefined ? [] : diagnosticsOf(analysis.result, this.diagnosticMapping(analysis));
    void this.connection.sendDiagnostics({ uri: analysis.uri, ...(analysis.version === undefined ? {} : { version: analysis.version }), diagnostics });
  }

  /** Logs a failed background step; a dropped request, disabled analysis or worker crash (logged already) are no failures. */
  private logFailure(what: string, error: unknown): void {
    if (error instanceof RequestCancelledError || error instanceof AnalysisDisabledError) return;
    if (error instanceof WorkerCrashedError) this.log(`${what}: ${error.message}`);
    else this.logError(`${what} failed`, error);
  }

  private uriOfPath(path: string): string {
    return this.openPaths.get(path) ?? pathToUri(path);
  }

  private docsHref(rule: string): string | undefined {
    // Asked once per diagnostic: a file with thousands of them would otherwise build as many URLs.
    if (this.docsHrefs.has(rule)) return this.docsHrefs.get(rule);
    const file = nodePath.join(this.docsRoot, `${rule}.md`);
    const href = ruleMetas.some((meta) => meta.id === rule) || fs.existsSync(file) ? pathToUri(file) : undefined;
    this.docsHrefs.set(rule, href);
    return href;
  }

  // ------------------------------------------------------------------ features

  /** The analysis of an open document's current version, waited for at most `ms` (or until the request is cancelled). */
  private async currentAnalysis(uri: string, token: CancellationToken | undefined, ms = this.featureWaitMs): Promise<Analysis | undefined> {
    const state = this.states.get(uri);
    const analysis = state && (await this.within(this.analysisOf(state), ms, token));
    return analysis && analysis.result.skipped === undefined && analysis.result.error === undefined ? analysis : undefined;
  }

  private async hover(params: HoverParams, token: CancellationToken): Promise<Hover | null> {
    const analysis = await this.currentAnalysis(params.textDocument.uri, token);
    if (!analysis) return null;
    const fn = functionAtHeader(analysis.result.functions, params.position);
    const onLine = analysis.result.diagnostics.filter((diagnostic) => diagnostic.line - 1 === params.position.line && this.fixableRules.has(diagnostic.rule));
    let refusals: FixRefusal[] = [];
    if (onLine.length > 0) {
      try {
        const results = await this.within(this.fixesOf(analysis, onLine), HOVER_FIXES_WAIT_MS, token);
        refusals = onLine.flatMap((diagnostic, index) => this.refusalsFor(analysis, diagnostic, results[index]));
      } catch (error) {
        // The hover goes without the reasons (the fixes of a large file take a while; they are kept for next time).
        if (!(error instanceof DeadlineError)) this.logFailure('computing the quick fixes for a hover', error);
      }
    }
    const language = analysis.languageId.startsWith('typescript') ? 'ts' : 'js';
    return hoverFor(fn, refusals, { markdown: this.client.hoverMarkdown, language }) ?? null;
  }

  private editMapping(analysis: Analysis): EditMapping {
    return {
      documentChanges: this.client.documentChanges,
      createFiles: this.client.createFiles,
      uriOf: (path) => this.uriOfPath(path),
      textOf: (path) => (path === analysis.result.path ? analysis.text : analysis.otherTexts.get(path)),
      versionOf: (uri) => this.documents.get(uri)?.version ?? null,
    };
  }

  /** The fixes of a diagnostic that rewrite code and that this client can apply. */
  private offeredRewrites(analysis: Analysis, fixes: FixResult): CodeAction[] {
    const mapping = this.editMapping(analysis);
    return rewriteFixes(fixes).flatMap((fix) => quickFixAction(fix, [], mapping) ?? []);
  }

  /** Why a diagnostic gets no rewrite (for the hover): the provider's refusals, or the client's limits. */
  private refusalsFor(analysis: Analysis, diagnostic: Diagnostic, result: FixResult): FixRefusal[] {
    if (!this.fixableRules.has(diagnostic.rule) || this.offeredRewrites(analysis, result).length > 0) return [];
    const refused = result.refusals.filter((refusal) => !isSuppression(refusal));
    const unsupported = rewriteFixes(result).map((fix) => ({ rule: diagnostic.rule, title: fix.title, reason: 'this editor cannot apply the edit (it creates files)' }));
    return [...refused, ...unsupported];
  }

  private async codeActions(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const deadline = Date.now() + this.featureWaitMs;
    const uri = params.textDocument.uri;
    const analysis = await this.currentAnalysis(uri, token);
    if (!analysis) return [];
    const only = params.context.only;
    const wants = (kind: string) => (only === undefined ? kind === QUICK_FIX_KIND : only.some((requested) => kind === requested || kind.startsWith(`${requested}.`)));
    // Both kinds are computed in the worker meanwhile; each part that is not ready by the deadline is left out.
    const quickFixes = wants(QUICK_FIX_KIND) && this.fixableRules.size > 0 ? this.within(this.quickFixActions(analysis, params), deadline - Date.now(), token) : undefined;
    const fixAll = wants(FIX_ALL_KIND) && this.fixableRules.size > 0 ? this.within(this.fixAllCodeAction(analysis), deadline - Date.now(), token) : undefined;
    const actions: CodeAction[] = [];
    for (const [part, promise] of [['quick fixes', quickFixes], ['fix all', fixAll]] as const) {
      if (!promise) continue;
      try {
        const found = await promise;
        if (Array.isArray(found)) actions.push(...found);
        else if (found) actions.push(found);
      } catch (error) {
        if (error instanceof DeadlineError) this.log(`codeAction: ${part} for ${uri} not ready: ${error.message}`);
        else this.logFailure(`codeAction: ${part} for ${uri}`, error);
      }
    }
    return actions;
  }

  private async quickFixActions(analysis: Analysis, params: CodeActionParams): Promise<CodeAction[]> {
    const inRange = analysis.result.diagnostics.filter((diagnostic) => rangesIntersect(diagnosticRange(diagnostic), params.range));
    if (inRange.length === 0) return [];
    const results = await this.fixesOf(analysis, inRange);
    const mapping = this.editMapping(analysis);
    const diagnosticMapping = this.diagnosticMapping(analysis);
    return inRange.flatMap((diagnostic, index) => {
      const lsp = params.context.diagnostics.find((candidate) => isSameDiagnostic(candidate, diagnostic)) ?? toLspDiagnostic(diagnostic, diagnosticMapping);
      return withOnePreferred(results[index].fixes.flatMap((fix) => quickFixAction(fix, [lsp], mapping, SHOW_FIX_NOTES_COMMAND) ?? []));
    });
  }

  private async fixAllCodeAction(analysis: Analysis): Promise<CodeAction | undefined> {
    const state = this.states.get(analysis.uri);
    analysis.fixAll ??= this.analysis.request(
      'fixAll',
      { path: analysis.result.path, text: analysis.text, options: analyzeOptionsOf(analysis.settings), rules: [...this.fixableRules] },
      { priority: 'low', isCancelled: () => state === undefined || state.analysis !== analysis },
    );
    const pending = analysis.fixAll;
    pending.catch(() => {
      if (analysis.fixAll === pending) analysis.fixAll = undefined; // asked again next time
    });
    const fixed = await pending;
    return fixAllAction(analysis.uri, analysis.version ?? null, analysis.text, fixed, this.client.documentChanges);
  }

  private async codeLenses(params: CodeLensParams, token: CancellationToken): Promise<CodeLens[]> {
    const uri = params.textDocument.uri;
    const settings = await this.settings.get(uri);
    if (!settings.codeLens.enable) return [];
    let analysis: Analysis | undefined;
    try {
      analysis = await this.currentAnalysis(uri, token);
    } catch (error) {
      // Answered empty for now; the client is asked to refresh its lenses once the analysis is published.
      const state = this.states.get(uri);
      if (state && error instanceof DeadlineError) state.lensRefresh = true;
      throw error;
    }
    if (!analysis) return [];
    return codeLensesFor(uri, analysis.result.functions.filter((fn) => fn.confidence >= settings.minConfidence));
  }

  private async resolveCodeLens(lens: CodeLens, token: CancellationToken): Promise<CodeLens> {
    const data = lens.data as LensData | undefined;
    const analysis = data && typeof data.uri === 'string' ? await this.currentAnalysis(data.uri, token) : undefined;
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

  private async fileReport(params: FileReportParams, token?: CancellationToken): Promise<FileResult> {
    if (typeof params?.uri !== 'string') return failedReport(undefined, 'the request needs a `uri`');
    const state = this.states.get(params.uri);
    if (state) {
      const analysis = await this.within(this.analysisOf(state), REPORT_WAIT_MS, token);
      return analysis?.result ?? { path: params.uri, functions: [], diagnostics: [], skipped: 'not a JavaScript or TypeScript document' };
    }
    const analysis = await this.within(this.diskAnalysis(params.uri), REPORT_WAIT_MS, token);
    return analysis?.result ?? { path: params.uri, functions: [], diagnostics: [], skipped: 'not a file' };
  }

  private async functionAt(params: FunctionAtParams, token?: CancellationToken): Promise<FunctionResult | null> {
    if (typeof params?.line !== 'number' || !Number.isInteger(params.line) || params.line < 0) return null;
    const report = await this.fileReport(params, token);
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
        // Only the user (or shutdown, or analysis being disabled) cancels a requested run; one superseded by a newer
        // run is simply run again.
        if (!result.cancelled || token.isCancellationRequested || this.shuttingDown || this.analysis.disabled !== undefined) return result;
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
      if (this.analysis.disabled !== undefined) return { files: 0, diagnostics: 0, cancelled: true };
      report(0, `reading ${allFiles.length} files`);
      // The worker reads them without blocking itself; a crash only loses the cache (files are then read on demand).
      await this.analysis.request('preload', { paths: allFiles }, { priority: 'low', timeoutMs: this.requestTimeoutMs * 5 }).catch((error: unknown) => {
        if (error instanceof AnalysisDisabledError) throw error;
        this.logFailure('reading the workspace files', error);
      });

      const published = new Set<string>();
      let diagnostics = 0;
      let files = 0;
      let doneBefore = 0;
      for (const group of groups) {
        // The worker's shared project: it keeps only per-file summaries, and its import links serve re-analysis later.
        const options = analyzeOptionsOf(group.settings);
        // concurrency-advisor-disable-next-line await-in-loop-independent -- folders one after another, each in batches
        const outcome = await runInBatches(group.files, {
          batchSize: this.batchSize,
          isCancelled: () => isCancelled() || this.analysis.disabled !== undefined,
          analyze: (batch) => this.analyzeBatch(batch, options),
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
      this.analysis.request('invalidateAll', {}, { priority: 'low' }).catch((error: unknown) => this.logFailure('dropping the workspace texts', error));
    }
  }

  /** One batch of a workspace run; if the worker dies on it, its files get an error result and the run goes on. */
  private async analyzeBatch(paths: readonly string[], options: ReturnType<typeof analyzeOptionsOf>): Promise<FileResult[]> {
    try {
      return await this.analysis.request('workspaceBatch', { paths: [...paths], options }, { priority: 'low', timeoutMs: this.requestTimeoutMs * 5 });
    } catch (error) {
      if (!(error instanceof WorkerCrashedError)) throw error;
      return paths.map((path) => ({ path, functions: [], diagnostics: [], error: `internal error while analyzing: ${error.message}` }));
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
    this.publish(analysisOnDisk(uri, settings, result));
    return result.error === undefined ? result.diagnostics.length : 0;
  }

  // ------------------------------------------------------------------ watched files

  private watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    let structural = false;
    let packageJsonChanged = false;
    const changes: { path: string; open: boolean; sourceFile: boolean }[] = [];
    for (const change of params.changes) {
      const path = fileUriToPath(change.uri);
      if (!path) continue;
      if (nodePath.basename(path) === 'package.json') {
        packageJsonChanged = true;
        changes.push({ path, open: false, sourceFile: false });
        continue;
      }
      if (change.type !== FileChangeType.Changed) structural = true;
      const open = this.openPaths.has(path);
      changes.push({ path, open, sourceFile: true });
      if (open) continue; // the open document's text wins over the disk
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
    // The worker drops its copies and lists the importers (queued before the re-analyses below, so they see the change).
    if (changes.length > 0) {
      this.analysis.request('filesChanged', { changes, limit: MAX_DEPENDENTS }).then(
        (dependents) => this.refreshListed(dependents, true),
        (error: unknown) => this.logFailure('applying file changes', error),
      );
    }
    // A created or deleted file can change what imports resolve to; package.json can change the fixes offered.
    if (structural || packageJsonChanged) this.revalidateOpen(true);
  }

  // ------------------------------------------------------------------ test hooks (CONCURRENCY_ADVISOR_TEST_HOOKS=1)

  private registerTestHooks(): void {
    const c = this.connection;
    c.onRequest('concurrencyAdvisor/test/crashWorker', async (params: { mode?: CrashMode } | undefined) => {
      const mode = params?.mode ?? 'throw';
      try {
        await this.analysis.request('crash', { mode });
        return { crashed: false };
      } catch (error) {
        return { crashed: error instanceof WorkerCrashedError, reason: errorMessage(error) };
      }
    });
    c.onRequest('concurrencyAdvisor/test/memory', async (params: { gc?: boolean } | undefined) => {
      const gc = params?.gc === true;
      const worker = await this.analysis.request('memory', { gc }).catch(() => null);
      if (gc) collectGarbage();
      return { main: process.memoryUsage(), worker };
    });
    c.onRequest('concurrencyAdvisor/test/status', () => ({
      worker: this.analysis.stats(),
      analyzedVersions: Object.fromEntries(this.analyzedVersions),
      pending: this.pending.size,
    }));
  }
}

/** The analysis of a file that is not open (published by a workspace run, or asked for by a report). */
function analysisOnDisk(uri: string, settings: Settings, result: FileResult): Analysis {
  return {
    uri,
    version: undefined,
    settingsKey: JSON.stringify(settings),
    settings,
    text: '', // fixes are offered for open documents only
    languageId: languageOf(result.path),
    result,
    fixes: new Map(),
    otherTexts: new Map(),
  };
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
