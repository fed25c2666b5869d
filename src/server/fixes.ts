import type { SourceHost } from '../analyzer/project';
import type { Diagnostic, FileResult } from '../analyzer/types';
import type { Fix, FixRequest, FixResult, TextEdit } from '../fixes/types';
import { applyEdits } from './convert';

/** `fixesFor` of src/fixes, or a stand-in with the same signature. */
export type FixProvider = (request: FixRequest) => FixResult;

export const NO_FIXES: FixResult = { fixes: [], refusals: [] };

/** Calls the provider; an exception becomes "no fixes" and is reported through `onError`. */
export function safeFixesFor(provider: FixProvider, request: FixRequest, onError: (error: unknown) => void): FixResult {
  try {
    const result = provider(request);
    return { fixes: Array.isArray(result?.fixes) ? result.fixes : [], refusals: Array.isArray(result?.refusals) ? result.refusals : [] };
  } catch (error) {
    onError(error);
    return NO_FIXES;
  }
}

/**
 * A fix that only silences the rule (`// concurrency-advisor-disable-next-line`, a file-wide disable) rather than
 * rewriting the code. Told apart by title, as src/fixes names them ("Suppress <rule> on this line", "Disable <rule>
 * for this file").
 */
export function isSuppression(fix: Pick<Fix, 'title'>): boolean {
  return /^(Suppress|Disable) \S+ (on this line|for this file)\b/.test(fix.title);
}

/** The fixes that change the code, not just silence the rule. */
export function rewriteFixes(result: FixResult): Fix[] {
  return result.fixes.filter((fix) => !isSuppression(fix));
}

/** A safe fix that only edits its own file: what `source.fixAll` may apply without review. */
export function isLocalSafeFix(fix: Fix, path: string): boolean {
  return fix.safe && fix.creates.length === 0 && fix.edits.length > 0 && fix.edits.every((edit) => edit.path === path);
}

export interface FixAllInput {
  path: string;
  text: string;
  host: SourceHost;
  /** Summaries of the files the fixed one imports, if the caller has them (see `FixRequest.summaries`). */
  summaries?: FixRequest['summaries'];
  provider: FixProvider;
  /** Rules worth asking for fixes (those with rewrites); default: every rule. */
  rules?: ReadonlySet<string>;
  /** Stop starting new passes after this many milliseconds (default 5000): fixes are verified, hence not free. */
  budgetMs?: number;
  /** Analyzes the file as if it had this text; returns undefined when it does not parse. */
  analyze(text: string): FileResult | undefined;
  onError(error: unknown): void;
  /** ESLint's limit: fixes that make new problems appear cannot loop forever. */
  maxPasses?: number;
}

/**
 * Applies every safe, local fix of a file, pass after pass: each pass applies the fixes whose edits do not overlap,
 * re-analyzes, and asks again, so fixes that touch the same import or function compose. A pass whose result does
 * not parse is discarded. Returns the fixed text (the input when nothing applied).
 */
export function fixAll(input: FixAllInput): string {
  const maxPasses = input.maxPasses ?? 10;
  const deadline = Date.now() + (input.budgetMs ?? 5000);
  let text = input.text;
  let result = input.analyze(text);
  for (let pass = 0; pass < maxPasses && result && !result.error && Date.now() < deadline; pass++) {
    const fixes = safeFixesOf(result.diagnostics, text, input, deadline);
    if (fixes.length === 0) break;
    const next = applyCompatible(text, fixes.map((fix) => fix.edits.flatMap((edit) => edit.edits)));
    if (next === undefined || next === text) break;
    const nextResult = input.analyze(next);
    if (!nextResult || nextResult.error) break;
    text = next;
    result = nextResult;
  }
  return text;
}

/** The safe fix of each diagnostic, asked for one after another until the budget is spent (a large file has many). */
function safeFixesOf(diagnostics: readonly Diagnostic[], text: string, input: FixAllInput, deadline: number): Fix[] {
  const fixes: Fix[] = [];
  for (const diagnostic of diagnostics) {
    if (input.rules && !input.rules.has(diagnostic.rule)) continue;
    if (Date.now() >= deadline) break;
    const { fixes: offered } = safeFixesFor(input.provider, { path: input.path, text, diagnostic, host: input.host, ...(input.summaries ? { summaries: input.summaries } : {}) }, input.onError);
    const fix = offered.find((f) => f.isPreferred && isLocalSafeFix(f, input.path)) ?? offered.find((f) => isLocalSafeFix(f, input.path));
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/**
 * Applies each group of edits that does not conflict with the groups taken before it; undefined when none applies.
 * Two edits at the same offset conflict (unless identical): typically two fixes each adding an import, which the
 * next pass turns into one import with both names.
 */
function applyCompatible(text: string, groups: readonly (readonly TextEdit[])[]): string | undefined {
  const taken: TextEdit[] = [];
  for (const group of groups) {
    if (group.some((edit) => taken.some((other) => conflicts(edit, other)))) continue;
    if (applyEdits(text, [...taken, ...group]) !== undefined) taken.push(...group);
  }
  return taken.length > 0 ? applyEdits(text, taken) : undefined;
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start && a.end === b.end && a.newText === b.newText) return false;
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start;
}
