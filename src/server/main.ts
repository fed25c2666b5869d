// Entry of dist/server.js, the `concurrency-advisor-lsp` bin: `--stdio` for most editors, `--node-ipc` for VS Code.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import packageJson from '../../package.json';
import { FIXABLE_RULES } from '../fixes/fixable-rules';
import { tuneV8ForLanguageServer } from '../scan/v8-settings';
import { startServer, type ServerOptions } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const USAGE = `Usage: concurrency-advisor-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The Concurrency Advisor language server. Without a transport option it speaks LSP over stdio.
Options:
  --stdio          LSP over stdin/stdout (Neovim, Helix, Zed, Emacs, ...)
  --node-ipc       LSP over the Node IPC channel (VS Code's TransportKind.ipc)
  --version        print the version
  --help           print this help
`;

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${packageJson.version}\n`);
    return;
  }
  // createConnection reads the transport from process.argv; stdio is the sensible default for a bin.
  if (!argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) process.argv.push('--stdio');

  tuneV8ForLanguageServer();
  const connection = createConnection(ProposedFeatures.all);
  // Over stdio, stray console output would corrupt the protocol stream: route it to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  // The analysis and the quick fixes run in dist/server-worker.js, next to this bundle.
  startServer(connection, { fixableRules: FIXABLE_RULES, ...testOptions(process.env) });
  connection.listen();
}

/**
 * The robustness tests start the server with CONCURRENCY_ADVISOR_TEST_HOOKS=1: that enables the
 * `concurrencyAdvisor/test/*` requests and lets a few more variables tighten or loosen the limits. Nothing of this
 * exists without it.
 */
function testOptions(env: NodeJS.ProcessEnv): ServerOptions {
  if (env.CONCURRENCY_ADVISOR_TEST_HOOKS !== '1') return {};
  const number = (name: string): number | undefined => {
    const value = Number(env[`CONCURRENCY_ADVISOR_TEST_${name}`]);
    return env[`CONCURRENCY_ADVISOR_TEST_${name}`] !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return {
    testHooks: true,
    maxDocumentSize: number('MAX_DOCUMENT_SIZE'),
    workerHeapMb: number('WORKER_HEAP_MB'),
    requestTimeoutMs: number('REQUEST_TIMEOUT_MS'),
    maxRestarts: number('MAX_RESTARTS'),
  };
}

main(process.argv.slice(2));
