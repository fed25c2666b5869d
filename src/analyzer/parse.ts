import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import * as ts from 'typescript';
import { extensionOf, parserFileName } from './source-files';

export { SOURCE_EXTENSIONS, isSourceFile } from './source-files';

export interface ParseSuccess {
  ok: true;
  program: TSESTree.Program;
}

export interface ParseFailure {
  ok: false;
  message: string;
  line: number;
  column: number;
}

export type ParseOutcome = ParseSuccess | ParseFailure;

/** TypeScript files only accept JSX in .tsx (`<T>x` is a cast in .ts); JavaScript files may always contain JSX. */
function allowsJsx(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext !== '.ts' && ext !== '.mts' && ext !== '.cts';
}

export interface ParseOptions {
  /** `loc` objects on every node (default true); the analyzer uses ranges and a line index instead. */
  locations?: boolean;
  /** Collect comments (default true). */
  comments?: boolean;
  /**
   * Reject what TypeScript parses but the language forbids, such as a modifier in the wrong place (default true).
   * Quick fixes keep the checks, so that a fix never produces such code; the analyzer does not need them.
   */
  grammarChecks?: boolean;
}

export function parseSource(text: string, filePath: string, options: ParseOptions = {}): ParseOutcome {
  const fileName = parserFileName(filePath, text);
  const outcome = parseOnce(text, fileName, options);
  if (outcome.ok || !LEGACY_SYNTAX_MESSAGE.test(outcome.message)) return outcome;
  // Sloppy-mode JavaScript allows `0666` and '\033', which TypeScript rejects: parse a copy with modern spellings.
  const modernized = withModernLiterals(text, fileName);
  return modernized === null ? outcome : parseOnce(modernized, fileName, options);
}

function parseOnce(text: string, fileName: string, options: ParseOptions): ParseOutcome {
  try {
    const program = parseEstree(text, {
      loc: options.locations ?? true,
      range: true,
      comment: options.comments ?? true,
      jsx: allowsJsx(fileName),
      filePath: fileName,
      errorOnUnknownASTType: false,
      // The checks visit every node and cost about a fifth of the parse (benchmark corpus: 3.85 s -> 3.1 s).
      allowInvalidAST: options.grammarChecks === false,
      // JSDoc is never read, and parsing it costs time in documented JavaScript (webpack: ~5% of the parse).
      jsDocParsingMode: 'none',
    });
    return { ok: true, program };
  } catch (error) {
    return toFailure(error);
  }
}

const LEGACY_SYNTAX_MESSAGE = /^syntax error: ((Octal literals|Octal escape sequences|Decimals with leading zeros) are|Escape sequence '\\[89]' is) not allowed/;
const OCTAL_LITERAL = 1121;
const OCTAL_ESCAPE = 1487;
const DIGIT_ESCAPE = 1488;
const LEADING_ZERO_DECIMAL = 1489;

/**
 * The text with each legacy octal literal, octal escape and zero-led decimal TypeScript reports rewritten to a
 * modern form of the same length, so that every range in the tree still points into the original text; null when
 * TypeScript reports none of them.
 */
function withModernLiterals(text: string, fileName: string): string | null {
  const file = ts.createSourceFile(fileName, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindOf(fileName));
  const diagnostics = (file as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  const pieces: string[] = [];
  let copied = 0;
  for (const diagnostic of diagnostics) {
    const start = diagnostic.start ?? -1;
    const length = diagnostic.length ?? 0;
    if (start < copied || length === 0) continue;
    const replacement = modernSpelling(diagnostic.code, text.slice(start, start + length));
    if (replacement === null) continue;
    pieces.push(text.slice(copied, start), replacement);
    copied = start + length;
  }
  if (pieces.length === 0) return null;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

function modernSpelling(code: number, original: string): string | null {
  if (code === OCTAL_LITERAL || code === LEADING_ZERO_DECIMAL) {
    if (!/^0\d+$/.test(original)) return null;
    // A value in octal or decimal never has more digits than its legacy spelling: pad with spaces.
    const value = parseInt(original, /[89]/.test(original) ? 10 : 8).toString();
    return value.padStart(original.length, ' ');
  }
  if ((code === OCTAL_ESCAPE && /^\\[0-7]+$/.test(original)) || (code === DIGIT_ESCAPE && /^\\[89]$/.test(original))) {
    // '\033' is '\x1b'; shorter escapes become a tab (and a letter), a different character the analysis never reads.
    if (original.length === 4) return `\\x${parseInt(original.slice(1), 8).toString(16).padStart(2, '0')}`;
    return ('\\t' + 'o'.repeat(original.length)).slice(0, original.length);
  }
  return null;
}

function scriptKindOf(fileName: string): ts.ScriptKind {
  switch (extensionOf(fileName)) {
    case '.ts': case '.mts': case '.cts': return ts.ScriptKind.TS;
    case '.tsx': return ts.ScriptKind.TSX;
    case '.jsx': return ts.ScriptKind.JSX;
    default: return ts.ScriptKind.JS;
  }
}

function toFailure(error: unknown): ParseFailure {
  if (error instanceof RangeError) {
    return { ok: false, message: 'file is nested too deeply to parse', line: 1, column: 1 };
  }
  const e = error as { message?: string; location?: { start?: { line: number; column: number } }; lineNumber?: number; column?: number };
  const start = e.location?.start;
  const line = start?.line ?? e.lineNumber ?? 1;
  const column = (start?.column ?? e.column ?? 0) + 1;
  const message = String(e.message ?? error).split('\n')[0];
  return { ok: false, message: `syntax error: ${message}`, line, column };
}
