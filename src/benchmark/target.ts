/**
 * The user's function: its static analysis (imports followed) and the `@benchmark` tags of its JSDoc comment.
 *
 *   /**
 *    * @benchmark args [200000]      JSON arguments (an array is the list), or a JS expression
 *    * @benchmark tasks 8            tasks per round
 *    * @benchmark rounds 3           timed rounds per strategy
 *    * @benchmark timeout 5000       ms per round
 *    * @benchmark strategies sequential,worker-threads
 *    *\/
 */
import { readFile } from 'node:fs/promises';
import { Project } from '../analyzer/project';
import type { FunctionResult } from '../analyzer/types';
import { NodeSourceHost } from '../scan/host';
import { STRATEGY_NAMES, type StrategyName } from './types';
import { errorMessage } from '../analyzer/errors';

export interface BenchmarkTags {
  args?: string;
  tasks?: number;
  rounds?: number;
  timeoutMs?: number;
  strategies?: StrategyName[];
}

export interface FunctionTarget {
  file: string;
  functionName: string;
  /** The analyzer's result for the function, when it found one of that name. */
  analysis?: FunctionResult;
  /** Why there is no analysis (the file could not be analyzed). */
  analysisError?: string;
  /** Every function name the analyzer found in the file, for messages. */
  functionNames: string[];
  /** The name appears in the file as a word (e.g. `export const f = memoize(...)`, which the analyzer does not name). */
  mentioned: boolean;
  tags: BenchmarkTags;
  /** Problems with the tags (unknown keys, bad numbers), reported, not fatal. */
  tagWarnings: string[];
}

/** Reads and analyzes `file` (an absolute path) and finds `functionName` in it. */
export async function describeFunction(file: string, functionName: string): Promise<FunctionTarget> {
  const source = await readFile(file, 'utf8');
  let functions: FunctionResult[] = [];
  let analysisError: string | undefined;
  try {
    const result = new Project(new NodeSourceHost()).analyzeFile(file, source);
    functions = result.functions;
    analysisError = result.error ?? result.skipped;
  } catch (error) {
    analysisError = errorMessage(error);
  }
  const analysis = functions.find((fn) => fn.name === functionName);
  const comment = analysis ? jsdocBefore(source, analysis.line, analysis.column) : jsdocOfDeclaration(source, functionName);
  const { tags, warnings } = comment === undefined ? { tags: {}, warnings: [] } : parseBenchmarkTags(comment);
  return {
    file,
    functionName,
    analysis,
    analysisError,
    functionNames: [...new Set(functions.map((fn) => fn.name))],
    mentioned: functionName !== '' && new RegExp(`(^|[^\\w$])${escapeRegExp(functionName)}($|[^\\w$])`).test(source),
    tags,
    tagWarnings: warnings,
  };
}

/** Text allowed between a JSDoc comment and the function it documents: modifiers, a binding, a type. */
const DECLARATION_PREFIX = /^[\s\w$.:<>,=|&?[\]'"*@]*$/;

/**
 * The JSDoc comment (`/** ... *\/`) right before the function starting at `line`:`column` (1-based),
 * e.g. before `export async function f`, `export const f = async () =>` or `static f(`.
 */
export function jsdocBefore(source: string, line: number, column: number): string | undefined {
  const start = offsetOf(source, line, column);
  const before = source.slice(0, start);
  const end = before.lastIndexOf('*/');
  if (end < 0) return undefined;
  const open = before.lastIndexOf('/**', end);
  if (open < 0) return undefined;
  const between = before.slice(end + 2);
  if (!DECLARATION_PREFIX.test(between) || /[;{}()]/.test(between)) return undefined;
  return before.slice(open, end + 2);
}

/** Fallback when the analyzer did not find the function: the comment before a declaration of that name. */
function jsdocOfDeclaration(source: string, functionName: string): string | undefined {
  const name = escapeRegExp(functionName);
  const declaration = new RegExp(`(?:function\\s*\\*?\\s*|(?:const|let|var)\\s+)${name}\\b`).exec(source);
  if (!declaration) return undefined;
  const before = source.slice(0, declaration.index);
  const lines = before.split('\n');
  return jsdocBefore(source, lines.length, lines[lines.length - 1].length + 1);
}

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return Math.min(source.length, offset + Math.max(0, column - 1));
}

/** The `@benchmark <key> <value>` tags of a JSDoc comment; a value may continue on the following lines. */
export function parseBenchmarkTags(comment: string): { tags: BenchmarkTags; warnings: string[] } {
  const tags: BenchmarkTags = {};
  const warnings: string[] = [];
  for (const tag of tagTexts(comment)) {
    const match = /^@benchmark\s+([\w-]+)\s*([\s\S]*)$/.exec(tag);
    if (!match) {
      if (/^@benchmark\b/.test(tag)) warnings.push(`@benchmark needs a key and a value: "${tag}"`);
      continue;
    }
    const [, key, rawValue] = match;
    const value = rawValue.trim();
    switch (key) {
      case 'args':
        if (value === '') warnings.push('@benchmark args has no value');
        else tags.args = value;
        break;
      case 'tasks':
      case 'rounds':
      case 'timeout': {
        const number = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(number >= 1)) warnings.push(`@benchmark ${key} must be a whole number >= 1, not "${value}"`);
        else if (key === 'timeout') tags.timeoutMs = number;
        else tags[key] = number;
        break;
      }
      case 'strategies': {
        const names = value.split(/[\s,]+/).filter(Boolean);
        const unknown = names.filter((name) => !(STRATEGY_NAMES as readonly string[]).includes(name));
        if (unknown.length > 0 || names.length === 0) warnings.push(`@benchmark strategies: unknown "${unknown.join(', ')}"`);
        else tags.strategies = names as StrategyName[];
        break;
      }
      default:
        warnings.push(`unknown tag @benchmark ${key}`);
    }
  }
  return { tags, warnings };
}

/** Each block tag of a JSDoc comment, with its continuation lines joined and the ` * ` margins removed. */
function tagTexts(comment: string): string[] {
  const body = comment.replace(/^\/\*\*/, '').replace(/\*\/$/, '');
  const lines = body.split(/\r?\n/).map((line) => line.replace(/^\s*\*?\s?/, ''));
  const tags: string[] = [];
  for (const line of lines) {
    if (/^\s*@/.test(line)) tags.push(line.trim());
    else if (tags.length > 0 && line.trim() !== '') tags[tags.length - 1] += `\n${line.trim()}`;
  }
  return tags;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
