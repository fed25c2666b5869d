import type { Diagnostic, Evidence, FileResult, FunctionResult } from '../../analyzer/types';
import type { ScanResult } from '../../scan';

/**
 * The JSON contract (docs and the evaluation scorer rely on it): fields are copied one by one so
 * that whatever else the analyzer attaches never leaks into the output.
 */
export function formatJson(result: ScanResult): string {
  return JSON.stringify({ version: 1, files: result.files.map(fileToJson) }) + '\n';
}

function fileToJson(file: FileResult) {
  return {
    path: file.path,
    functions: file.functions.map(functionToJson),
    diagnostics: file.diagnostics.map(diagnosticToJson),
    ...(file.error !== undefined && { error: file.error }),
    ...(file.skipped !== undefined && { skipped: file.skipped }),
  };
}

function functionToJson(fn: FunctionResult) {
  const { name, line, column, endLine, endColumn, classification, confidence } = fn;
  return { name, line, column, endLine, endColumn, classification, confidence, evidence: fn.evidence.map(evidenceToJson) };
}

function evidenceToJson({ line, column, kind, message }: Evidence) {
  return { line, column, kind, message };
}

function diagnosticToJson({ rule, severity, line, column, endLine, endColumn, message, suggestion }: Diagnostic) {
  return { rule, severity, line, column, endLine, endColumn, message, suggestion };
}
