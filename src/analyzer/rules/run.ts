import type { FileModel } from '../model';
import type { Program } from '../program';
import type { Resolver } from '../resolve';
import type { FileSummary, LocalFinding, Span } from '../summary';
import type { Diagnostic, Severity } from '../types';
import { rules } from './index';
import { isSuppressed } from './suppressions';
import type { RuleSetting } from '../analysis';
import type { RelatedLocation } from '../types';

/** Runs the file rules on a collected file; severities and suppressions are applied later, per request. */
export function runFileRules(model: FileModel, resolver: Resolver): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const lookup = { target: resolver.callTarget.bind(resolver), resolveValue: resolver.valueOf.bind(resolver) };
  for (const rule of rules) {
    if (rule.scope !== 'file') continue;
    rule.check({
      file: model,
      solver: lookup,
      report(finding) {
        const start = model.lines.position(finding.node.range[0]);
        const end = model.lines.position(finding.node.range[1]);
        findings.push({
          rule: rule.meta.id,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          message: finding.message,
          suggestion: finding.suggestion,
          ...(finding.related ? { related: finding.related } : {}),
          ...(finding.confidence !== undefined ? { confidence: finding.confidence } : {}),
        });
      },
    });
  }
  return findings;
}

/** The file's diagnostics: its file-rule findings plus the program rules', with severities, suppressions and the confidence floor. */
export function runProgramRules(summary: FileSummary, program: Program, settings: Record<string, RuleSetting>, minConfidence = 0): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const emit = (rule: string, severity: Severity, span: Span, finding: { message: string; suggestion: string; related?: RelatedLocation[]; confidence?: number }) => {
    if (finding.confidence !== undefined && finding.confidence < minConfidence) return;
    if (isSuppressed(summary.suppressions, rule, span.line)) return;
    const key = `${rule}:${span.line}:${span.column}:${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push({
      rule,
      severity,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      message: finding.message,
      suggestion: finding.suggestion,
      ...(finding.related && finding.related.length > 0 ? { related: finding.related } : {}),
    });
  };
  for (const rule of rules) {
    const severity = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.scope === 'file') {
      for (const finding of summary.localFindings) if (finding.rule === rule.meta.id) emit(rule.meta.id, severity, finding, finding);
    } else {
      rule.check({ file: summary, program, report: (finding) => emit(rule.meta.id, severity, finding.span, finding) });
    }
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
