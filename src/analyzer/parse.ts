import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { extensionOf } from './source-files';

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

export function parseSource(text: string, fileName: string, options: ParseOptions = {}): ParseOutcome {
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
