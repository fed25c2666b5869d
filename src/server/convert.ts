/**
 * Pure mapping from analyzer results (1-based lines and columns, UTF-16 offsets) to LSP types (0-based
 * positions). No connection, no I/O: everything a function needs comes in through its arguments.
 */
import type {
  CodeAction,
  CodeLens,
  Command,
  CreateFile,
  Diagnostic as LspDiagnostic,
  DiagnosticRelatedInformation,
  Hover,
  MarkupContent,
  Position,
  Range,
  TextDocumentEdit,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { Diagnostic, FunctionResult, Severity } from '../analyzer/types';
import type { FileCreation, FileEdit, Fix, FixRefusal, TextEdit } from '../fixes/types';
import { classificationLabel, recipeFor } from './recipes';

export const SOURCE = 'concurrency-advisor';
export const FIX_ALL_KIND = 'source.fixAll.concurrencyAdvisor';
export const QUICK_FIX_KIND = 'quickfix';

/** LSP DiagnosticSeverity values (error=1, warning=2, info=3). */
const SEVERITIES: Readonly<Record<Severity, 1 | 2 | 3>> = { error: 1, warning: 2, info: 3 };

// ---------------------------------------------------------------- positions

/** 1-based line and column (analyzer) -> 0-based LSP position; out-of-range input is clamped to 0. */
export function toPosition(line: number, column: number): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

export function toRange(line: number, column: number, endLine: number, endColumn: number): Range {
  const start = toPosition(line, column);
  const end = toPosition(endLine, endColumn);
  const ordered = end.line > start.line || (end.line === start.line && end.character >= start.character);
  return { start, end: ordered ? end : start };
}

/** Offsets of the first character of every line (after \n, \r\n or a lone \r, as LSP counts lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** UTF-16 offset -> LSP position; offsets past the end map to the end of the text. */
export function offsetToPosition(text: string, offset: number, starts = lineStarts(text)): Position {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= clamped) low = middle;
    else high = middle - 1;
  }
  // Inside a \r\n pair: the position of the \r, as vscode-languageserver-textdocument does.
  const insideCrlf = clamped > starts[low] && text.charCodeAt(clamped - 1) === 13 && text.charCodeAt(clamped) === 10;
  return { line: low, character: clamped - starts[low] - (insideCrlf ? 1 : 0) };
}

export function positionToOffset(text: string, position: Position, starts = lineStarts(text)): number {
  if (position.line >= starts.length) return text.length;
  const lineStart = starts[Math.max(0, position.line)];
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

// ---------------------------------------------------------------- diagnostics

export interface DiagnosticMapping {
  /** URI of the document the diagnostics belong to. */
  uri: string;
  /** URI of another file named by a related location. */
  uriOf(path: string): string;
  /** Link to the rule's documentation, or undefined when there is none. */
  docsHref(rule: string): string | undefined;
  /** Whether a quick fix is offered for this diagnostic (goes to `data.fixable`). */
  fixable?(diagnostic: Diagnostic): boolean;
}

/** What `Diagnostic.data` holds (docs/dev/editor-protocol.md). */
export interface DiagnosticData {
  rule: string;
  fixable: boolean;
}

export function toSeverity(severity: Severity): 1 | 2 | 3 {
  return SEVERITIES[severity] ?? 2;
}

/** One analyzer diagnostic as an LSP diagnostic: rule id as code, doc link, evidence chain as related information. */
export function toLspDiagnostic(diagnostic: Diagnostic, mapping: DiagnosticMapping): LspDiagnostic {
  const href = mapping.docsHref(diagnostic.rule);
  const related = relatedInformation(diagnostic, mapping);
  const data: DiagnosticData = { rule: diagnostic.rule, fixable: mapping.fixable?.(diagnostic) ?? false };
  return {
    range: toRange(diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn),
    severity: toSeverity(diagnostic.severity),
    code: diagnostic.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: diagnostic.suggestion ? `${diagnostic.message}\n${diagnostic.suggestion}` : diagnostic.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

export function relatedInformation(diagnostic: Diagnostic, mapping: Pick<DiagnosticMapping, 'uri' | 'uriOf'>): DiagnosticRelatedInformation[] {
  return (diagnostic.related ?? []).map((location) => {
    const start = toPosition(location.line, location.column);
    return {
      location: { uri: location.path === undefined ? mapping.uri : mapping.uriOf(location.path), range: { start, end: start } },
      message: location.message,
    };
  });
}

const PARSE_ERROR_POSITION = /\(line (\d+), column (\d+)\)\s*$/;

/** A file the analyzer could not parse: one information diagnostic at the error, so the user knows why the others went away. */
export function parseErrorDiagnostic(error: string): LspDiagnostic {
  const match = PARSE_ERROR_POSITION.exec(error);
  const start = match ? toPosition(Number(match[1]), Number(match[2])) : { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: 3,
    source: SOURCE,
    message: `Not analyzed: ${error.replace(PARSE_ERROR_POSITION, '').trim()}`,
  };
}

/** Every LSP diagnostic of one analyzed file. */
export function diagnosticsOf(result: { diagnostics: Diagnostic[]; error?: string }, mapping: DiagnosticMapping): LspDiagnostic[] {
  if (result.error !== undefined) return /syntax error|nested too deeply/.test(result.error) ? [parseErrorDiagnostic(result.error)] : [];
  return result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, mapping));
}

/** The LSP range of an analyzer diagnostic, to match a diagnostic the client sends back. */
export function diagnosticRange(diagnostic: Diagnostic): Range {
  return toRange(diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn);
}

/** Whether an LSP diagnostic (as the client sent it back) is the one mapped from this analyzer diagnostic. */
export function isSameDiagnostic(lsp: LspDiagnostic, diagnostic: Diagnostic): boolean {
  if (lsp.source !== SOURCE || lsp.code !== diagnostic.rule) return false;
  const range = diagnosticRange(diagnostic);
  return comparePositions(lsp.range.start, range.start) === 0 && comparePositions(lsp.range.end, range.end) === 0;
}

// ---------------------------------------------------------------- functions

/** The innermost function whose span includes `line` (1-based), or undefined. */
export function functionSpanningLine(functions: readonly FunctionResult[], line: number): FunctionResult | undefined {
  let best: FunctionResult | undefined;
  for (const fn of functions) {
    if (fn.line > line || fn.endLine < line) continue;
    if (!best || isInside(fn, best)) best = fn;
  }
  return best;
}

/** `a` starts after `b` or ends before it: the narrower of two nested spans. */
function isInside(a: FunctionResult, b: FunctionResult): boolean {
  const startsLater = a.line > b.line || (a.line === b.line && a.column >= b.column);
  const endsEarlier = a.endLine < b.endLine || (a.endLine === b.endLine && a.endColumn <= b.endColumn);
  return startsLater && endsEarlier;
}

/** The function whose header (its first line, from where it starts) holds the position, innermost first. */
export function functionAtHeader(functions: readonly FunctionResult[], position: Position): FunctionResult | undefined {
  let best: FunctionResult | undefined;
  for (const fn of functions) {
    const start = toPosition(fn.line, fn.column);
    if (start.line !== position.line || position.character < start.character) continue;
    if (fn.endLine === fn.line && position.character > fn.endColumn - 1) continue;
    if (!best || fn.column > best.column) best = fn;
  }
  return best;
}

// ---------------------------------------------------------------- hover

export interface HoverOptions {
  /** The client renders markdown (hover.contentFormat); otherwise plain text. */
  markdown: boolean;
  /** Fenced-code language of the examples. */
  language?: string;
}

/** The hover of a function and/or of the refusals on the hovered line; undefined when there is nothing to say. */
export function hoverFor(fn: FunctionResult | undefined, refusals: readonly FixRefusal[], options: HoverOptions): Hover | undefined {
  const sections: string[] = [];
  if (fn && fn.classification !== 'none') sections.push(functionMarkdown(fn, options));
  if (refusals.length > 0) sections.push(refusalMarkdown(refusals));
  if (sections.length === 0) return undefined;
  const markdown = sections.join('\n\n---\n\n');
  const contents: MarkupContent = options.markdown ? { kind: 'markdown', value: markdown } : { kind: 'plaintext', value: markdownToPlain(markdown) };
  return { contents }; // no range: the client highlights the word under the pointer
}

export function functionMarkdown(fn: FunctionResult, options: Pick<HoverOptions, 'language'> = {}): string {
  const lines = [`**${escapeMarkdown(fn.name)}**: ${classificationLabel(fn.classification)} · confidence ${Math.round(fn.confidence * 100)}%`];
  if (fn.evidence.length > 0) {
    lines.push('', '**Evidence**');
    for (const evidence of fn.evidence) lines.push(`- ${evidenceMarkdown(evidence.message)}`);
  }
  const recipe = recipeFor(fn);
  lines.push('', `**Recommendation (${recipe.name})**: ${escapeMarkdown(recipe.advice)}`);
  if (recipe.example) lines.push('', '```' + (options.language ?? 'js'), recipe.example, '```');
  return lines.join('\n');
}

/** "blocking-io: calls f (line 3) -> blocks on fs.readFileSync (line 9)" -> "*blocking-io*: calls f (line 3) → blocks on …". */
function evidenceMarkdown(message: string): string {
  const colon = message.indexOf(': ');
  const [kind, chain] = colon > 0 ? [message.slice(0, colon), message.slice(colon + 2)] : ['', message];
  const steps = chain.split(' -> ').map(escapeMarkdown).join(' → ');
  return kind ? `*${escapeMarkdown(kind)}*: ${steps}` : steps;
}

function refusalMarkdown(refusals: readonly FixRefusal[]): string {
  const lines = ['**No quick fix offered**'];
  for (const refusal of refusals) lines.push(`- \`${refusal.rule}\`, ${escapeMarkdown(refusal.title)}: ${escapeMarkdown(refusal.reason)}`);
  return lines.join('\n');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}

function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/^```\w*$/gm, '')
    .replace(/^---$/gm, '')
    .replace(/\*\*|(?<!\\)\*/g, '')
    .replace(/\\([\\`*_{}[\]<>#|~])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------- code lens

export type LensKind = 'summary' | 'benchmark' | 'explain';

/** `CodeLens.data`: enough to find the function again in `codeLens/resolve`. */
export interface LensData {
  uri: string;
  kind: LensKind;
  name: string;
  /** The function's start, 1-based as the analyzer reports it. */
  line: number;
  column: number;
}

/** Functions that get lenses: classified as doing something, and one row per line (the outermost function wins). */
export function lensFunctions(functions: readonly FunctionResult[]): FunctionResult[] {
  const byLine = new Map<number, FunctionResult>();
  for (const fn of functions) {
    if (fn.classification === 'none') continue;
    const taken = byLine.get(fn.line);
    if (!taken || fn.column < taken.column) byLine.set(fn.line, fn);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** Bare lenses (range and data only) for `textDocument/codeLens`; `resolveLens` adds the titles. */
export function codeLensesFor(uri: string, functions: readonly FunctionResult[]): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const fn of lensFunctions(functions)) {
    const start = toPosition(fn.line, fn.column);
    const range = { start, end: start };
    const kinds: LensKind[] = isNamed(fn) ? ['summary', 'benchmark', 'explain'] : ['summary', 'explain'];
    for (const kind of kinds) {
      const data: LensData = { uri, kind, name: fn.name, line: fn.line, column: fn.column };
      lenses.push({ range, data });
    }
  }
  return lenses;
}

function isNamed(fn: FunctionResult): boolean {
  return fn.name !== '' && !fn.name.startsWith('<');
}

export const COMMANDS = {
  showFunctionReport: 'concurrencyAdvisor.showFunctionReport',
  runBenchmark: 'concurrencyAdvisor.runBenchmark',
} as const;

/** A lens with its command; `fn` is the function as analyzed now (undefined when it is gone). */
export function resolveLens(lens: CodeLens, fn: FunctionResult | undefined): CodeLens {
  const data = lens.data as LensData | undefined;
  if (!data) return { ...lens, command: { title: '', command: '' } };
  const line = (fn?.line ?? data.line) - 1; // the commands take 0-based lines, as functionAt does
  let command: Command;
  switch (data.kind) {
    case 'benchmark':
      command = { title: 'Benchmark', command: COMMANDS.runBenchmark, arguments: [{ uri: data.uri, name: data.name, line }] };
      break;
    case 'explain':
      command = { title: 'Explain', command: COMMANDS.showFunctionReport, arguments: [{ uri: data.uri, line }] };
      break;
    default:
      command = { title: fn ? lensSummary(fn) : data.name, command: COMMANDS.showFunctionReport, arguments: [{ uri: data.uri, line }] };
  }
  return { range: lens.range, command, data };
}

const MAX_REASON_LENGTH = 60;

/** "CPU-bound · nested for...of over orders", "Blocking I/O · blocks on fs.readFileSync via readSettings". */
export function lensSummary(fn: FunctionResult): string {
  const reason = lensReason(fn);
  return reason ? `${classificationLabel(fn.classification)} · ${reason}` : classificationLabel(fn.classification);
}

function lensReason(fn: FunctionResult): string | undefined {
  const kind = fn.classification === 'blocking-io' ? 'blocking-io' : fn.classification === 'io' ? 'io' : 'cpu';
  const evidence = fn.evidence.find((e) => e.message.startsWith(`${kind}:`)) ?? fn.evidence[0];
  if (!evidence) return undefined;
  const steps = evidence.message.slice(evidence.message.indexOf(': ') + 2).split(' -> ').map(withoutLocation);
  const first = /^calls (\S+)$/.exec(steps[0]);
  let reason = steps[steps.length - 1];
  if (steps.length > 1 && first && !first[1].startsWith('its')) reason += ` via ${first[1]}`;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

function withoutLocation(step: string): string {
  return step.replace(/\s*\((?:line \d+|[^()\s]+:\d+)\)$/, '');
}

// ---------------------------------------------------------------- code actions and edits

export interface EditMapping {
  /** Use `documentChanges` (TextDocumentEdit, CreateFile); without it only `changes` of existing files. */
  documentChanges: boolean;
  /** The client accepts `CreateFile` resource operations. */
  createFiles: boolean;
  uriOf(path: string): string;
  /** Current text of a file, for offset -> position conversion; undefined when it cannot be read. */
  textOf(path: string): string | undefined;
  /** Version of an open document, or null for a file on disk. */
  versionOf(uri: string): number | null;
}

export function toLspTextEdits(text: string, edits: readonly TextEdit[]): LspTextEdit[] {
  const starts = lineStarts(text);
  return edits.map((edit) => ({
    range: { start: offsetToPosition(text, edit.start, starts), end: offsetToPosition(text, edit.end, starts) },
    newText: edit.newText,
  }));
}

/** File edits and creations as a WorkspaceEdit; undefined when the client cannot apply them. */
export function workspaceEditFor(change: { edits: readonly FileEdit[]; creates: readonly FileCreation[] }, mapping: EditMapping): WorkspaceEdit | undefined {
  if (change.creates.length > 0 && !(mapping.documentChanges && mapping.createFiles)) return undefined;
  const createdPaths = new Set(change.creates.map((c) => c.path));
  const textEdits: { uri: string; edits: LspTextEdit[] }[] = [];
  for (const fileEdit of change.edits) {
    if (fileEdit.edits.length === 0 || createdPaths.has(fileEdit.path)) continue;
    const text = mapping.textOf(fileEdit.path);
    if (text === undefined) return undefined;
    textEdits.push({ uri: mapping.uriOf(fileEdit.path), edits: toLspTextEdits(text, fileEdit.edits) });
  }
  if (!mapping.documentChanges) {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const { uri, edits } of textEdits) changes[uri] = [...(changes[uri] ?? []), ...edits];
    return { changes };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  for (const creation of change.creates) {
    const uri = mapping.uriOf(creation.path);
    documentChanges.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } });
    const origin = { line: 0, character: 0 };
    documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: origin, end: origin }, newText: creation.text }] });
  }
  for (const { uri, edits } of textEdits) documentChanges.push({ textDocument: { uri, version: mapping.versionOf(uri) }, edits });
  return { documentChanges };
}

/** A quick fix as a code action, or undefined when its edit cannot be expressed for this client. */
export function quickFixAction(fix: Fix, diagnostics: LspDiagnostic[], mapping: EditMapping, notesCommand?: string): CodeAction | undefined {
  const edit = workspaceEditFor(fix, mapping);
  if (!edit) return undefined;
  const action: CodeAction = { title: fix.title, kind: QUICK_FIX_KIND, edit };
  if (diagnostics.length > 0) action.diagnostics = diagnostics;
  if (fix.isPreferred) action.isPreferred = true;
  if (notesCommand && fix.notes.length > 0) action.command = { title: 'Show notes', command: notesCommand, arguments: [{ title: fix.title, notes: fix.notes }] };
  return action;
}

/** At most one preferred action: the first that claims it (or none). */
export function withOnePreferred(actions: CodeAction[]): CodeAction[] {
  let seen = false;
  return actions.map((action) => {
    if (!action.isPreferred) return action;
    if (seen) {
      const { isPreferred: _dropped, ...rest } = action;
      return rest;
    }
    seen = true;
    return action;
  });
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

/** `source.fixAll.concurrencyAdvisor` for a document whose fixed text is known. */
export function fixAllAction(uri: string, version: number | null, before: string, after: string, documentChanges: boolean): CodeAction | undefined {
  const edit = minimalEdit(before, after);
  if (!edit) return undefined;
  const edits = toLspTextEdits(before, [edit]);
  return {
    title: 'Fix all safe Concurrency Advisor problems',
    kind: FIX_ALL_KIND,
    edit: documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } },
  };
}

/**
 * Applies offset edits to a text, as if simultaneously against the original. Identical edits count once;
 * overlapping ones make the whole application fail (undefined).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  const unique: TextEdit[] = [];
  for (const edit of edits) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) return undefined;
    if (!unique.some((u) => u.start === edit.start && u.end === edit.end && u.newText === edit.newText)) unique.push(edit);
  }
  const sorted = unique.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1].edit;
    const current = sorted[i].edit;
    if (current.start < previous.end) return undefined; // insertions at one offset stay in their given order
  }
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
