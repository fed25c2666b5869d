// The custom requests of docs/dev/editor-protocol.md: method names and message shapes shared by the language server
// and the VS Code client. Plain types and strings only, so both sides (and plain mocha tests) can import it.

export const REQUESTS = {
  analyzeWorkspace: 'concurrencyAdvisor/analyzeWorkspace',
  fileReport: 'concurrencyAdvisor/fileReport',
  functionAt: 'concurrencyAdvisor/functionAt',
} as const;

export interface AnalyzeWorkspaceParams {
  workDoneToken?: string | number;
}

export interface AnalyzeWorkspaceResult {
  files: number;
  diagnostics: number;
  cancelled: boolean;
}

export interface FileReportParams {
  uri: string;
}

export interface FunctionAtParams {
  uri: string;
  /** 0-based, like every line sent over LSP. */
  line: number;
}
