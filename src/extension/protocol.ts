// Names and message shapes shared by the extension's modules, from docs/dev/editor-protocol.md.
// No 'vscode' import: the pure modules and the plain mocha tests use this file too.
import type { FileResult, FunctionResult } from '../analyzer/types';

export type { FileResult, FunctionResult };

/** The settings section and the language client's id (so `concurrencyAdvisor.trace.server` works). */
export const CONFIG_SECTION = 'concurrencyAdvisor';
export const OUTPUT_CHANNEL_NAME = 'Concurrency Advisor';

export const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'] as const;
export const SCHEMES = ['file', 'untitled'] as const;

export const COMMANDS = {
  analyzeWorkspace: 'concurrencyAdvisor.analyzeWorkspace',
  showFunctionReport: 'concurrencyAdvisor.showFunctionReport',
  toggleHints: 'concurrencyAdvisor.toggleHints',
  restartServer: 'concurrencyAdvisor.restartServer',
  runBenchmark: 'concurrencyAdvisor.runBenchmark',
} as const;

/** Not contributed to the palette: opens the benchmark panel on a report object (tests, screenshots). */
export const INTERNAL_COMMANDS = {
  showBenchmarkReport: 'concurrencyAdvisor.showBenchmarkReport',
} as const;

export { REQUESTS, type AnalyzeWorkspaceParams, type AnalyzeWorkspaceResult, type FileReportParams, type FunctionAtParams } from '../protocol/requests';

/** Argument of `concurrencyAdvisor.runBenchmark` when it comes from a CodeLens. */
export interface BenchmarkCommandArgument {
  uri: string;
  name: string;
  /** 0-based, like every line sent over LSP. */
  line?: number;
}

/** Argument of `concurrencyAdvisor.showFunctionReport` (CodeLens, status bar). */
export interface ReportCommandArgument {
  uri: string;
  /** 0-based; when given, the report focuses the innermost function spanning it. */
  line?: number;
}

/** File extensions the server analyzes; the client forwards their file events. */
export const SOURCE_FILE_GLOB = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
export const PACKAGE_JSON_GLOB = '**/package.json';

/** True for a `{ uri: string }`-shaped value (command arguments arrive as JSON). */
export function hasUri(value: unknown): value is { uri: string; line?: unknown; name?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { uri?: unknown }).uri === 'string';
}

/** A 0-based line from a command argument, or undefined when absent or not a non-negative integer. */
export function lineOf(value: { line?: unknown }): number | undefined {
  return typeof value.line === 'number' && Number.isInteger(value.line) && value.line >= 0 ? value.line : undefined;
}
