import type { FileModel } from '../model';

const NEXT_LINE = /^\s*concurrency-advisor-disable-next-line\b(.*)$/;
const FILE_WIDE = /^\s*concurrency-advisor-disable\b(?!-)(.*)$/;

export interface Suppressions {
  fileDisabled(rule: string): boolean;
  lineDisabled(rule: string, line: number): boolean;
}

/**
 * `// concurrency-advisor-disable-next-line [ids]` silences the next line;
 * `/* concurrency-advisor-disable [ids] *\/` silences the whole file. Without ids, every rule.
 */
export function suppressionsOf(file: FileModel): Suppressions {
  const byLine = new Map<number, Set<string> | 'all'>();
  let fileWide: Set<string> | 'all' | null = null;
  for (const comment of file.comments) {
    const nextLine = NEXT_LINE.exec(comment.value);
    if (nextLine) {
      byLine.set(comment.loc.end.line + 1, ruleList(nextLine[1]));
      continue;
    }
    const wide = FILE_WIDE.exec(comment.value);
    if (wide) {
      const list = ruleList(wide[1]);
      fileWide = list === 'all' || fileWide === 'all' ? 'all' : new Set([...(fileWide ?? []), ...list]);
    }
  }
  const matches = (entry: Set<string> | 'all' | null | undefined, rule: string) => entry === 'all' || (entry instanceof Set && entry.has(rule));
  return {
    fileDisabled: (rule) => matches(fileWide, rule),
    lineDisabled: (rule, line) => matches(byLine.get(line), rule),
  };
}

function ruleList(text: string): Set<string> | 'all' {
  const ids = text.split(/--/)[0].split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : new Set(ids);
}
