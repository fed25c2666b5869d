import type { FileModel } from '../model';
import type { SuppressionSummary } from '../summary';

const NEXT_LINE = /^\s*concurrency-advisor-disable-next-line\b(.*)$/;
const FILE_WIDE = /^\s*concurrency-advisor-disable\b(?!-)(.*)$/s;
const MARKER = 'concurrency-advisor-disable';

/**
 * `// concurrency-advisor-disable-next-line [ids]` silences the next line;
 * `/* concurrency-advisor-disable [ids] *\/` silences the whole file. Without ids, every rule.
 */
export function suppressionsOf(file: FileModel): SuppressionSummary {
  const byLine: Record<number, string[] | 'all'> = {};
  let fileWide: string[] | 'all' | null = null;
  for (const comment of commentsMentioning(file.text, MARKER)) {
    const nextLine = NEXT_LINE.exec(comment.value);
    if (nextLine) {
      byLine[file.lines.line(comment.end) + 1] = ruleList(nextLine[1]);
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

/**
 * Comments that contain `marker`. The parser is not asked for comments (that costs on every file); the rare files
 * that mention the marker are scanned here, skipping strings and template literals so that a marker inside a string
 * is not taken for a comment.
 */
function commentsMentioning(text: string, marker: string): { value: string; end: number }[] {
  if (!text.includes(marker)) return [];
  const comments: { value: string; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      // A CRLF file leaves the \r in the comment's text: it is not part of the rule list.
      comments.push({ value: text.slice(i + 2, stop).replace(/\r$/, ''), end: stop });
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      comments.push({ value: text.slice(i + 2, end < 0 ? text.length : end), end: stop });
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      i = skipString(text, i, c);
    } else {
      i++;
    }
  }
  return comments.filter((comment) => comment.value.includes(marker));
}

/** Index after the string starting at `start` (template expressions are skipped along with the template). */
function skipString(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return i + 1;
    else i++;
  }
  return i;
}

function ruleList(text: string): string[] | 'all' {
  const ids = text.split(/--/)[0].split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : ids;
}
