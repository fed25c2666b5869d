/**
 * A small LSP client for the protocol tests: starts `node dist/server.js` (stdio or Node IPC), answers the
 * server's requests (configuration, registrations, progress creation) and records what the server sends.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export type SettingsFor = (scopeUri: string | undefined) => unknown;

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    codeLens: { resolveSupport: { properties: ['command'] } },
  },
  window: { workDoneProgress: true },
};

export interface StartOptions {
  /** Extra environment variables of the server process (e.g. CONCURRENCY_ADVISOR_TEST_HOOKS=1). */
  env?: Record<string, string>;
  /** Node options of the server process, before the script (e.g. --expose-gc). */
  execArgv?: string[];
}

export class TestClient {
  /** Every publishDiagnostics notification, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  readonly registrations: string[] = [];
  /** `workspace/configuration` requests answered, by scope URI. */
  readonly configurationRequests: (string | undefined)[] = [];
  readonly exited: Promise<number | null>;
  private readonly listeners = new Set<() => void>();
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    public settingsFor: SettingsFor,
  ) {
    this.exited = new Promise((resolve) =>
      process.once('exit', (code) => {
        // Pending requests fail at once instead of running into the test's timeout.
        setImmediate(() => connection.dispose());
        resolve(code);
      }),
    );
    process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.notify();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        return item.section === 'concurrencyAdvisor' ? this.settingsFor(item.scopeUri) : null;
      }),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
    });
    connection.onRequest(UnregistrationRequest.type, () => {});
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => {});
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.listen();
  }

  static start(settingsFor: SettingsFor, transport: 'stdio' | 'ipc' = 'stdio', options: StartOptions = {}): TestClient {
    const env = options.env ? { ...process.env, ...options.env } : process.env;
    if (transport === 'ipc') {
      const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: options.execArgv ?? [], env });
      const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
      return new TestClient(child, connection, settingsFor);
    }
    const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new TestClient(child, connection, settingsFor);
  }

  async initialize(folderUri: string | null): Promise<InitializeResult> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
      capabilities: CLIENT_CAPABILITIES,
    });
    await this.connection.sendNotification('initialized', {});
    return result as InitializeResult;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves with the first recorded item (from `from` on) that matches, waiting for new ones up to `timeoutMs`. */
  private waitFor<T>(list: T[], matches: (item: T) => boolean, what: string, timeoutMs: number, from = 0): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = list.slice(from).find(matches);
        if (found === undefined) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      this.listeners.add(listener);
      check();
    });
  }

  /** The next diagnostics for `uri` (published after `from`, an index into `published`) that satisfy `matches`. */
  waitForDiagnostics(uri: string, matches: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(this.published, (p) => p.uri === uri && matches(p), `diagnostics for ${uri}`, timeoutMs, from);
  }

  waitForLog(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    return this.waitFor(this.logs, (message) => pattern.test(message), `a log line matching ${pattern}`, timeoutMs);
  }

  /** The latest diagnostics published for `uri`, or undefined. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return this.exited;
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
