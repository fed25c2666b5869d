import type { FileModel, FunctionInfo, Node } from '../model';
import type { Program } from '../program';
import type { CallSite } from '../model';
import type { CallTarget, Value } from '../resolve';
import type { FileSummary, Span } from '../summary';
import type { RelatedLocation, Severity } from '../types';

export interface RuleMeta {
  /** Same as the file name under src/analyzer/rules/ and docs/rules/. */
  id: string;
  /** One sentence: what the rule finds. */
  description: string;
  /** What to do instead, in one sentence. */
  recommendation: string;
  defaultSeverity: Severity;
  /** Path of the doc page relative to the project root. */
  docs: string;
}

interface FindingText {
  message: string;
  suggestion: string;
  related?: RelatedLocation[];
  /** How sure the analysis behind the finding is (0..1); findings below the configured minimum are dropped. */
  confidence?: number;
}

export interface Finding extends FindingText {
  node: Node;
}

export interface SpanFinding extends FindingText {
  span: Span;
}

/** What a file rule may ask about calls: resolved within the file (imports of other files stay unresolved). */
export interface LocalLookup {
  target(site: CallSite): CallTarget;
  resolveValue(node: Node, fn: FunctionInfo): Value;
}

/** A rule that needs only the file's syntax: it runs once per file version, when the file is summarized. */
export interface FileRule {
  meta: RuleMeta;
  scope: 'file';
  check(context: { file: FileModel; solver: LocalLookup; report(finding: Finding): void }): void;
}

/** A rule that needs the whole-program classification of functions: it runs on the solved summaries. */
export interface ProgramRule {
  meta: RuleMeta;
  scope: 'program';
  check(context: { file: FileSummary; program: Program; report(finding: SpanFinding): void }): void;
}

export type Rule = FileRule | ProgramRule;
