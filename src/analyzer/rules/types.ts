import type { FileModel, Node } from '../model';
import type { Solver } from '../solve';
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

export interface Finding {
  node: Node;
  message: string;
  suggestion: string;
  related?: RelatedLocation[];
  /** How sure the analysis behind the finding is (0..1); findings below the configured minimum are dropped. */
  confidence?: number;
}

export interface RuleContext {
  file: FileModel;
  solver: Solver;
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
