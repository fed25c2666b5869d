// The custom requests of docs/dev/editor-protocol.md, typed for the server (and for clients written in TypeScript).
import { RequestType } from 'vscode-languageserver';
import type { FileResult, FunctionResult } from '../analyzer/types';

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
  /** 0-based line. */
  line: number;
}

export const AnalyzeWorkspaceRequest = new RequestType<AnalyzeWorkspaceParams, AnalyzeWorkspaceResult, void>('concurrencyAdvisor/analyzeWorkspace');
export const FileReportRequest = new RequestType<FileReportParams, FileResult, void>('concurrencyAdvisor/fileReport');
export const FunctionAtRequest = new RequestType<FunctionAtParams, FunctionResult | null, void>('concurrencyAdvisor/functionAt');

/** Server-side command of code actions whose fix comes with notes (e.g. callers that now receive a promise). */
export const SHOW_FIX_NOTES_COMMAND = 'concurrencyAdvisor.server.showFixNotes';
