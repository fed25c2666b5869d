/** Public result types of the analyzer. Plain data: safe to serialise and to send across threads. */

export type Classification = 'cpu' | 'io' | 'blocking-io' | 'mixed' | 'none';

export type Severity = 'error' | 'warning' | 'info';

export type EvidenceKind =
  | 'blocking-io'
  | 'async-io'
  | 'threadpool'
  | 'cpu-api'
  | 'loop'
  | 'nested-loop'
  | 'array-method'
  | 'recursion'
  | 'byte-loop'
  | 'string-building'
  | 'busy-wait'
  | 'await'
  | 'promise'
  | 'callback'
  | 'worker'
  | 'call';

export interface Evidence {
  line: number;
  column: number;
  kind: EvidenceKind;
  message: string;
}

export interface FunctionResult {
  name: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  classification: Classification;
  confidence: number;
  evidence: Evidence[];
}

/** A place along an evidence chain, possibly in another file. */
export interface RelatedLocation {
  path?: string;
  line: number;
  column: number;
  message: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  suggestion: string;
  related?: RelatedLocation[];
}

export interface FileResult {
  path: string;
  functions: FunctionResult[];
  diagnostics: Diagnostic[];
  error?: string;
  skipped?: string;
}
