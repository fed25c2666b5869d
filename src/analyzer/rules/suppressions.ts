import type { FileModel } from '../model';
import type { SuppressionSummary } from '../summary';

const NEXT_LINE = /^\s*concurrency-advisor-disable-next-line\b(.*)$/;
const FILE_WIDE = /^\s*concurrency-advisor-disable\b(?!-)(.*)$/;

/**
 * `// concurrency-advisor-disable-next-line [ids]` silences the next line;
 * `/* concurrency-advisor-disable [ids] *\/` silences the whole file. Without ids, every rule.
 */
export function suppressionsOf(file: FileModel): SuppressionSummary {
  const byLine: Record<number, string[] | 'all'> = {};
  let fileWide: string[] | 'all' | null = null;
  for (const comment of file.comments) {
    const nextLine = NEXT_LINE.exec(comment.value);
    if (nextLine) {
      byLine[comment.loc.end.line + 1] = ruleList(nextLine[1]);
      continue;
    }
    const wide = FILE_WIDE.exec(comment.value);
    if (wide) {
      const list = ruleList(wide[1]);
      fileWide = list === 'all' || fileWide === 'all' ? 'all' : [...(fileWide ?? []), ...list];
    }
  }
  return { fileWide, byLine };
}

export function isSuppressed(suppressions: SuppressionSummary, rule: string, line: number): boolean {
  const matches = (entry: string[] | 'all' | null | undefined) => entry === 'all' || (Array.isArray(entry) && entry.includes(rule));
  return matches(suppressions.fileWide) || matches(Object.prototype.hasOwnProperty.call(suppressions.byLine, line) ? suppressions.byLine[line] : undefined);
}

function ruleList(text: string): string[] | 'all' {
  const ids = text.split(/--/)[0].split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : ids;
}
