import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { hasNoExtension, scriptExtension } from '../analyzer/source-files';
import { NO_SUCH_FILE, describeFsError, sourcePathProblem } from './files';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** What reading one file gave: its text, a reason it is not analyzed, or an error. */
export type SourceRead = { text: string } | { skipped: string } | { error: string };

const BINARY_SNIFF_BYTES = 8 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true }); // also drops a leading BOM

/**
 * Reads a source file for analysis. Size and type are checked with `stat` before reading, so huge
 * files and FIFOs are never read. Never throws.
 */
export function readSourceFile(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceRead {
  const notSource = sourcePathProblem(filePath);
  if (notSource && !hasNoExtension(filePath)) return { skipped: notSource };
  try {
    // Import resolution tries several names per import, most of them missing: no exception for those.
    const stats = fs.statSync(filePath, { throwIfNoEntry: false });
    if (!stats) return { error: NO_SUCH_FILE };
    return onlyScripts(statProblem(stats, maxFileSize) ?? decodeSource(fs.readFileSync(filePath), maxFileSize), notSource);
  } catch (error) {
    return { error: describeFsError(error) };
  }
}

/** `readSourceFile` without blocking the thread. */
export async function readSourceFileAsync(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<SourceRead> {
  const notSource = sourcePathProblem(filePath);
  if (notSource && !hasNoExtension(filePath)) return { skipped: notSource };
  try {
    return onlyScripts(statProblem(await fsp.stat(filePath), maxFileSize) ?? decodeSource(await fsp.readFile(filePath), maxFileSize), notSource);
  } catch (error) {
    return { error: describeFsError(error) };
  }
}

/** A file without an extension is source only as a script whose `#!` line runs Node (`bin/cli`). */
function onlyScripts(read: SourceRead, notSource: string | undefined): SourceRead {
  if (notSource && 'text' in read && !scriptExtension(read.text)) return { skipped: notSource };
  return read;
}

function statProblem(stats: fs.Stats, maxFileSize: number): SourceRead | undefined {
  if (stats.isDirectory()) return { error: 'is a directory' };
  if (!stats.isFile()) return { error: 'not a regular file' };
  if (stats.size > maxFileSize) return tooLarge(maxFileSize);
  return undefined;
}

/** The content checks of `readSourceFile`, on bytes already read. */
function decodeSource(bytes: Uint8Array, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceRead {
  if (bytes.length > maxFileSize) return tooLarge(maxFileSize); // grew after stat
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { skipped: 'binary file' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { skipped: 'not UTF-8 text' };
  }
  if (looksMinified(text)) return { skipped: 'minified or generated file' };
  return { text };
}

function tooLarge(maxFileSize: number): SourceRead {
  return { skipped: `file is larger than ${formatByteSize(maxFileSize)}` };
}

const MINIFIED_CHECK_MIN_LENGTH = 50 * 1024;
const MINIFIED_AVERAGE_LINE = 500;
const LONG_LINE = 1000;
const HAND_WRITTEN_MIN_LINES = 100;

/**
 * Minifier and bundler output, told apart from hand-written code: a text of 50 KB or more whose
 * average line exceeds 500 characters (unless it has a hundred ordinary lines and every longer line reads
 * as data: one record per line), or in which lines over 1,000 characters hold more than half
 * of the text and read as code rather than data. Hand-written code rarely does either (embedded data
 * tables among normal code do not trip the second test); bundles nearly always do. Smaller files are cheap to
 * analyze whatever they look like, so they are never skipped.
 */
export function looksMinified(text: string): boolean {
  if (text.length < MINIFIED_CHECK_MIN_LENGTH) return false;
  let lines = 0;
  let ordinaryLines = 0;
  let longCodeLines = 0;
  let charsInLongLines = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines++;
    const length = end - start;
    if (length <= MINIFIED_AVERAGE_LINE) ordinaryLines++;
    else {
      if (holdsStatements(text, start, end)) longCodeLines++;
      if (length > LONG_LINE && isDenseCode(text, start, end)) charsInLongLines += length;
    }
    start = end + 1;
  }
  const handWrittenAroundData = longCodeLines === 0 && ordinaryLines >= HAND_WRITTEN_MIN_LINES;
  return (text.length / lines > MINIFIED_AVERAGE_LINE && !handWrittenAroundData) || charsInLongLines * 2 > text.length;
}

/**
 * Minified code has a statement end or a block start every 30-80 characters; a long line of embedded data (a
 * lookup table, a generated regular expression) has almost none, and hand-written code around it is analyzed.
 */
function isDenseCode(text: string, start: number, end: number): boolean {
  return hasMarkEvery(text, start, end, SEMICOLON, OPEN_BRACE);
}

/**
 * Code has a statement end or a call every few dozen characters; a record written as data (`{"type":"Feature",
 * "geometry":{...}}`, a list of numbers) has neither, however many braces it opens.
 */
function holdsStatements(text: string, start: number, end: number): boolean {
  return hasMarkEvery(text, start, end, SEMICOLON, OPEN_PAREN);
}

/** One of the two characters at least every `CODE_CHARS_PER_MARK` characters of the line, on average. */
function hasMarkEvery(text: string, start: number, end: number, first: number, second: number): boolean {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === first || code === second) marks++;
  }
  return marks * CODE_CHARS_PER_MARK >= end - start;
}

const OPEN_PAREN = 0x28;
const SEMICOLON = 0x3b;
const OPEN_BRACE = 0x7b;
/** Minified bundles measured 32-330 characters per `;` or `{`; data tables in hand-written files 700-10,000. */
const CODE_CHARS_PER_MARK = 500;

/** "2 MB", "512 KB", "1000 bytes": exact binary multiples get a unit. */
function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
