import type { FileModel } from '../model';
import type { RuleSetting } from '../project';
import type { Solver } from '../solve';
import type { Diagnostic } from '../types';
import { rules } from './index';
import { suppressionsOf } from './suppressions';

/** Runs every enabled rule on one file and drops findings that a comment suppresses. */
export function runRules(file: FileModel, solver: Solver, settings: Record<string, RuleSetting>, minConfidence = 0): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const suppressions = suppressionsOf(file);
  for (const rule of rules) {
    const severity = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off' || suppressions.fileDisabled(rule.meta.id)) continue;
    const seen = new Set<string>();
    rule.check({
      file,
      solver,
      report(finding) {
        if (finding.confidence !== undefined && finding.confidence < minConfidence) return;
        const loc = finding.node.loc;
        if (suppressions.lineDisabled(rule.meta.id, loc.start.line)) return;
        const key = `${loc.start.line}:${loc.start.column}:${finding.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        diagnostics.push({
          rule: rule.meta.id,
          severity,
          line: loc.start.line,
          column: loc.start.column + 1,
          endLine: loc.end.line,
          endColumn: loc.end.column + 1,
          message: finding.message,
          suggestion: finding.suggestion,
          ...(finding.related && finding.related.length > 0 ? { related: finding.related } : {}),
        });
      },
    });
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
