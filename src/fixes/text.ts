import type { TextEdit } from './types';

/**
 * Applies non-overlapping edits to `text`. Offsets refer to the original text; insertions at the same offset
 * are applied in the order given. Throws on overlapping edits or offsets outside the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  let result = '';
  let position = 0;
  for (const { edit } of ordered) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) throw new RangeError(`edit [${edit.start}, ${edit.end}) is outside the text (length ${text.length})`);
    if (edit.start < position) throw new RangeError(`overlapping edits at offset ${edit.start}`);
    result += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return result + text.slice(position);
}

/**
 * Where an offset of the original text lands after the edits: the span of the text that replaced it when an edit
 * covers it (an insertion at the offset covers it too), else the shifted offset (start === end).
 */
export function mapOffset(offset: number, edits: readonly TextEdit[]): { start: number; end: number } {
  let delta = 0;
  let range: { start: number; end: number } | null = null;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.end < offset) {
      delta += edit.newText.length - (edit.end - edit.start);
      continue;
    }
    if (edit.start > offset) break;
    const start = edit.start + delta;
    const end = start + edit.newText.length;
    range = range ? { start: Math.min(range.start, start), end: Math.max(range.end, end) } : { start, end };
    delta += edit.newText.length - (edit.end - edit.start);
  }
  return range ?? { start: offset + delta, end: offset + delta };
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Offsets where each line starts (line 1 at index 0), with the same line terminators as the parser. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** Offset of a 1-based line and 1-based column (UTF-16 code units), or -1 when outside the text. */
export function offsetAt(starts: readonly number[], text: string, line: number, column: number): number {
  if (line < 1 || line > starts.length) return -1;
  const offset = starts[line - 1] + column - 1;
  return offset < 0 || offset > text.length ? -1 : offset;
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineBreak(text[i - 1])) i--;
  return i;
}

/** Offset just before the line break that ends the line holding `offset` (or the end of the text). */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineBreak(text[i])) i++;
  return i;
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** Leading whitespace of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEndOf(text, offset)))![0];
}

/** Whether only whitespace stands between the start of its line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** Offset after the line break that ends the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEndOf(text, offset);
  if (end >= text.length) return end;
  return text.startsWith('\r\n', end) ? end + 2 : end + 1;
}

/**
 * The range to delete for a whole statement that sits alone on its lines: from its line start to the next line
 * start. Falls back to the statement itself when other code shares its lines.
 */
export function wholeLinesRange(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = lineStartOf(text, start);
  const afterEnd = lineEndOf(text, end);
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*$/.test(text.slice(end, afterEnd))) {
    return { start: lineStart, end: nextLineStart(text, end) };
  }
  return { start, end };
}

/**
 * Re-indents the lines of `segment` (which starts at a line start, `segmentStart` of the original text) by
 * replacing the leading `from` indentation with `to`. Lines that start inside a template literal (`isProtected`) keep their text.
 */
export function reindent(segment: string, segmentStart: number, from: string, to: string, isProtected: (offset: number) => boolean): string {
  if (from === to) return segment;
  let result = '';
  let lineStart = 0;
  for (;;) {
    const lineBreak = segment.slice(lineStart).search(/\r\n|\n/);
    const lineEnd = lineBreak < 0 ? segment.length : lineStart + lineBreak;
    const line = segment.slice(lineStart, lineEnd);
    if (isProtected(segmentStart + lineStart)) result += line;
    else if (/^[ \t]*$/.test(line)) result += '';
    else if (line.startsWith(from)) result += to + line.slice(from.length);
    else {
      // Less indented than expected: strip what is there and use the new base.
      result += to + line.replace(/^[ \t]*/, '');
    }
    if (lineBreak < 0) break;
    const breakText = segment.startsWith('\r\n', lineEnd) ? '\r\n' : '\n';
    result += breakText;
    lineStart = lineEnd + breakText.length;
  }
  return result;
}
