// The language client: starts dist/server.js over IPC and carries the custom requests of the contract.
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMMANDS,
  CONFIG_SECTION,
  LANGUAGES,
  OUTPUT_CHANNEL_NAME,
  PACKAGE_JSON_GLOB,
  REQUESTS,
  SCHEMES,
  SOURCE_FILE_GLOB,
  type FileResult,
  type FunctionResult,
} from './protocol';
import { errorMessage } from '../analyzer/errors';

export const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));

/** True when the server handles this document (the languages and schemes of the document selector). */
export function isAnalyzable(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;
}

/**
 * Owns the LanguageClient. A restart disposes the client and creates a new one, which also recovers
 * from a failed start (vscode-languageclient 11 has no restart of its own).
 */
export class AdvisorClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private readonly watchers: vscode.FileSystemWatcher[];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a (re)started server is ready or when the server stops. */
  readonly onDidChangeState = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.watchers = [
      vscode.workspace.createFileSystemWatcher(SOURCE_FILE_GLOB),
      vscode.workspace.createFileSystemWatcher(PACKAGE_JSON_GLOB),
    ];
  }

  private create(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      synchronize: {
        // Settings are pulled per resource (workspace/configuration); this makes the client tell the
        // server when they change, so it drops its cache.
        configurationSection: CONFIG_SECTION,
        fileEvents: this.watchers,
      },
      outputChannel: this.output,
      // Hovers may link to our own commands (e.g. `command:concurrencyAdvisor.runBenchmark?...`); no others, no HTML.
      markdown: { isTrusted: { enabledCommands: [COMMANDS.runBenchmark, COMMANDS.showFunctionReport] }, supportHtml: false },
    };
    return new LanguageClient(CONFIG_SECTION, OUTPUT_CHANNEL_NAME, serverOptions, clientOptions);
  }

  /** Starts the server if needed; resolves to undefined (after logging) when it cannot start. */
  start(): Promise<LanguageClient | undefined> {
    if (this.starting) return this.starting;
    const existing = this.client;
    if (existing && (existing.isRunning() || existing.state === State.Starting)) {
      // Running, or restarting itself after a crash: wait for that instead of starting a second server.
      return existing.start().then(() => existing, () => undefined);
    }
    if (existing) void existing.dispose(1000).catch(() => undefined);
    const client = this.create();
    this.client = client;
    const stateChange = client.onDidChangeState(() => this.changed.fire());
    this.starting = client.start().then(
      () => {
        this.starting = undefined;
        this.changed.fire();
        return client;
      },
      (error: unknown) => {
        this.starting = undefined;
        stateChange.dispose();
        this.output.error(`[client] the language server did not start: ${errorMessage(error)}`);
        void vscode.window
          .showErrorMessage(`Concurrency Advisor: the language server did not start (${errorMessage(error)}).`, 'Show Output')
          .then((choice) => (choice ? this.output.show(true) : undefined));
        this.changed.fire();
        return undefined;
      },
    );
    return this.starting;
  }

  async restart(): Promise<LanguageClient | undefined> {
    await this.starting;
    await this.stop();
    return this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (error) {
      this.output.warn(`[client] stopping the language server: ${errorMessage(error)}`);
    }
    this.changed.fire();
  }

  get isRunning(): boolean {
    return this.client?.isRunning() ?? false;
  }

  get state(): 'running' | 'starting' | 'unavailable' {
    if (this.client?.isRunning()) return 'running';
    return this.starting || this.client?.state === State.Starting ? 'starting' : 'unavailable';
  }

  /** A running client, starting it first if needed; throws when the server is unavailable. */
  async ready(): Promise<LanguageClient> {
    const client = await this.start();
    if (!client) throw new Error('the language server is not running (see the "Concurrency Advisor" output)');
    return client;
  }

  async fileReport(uri: string, token?: vscode.CancellationToken): Promise<FileResult | null> {
    const client = await this.ready();
    return client.sendRequest<FileResult | null>(REQUESTS.fileReport, { uri }, token);
  }

  async functionAt(uri: string, line: number, token?: vscode.CancellationToken): Promise<FunctionResult | null> {
    const client = await this.ready();
    return client.sendRequest<FunctionResult | null>(REQUESTS.functionAt, { uri, line }, token);
  }

  dispose(): void {
    void this.stop();
    for (const watcher of this.watchers) watcher.dispose();
    this.changed.dispose();
  }
}
