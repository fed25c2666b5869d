// The custom requests of docs/dev/editor-protocol.md, typed for the server (and for clients written in TypeScript).
import { RequestType } from 'vscode-languageserver';
import type { FileResult, FunctionResult } from '../analyzer/types';
import { REQUESTS, type AnalyzeWorkspaceParams, type AnalyzeWorkspaceResult, type FileReportParams, type FunctionAtParams } from '../protocol/requests';

export type { AnalyzeWorkspaceParams, AnalyzeWorkspaceResult, FileReportParams, FunctionAtParams };

export const AnalyzeWorkspaceRequest = new RequestType<AnalyzeWorkspaceParams, AnalyzeWorkspaceResult, void>(REQUESTS.analyzeWorkspace);
export const FileReportRequest = new RequestType<FileReportParams, FileResult, void>(REQUESTS.fileReport);
export const FunctionAtRequest = new RequestType<FunctionAtParams, FunctionResult | null, void>(REQUESTS.functionAt);

/** Server-side command of code actions whose fix comes with notes (e.g. callers that now receive a promise). */
export const SHOW_FIX_NOTES_COMMAND = 'concurrencyAdvisor.server.showFixNotes';
