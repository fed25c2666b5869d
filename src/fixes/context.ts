import * as nodePath from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { candidatePaths, contentHash, summarizeText, type SourceHost } from '../analyzer/analysis';
import { collectFile } from '../analyzer/collect';
import type { TargetLookup } from '../analyzer/context';
import type { ApiInfo } from '../analyzer/knowledge/types';
import type { CallSite, FileModel, FunctionInfo, Node } from '../analyzer/model';
import { functionOfNode } from '../analyzer/model';
import { isSourceFile, parseSource } from '../analyzer/parse';
import { Program as Linker, type FnNode, type FunctionState } from '../analyzer/program';
import { Resolver, type Value } from '../analyzer/resolve';
import { summarize, type FileSummary } from '../analyzer/summary';
import { unwrapExpression } from '../analyzer/syntax';
import type { Diagnostic } from '../analyzer/types';
import { lineStarts, offsetAt } from './text';
import type { FixRequest } from './types';

export type { SourceHost };

export interface Style {
  quote: "'" | '"';
  semicolons: boolean;
  indentUnit: string;
  eol: string;
  /** `node:` prefix on built-in module specifiers. */
  nodePrefix: boolean;
}

/** What a call calls, after linking across files: an API from the knowledge tables, or a function with its AST. */
export type FixTarget =
  | { kind: 'api'; info: ApiInfo; name: string; guessed: boolean }
  | { kind: 'function'; fn: FunctionInfo; state: FunctionState; guessed: boolean }
  | { kind: 'unknown' };

export interface FixContext {
  path: string;
  text: string;
  diagnostic: Diagnostic;
  host: SourceHost;
  /** The requested file, collected from `text` (AST with parent links, functions, call sites). */
  model: FileModel;
  program: TSESTree.Program;
  /** The file's comments, in order. */
  comments: TSESTree.Comment[];
  /** The diagnostic's range as offsets into `text`. */
  start: number;
  end: number;
  style: Style;
  typescript: boolean;
  /** Every name the file uses or declares, in any scope: new bindings avoid them. */
  usedNames: Set<string>;
  /** Call targets resolved in the file only (imports unresolved), as the file rules see them. */
  lookup: TargetLookup;
  /** A call's target linked across files. */
  target(site: CallSite): FixTarget;
  /** The solved state of a function of any loaded file. */
  state(fn: FunctionInfo): FunctionState | null;
  /** What an expression evaluates to, resolved in its own file. */
  resolveValue(node: Node, fn: FunctionInfo): Value;
  /** The collected model of another file of the project (through the host), or undefined. */
  modelOf(path: string): FileModel | undefined;
  /** Summaries of the other files loaded so far (for re-analysis without reading them again). */
  otherSummaries(): FileSummary[];
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** A host that sees `overrides` first (the request's text, files a fix creates) and the request's host after. */
export function overlayHost(host: SourceHost, overrides: ReadonlyMap<string, string>): SourceHost {
  const normalized = new Map([...overrides].map(([path, text]) => [nodePath.normalize(path), text]));
  return {
    readFile(path: string): string | undefined {
      const own = normalized.get(nodePath.normalize(path));
      return own !== undefined ? own : host.readFile(path);
    },
  };
}

interface Collected {
  model: FileModel;
  resolver: Resolver;
  /** [module, ...functions]: the summary's function indexes. */
  functions: FunctionInfo[];
}

/**
 * The requested file and the files it reaches through relative imports, summarized and linked like the
 * analyzer's Project does, with the requested file also kept as an AST so fixes can rewrite it.
 */
class Workspace {
  readonly linker: Linker;
  private readonly summaries = new Map<string, FileSummary | null>();
  private readonly collected = new Map<string, Collected | null>();
  private readonly siteIndex = new Map<CallSite, number>();
  private readonly fnIndex = new Map<FunctionInfo, number>();

  constructor(
    private readonly host: SourceHost,
    private readonly cache?: { summaryOf(path: string): FileSummary | undefined },
  ) {
    this.linker = new Linker({ locate: (from, specifier) => this.locate(from, specifier) });
  }

  /** Every summary loaded except `path`'s: the verifier reuses them. */
  summariesExcept(path: string): FileSummary[] {
    return [...this.summaries].flatMap(([p, s]) => (s && p !== path ? [s] : []));
  }

  addRoot(path: string, text: string): Collected | null {
    const parsed = parseSource(text, path);
    if (!parsed.ok) return null;
    const model = collectFile(path, text, parsed.program);
    const resolver = new Resolver();
    const summary = summarize(model, resolver, contentHash(text));
    const collected = this.index({ model, resolver, functions: [model.moduleFn, ...model.functions] });
    this.collected.set(path, collected);
    this.summaries.set(path, summary);
    this.linker.setFile(summary);
    const queue = [summary];
    const seen = new Set([path]);
    while (queue.length > 0 && seen.size < 500) {
      const current = queue.shift()!;
      for (const specifier of current.imports) {
        const target = this.locate(current.path, specifier);
        if (!target || seen.has(target.path)) continue;
        seen.add(target.path);
        queue.push(target);
      }
    }
    this.linker.solve();
    return collected;
  }

  private index(collected: Collected): Collected {
    collected.functions.forEach((fn, i) => this.fnIndex.set(fn, i));
    let i = 0;
    for (const fn of collected.functions) for (const site of fn.calls) this.siteIndex.set(site, i++);
    return collected;
  }

  private locate(fromPath: string, specifier: string): FileSummary | undefined {
    for (const candidate of candidatePaths(fromPath, specifier)) {
      const summary = this.load(candidate);
      if (summary) return summary;
    }
    return undefined;
  }

  private load(path: string): FileSummary | undefined {
    if (this.summaries.has(path)) return this.summaries.get(path) ?? undefined;
    const cached = this.cache?.summaryOf(path);
    if (cached) {
      this.summaries.set(path, cached);
      this.linker.setFile(cached);
      return cached;
    }
    let text: string | undefined;
    try {
      text = this.host.readFile(path);
    } catch {
      text = undefined;
    }
    const loaded = text === undefined ? null : summarizeText(path, text);
    const summary = loaded?.ok ? loaded.summary : null;
    this.summaries.set(path, summary);
    if (summary) this.linker.setFile(summary);
    return summary ?? undefined;
  }

  collectedOf(path: string): Collected | undefined {
    if (this.collected.has(path)) return this.collected.get(path) ?? undefined;
    let result: Collected | null = null;
    const summary = this.summaries.get(path);
    const text = summary ? this.host.readFile(path) : undefined;
    // The AST must be of the text the summary was made from, or function and site indexes would not match.
    if (text !== undefined && summary && contentHash(text) === summary.hash) {
      const parsed = parseSource(text, path);
      if (parsed.ok) {
        const model = collectFile(path, text, parsed.program);
        result = this.index({ model, resolver: new Resolver(), functions: [model.moduleFn, ...model.functions] });
      }
    }
    this.collected.set(path, result);
    return result ?? undefined;
  }

  functionOf(node: FnNode): FunctionInfo | undefined {
    const fn = this.collectedOf(node.file.path)?.functions[node.index];
    return fn && fn.name === node.summary.name ? fn : undefined;
  }

  nodeOf(fn: FunctionInfo): FnNode | undefined {
    const index = this.fnIndex.get(fn);
    return index === undefined ? undefined : this.linker.nodesOf(fn.file.path)[index];
  }

  target(site: CallSite): FixTarget {
    const index = this.siteIndex.get(site);
    const summary = this.summaries.get(site.fn.file.path);
    if (index === undefined || !summary) return { kind: 'unknown' };
    const linked = this.linker.target(summary, index);
    if (linked.kind === 'api') return { kind: 'api', info: linked.info, name: linked.name, guessed: linked.guessed };
    if (linked.kind === 'function') {
      const fn = this.functionOf(linked.fn);
      return fn ? { kind: 'function', fn, state: linked.fn.state, guessed: linked.guessed } : { kind: 'unknown' };
    }
    return { kind: 'unknown' };
  }

  resolverFor(fn: FunctionInfo): Resolver {
    return this.collectedOf(fn.file.path)?.resolver ?? new Resolver();
  }
}

export function createContext(request: FixRequest): FixContext | { error: string } {
  const workspace = new Workspace(overlayHost(request.host, new Map([[request.path, request.text]])), request.summaries);
  const root = workspace.addRoot(request.path, request.text);
  if (!root) return { error: 'the file does not parse' };
  const text = request.text;
  const starts = lineStarts(text);
  const d = request.diagnostic;
  const start = offsetAt(starts, text, d.line, d.column);
  const end = offsetAt(starts, text, d.endLine, d.endColumn);
  if (start < 0 || end < start) return { error: 'the diagnostic does not match the current text' };
  const program = root.model.program;
  return {
    path: request.path,
    text,
    diagnostic: d,
    host: request.host,
    model: root.model,
    program,
    comments: program.comments ?? commentsOf(text, request.path),
    start,
    end,
    style: detectStyle(text, program),
    typescript: isTypeScriptPath(request.path),
    usedNames: collectNames(program),
    lookup: { target: (site) => root.resolver.callTarget(site) },
    target: (site) => workspace.target(site),
    state: (fn) => workspace.nodeOf(fn)?.state ?? null,
    resolveValue: (node, fn) => workspace.resolverFor(fn).valueOf(node, fn),
    modelOf: (path) => workspace.collectedOf(path)?.model,
    otherSummaries: () => workspace.summariesExcept(request.path),
  };
}

/** Comments from a parse of its own, for when the analyzer's parse did not keep them. */
function commentsOf(text: string, path: string): TSESTree.Comment[] {
  try {
    return parseEstree(text, { comment: true, range: true, loc: true, jsx: !/\.[cm]?ts$/i.test(path), filePath: path, errorOnUnknownASTType: false }).comments ?? [];
  } catch {
    return [];
  }
}

export function isTypeScriptPath(path: string): boolean {
  return /\.[cm]?tsx?$/i.test(path);
}

export function parentOf(node: Node): Node | undefined {
  return (node as { parent?: Node }).parent;
}

export function childNodes(node: Node, withTypes = false): Node[] {
  const result: Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    if (!withTypes && (key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters' || key === 'typeArguments')) continue;
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof (item as Node).type === 'string') result.push(item as Node);
    } else if (child && typeof (child as Node).type === 'string') result.push(child as Node);
  }
  return result;
}

/** Every node whose range is exactly [start, end), outermost first. */
export function nodesAt(root: Node, start: number, end: number): Node[] {
  const found: Node[] = [];
  let current: Node | undefined = root;
  while (current) {
    if (current.range[0] === start && current.range[1] === end) found.push(current);
    const next: Node | undefined = childNodes(current).find((child) => child.range[0] <= start && end <= child.range[1]);
    current = next;
  }
  return found;
}

/** Visits every node under `root` (nested functions included, type annotations skipped). `visit` returns false to skip children. */
export function walkAll(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

export function isFunctionNode(node: Node): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return FUNCTION_TYPES.has(node.type);
}

/** The function (or module) whose body holds `node`: the innermost function around it. */
export function enclosingFunction(ctx: { model: FileModel }, node: Node): FunctionInfo {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) return functionOfNode.get(current) ?? ctx.model.moduleFn;
  }
  return ctx.model.moduleFn;
}

export function callSiteOf(ctx: { model: FileModel }, node: Node): CallSite | undefined {
  return enclosingFunction(ctx, node).calls.find((site) => site.node === node);
}

export function textOf(ctx: { text: string }, node: Node | { range: [number, number] }): string {
  return ctx.text.slice(node.range[0], node.range[1]);
}

/** Whether `inner` lies within `outer`'s subtree. */
export function isInside(inner: Node, outer: Node): boolean {
  for (let current: Node | undefined = inner; current; current = parentOf(current)) if (current === outer) return true;
  return false;
}

/** Skips TypeScript wrappers and chain expressions upwards: the node whose parent decides how the value is used. */
export function outermostWrapper(node: Node): Node {
  let current = node;
  for (let parent = parentOf(current); parent; parent = parentOf(current)) {
    if (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression' || parent.type === 'ChainExpression' || parent.type === 'TSTypeAssertion') current = parent;
    else break;
  }
  return current;
}

/** Whether the value of the expression `node` is thrown away (an expression statement, `void x`). */
export function valueUnused(node: Node): boolean {
  const outer = outermostWrapper(node);
  const parent = parentOf(outer);
  if (!parent) return false;
  if (parent.type === 'ExpressionStatement') return true;
  if (parent.type === 'UnaryExpression' && parent.operator === 'void') return true;
  if (parent.type === 'SequenceExpression' && parent.expressions[parent.expressions.length - 1] !== outer) return true;
  if (parent.type === 'ForStatement' && (parent.init === outer || parent.update === outer)) return true;
  return false;
}

/** Whether an `await` placed before `node` needs parentheses around the awaited expression. */
export function awaitNeedsParens(node: Node): boolean {
  const outer = outermostWrapper(node);
  const parent = parentOf(outer);
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === outer;
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee === outer;
    case 'TaggedTemplateExpression':
      return parent.tag === outer;
    case 'BinaryExpression':
      return parent.operator === '**' && parent.left === outer;
    case 'UnaryExpression':
      // `!await x` is valid, `!(await x)` reads better.
      return true;
    default:
      return false;
  }
}

/** `await <expression text>`, parenthesised when the place needs it. */
export function awaited(node: Node, expressionText: string): string {
  return awaitNeedsParens(node) ? `(await ${expressionText})` : `await ${expressionText}`;
}

/**
 * Whether `node` sits where `await` is not allowed even in an async function: a parameter default, a class
 * field initialiser, a computed key, or inside a nested non-async function below `fn`.
 */
export function awaitForbiddenAt(node: Node, fnNode: Node): string | null {
  let child: Node = node;
  for (let parent = parentOf(child); parent && child !== fnNode; child = parent, parent = parentOf(parent)) {
    if (isFunctionNode(parent) && parent.params.includes(child as TSESTree.Parameter)) return 'it is in a parameter default value';
    if (parent.type === 'PropertyDefinition' && parent.value === child) return 'it is in a class field initialiser';
    if (parent === fnNode) break;
  }
  return null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'arguments', 'eval',
]);

/** A name usable for a new binding: an identifier that is not a reserved word. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name);
}

/** Names used anywhere in the program (bindings, references, type names); property names are left out. */
export function collectNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier') {
      const parent = parentOf(node);
      const isProperty =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && parent.key === node && !parent.computed && !(parent.type === 'Property' && parent.shorthand));
      if (!isProperty) names.add(node.name);
    }
    for (const child of childNodes(node, true)) {
      if (!parentOf(child)) (child as { parent?: Node }).parent = node;
      stack.push(child);
    }
  }
  return names;
}

/** `base` when no binding or reference uses it, else `base2`, `base3`...; the name is then reserved. */
export function freshName(ctx: { usedNames: Set<string> }, ...candidates: string[]): string {
  for (const candidate of candidates) {
    if (!ctx.usedNames.has(candidate) && !RESERVED.has(candidate)) {
      ctx.usedNames.add(candidate);
      return candidate;
    }
  }
  const base = candidates[0];
  for (let i = 2; ; i++) {
    const candidate = `${base}${i}`;
    if (!ctx.usedNames.has(candidate)) {
      ctx.usedNames.add(candidate);
      return candidate;
    }
  }
}

const RESERVED = new Set(['await', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'arguments', 'eval', 'undefined']);

function detectStyle(text: string, program: TSESTree.Program): Style {
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  let prefixed = 0;
  let unprefixed = 0;
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      const quote = text[node.range[0]];
      if (quote === "'") single++;
      else if (quote === '"') double++;
      const parent = parentOf(node);
      const isSpecifier = parent?.type === 'ImportDeclaration' || (parent?.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'require');
      if (isSpecifier) {
        if (node.value.startsWith('node:')) prefixed++;
        else if (BUILTINS.has(node.value.split('/')[0])) unprefixed++;
      }
    }
    if (node.type === 'ExpressionStatement' || node.type === 'VariableDeclaration' || node.type === 'ImportDeclaration' || node.type === 'ReturnStatement' || node.type === 'ThrowStatement') {
      const parent = parentOf(node);
      if (!(node.type === 'VariableDeclaration' && parent && (parent.type === 'ForStatement' || parent.type === 'ForOfStatement' || parent.type === 'ForInStatement'))) {
        if (text[node.range[1] - 1] === ';') withSemicolon++;
        else withoutSemicolon++;
      }
    }
    for (const child of childNodes(node)) stack.push(child);
  }
  return {
    quote: double > single ? '"' : "'",
    semicolons: withSemicolon >= withoutSemicolon,
    indentUnit: detectIndentUnit(text),
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    nodePrefix: prefixed >= unprefixed,
  };
}

function detectIndentUnit(text: string): string {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.includes('\t')) return '\t';
    const delta = indent.length - previous;
    if (delta > 0) counts.set(delta, (counts.get(delta) ?? 0) + 1);
    previous = indent.length;
  }
  let best = 2;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount && width <= 8) {
      best = width;
      bestCount = count;
    }
  }
  return ' '.repeat(best);
}

const BUILTINS = new Set([
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'querystring', 'readline', 'stream',
  'string_decoder', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
]);

/** A string literal in the file's quote style. */
export function quoted(ctx: { style: Style }, value: string): string {
  const q = ctx.style.quote;
  return q + value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`) + q;
}

export function builtinSpecifier(ctx: { style: Style }, name: string): string {
  return ctx.style.nodePrefix ? `node:${name}` : name;
}

/** `;` in files that use semicolons, nothing otherwise. */
export function semi(ctx: { style: Style }): string {
  return ctx.style.semicolons ? ';' : '';
}

/** Syntax the file uses for modules: `import` or `require`. */
export function moduleSyntax(ctx: FixContext): 'esm' | 'cjs' {
  const ext = nodePath.extname(ctx.path).toLowerCase();
  if (ext === '.mjs' || ext === '.mts') return 'esm';
  if (ext === '.cjs') return 'cjs';
  let esm = false;
  let cjs = false;
  for (const statement of ctx.program.body) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration') esm = true;
  }
  if (esm) return 'esm';
  if (/\brequire\s*\(|\bmodule\.exports\b|\bexports\.\w+\s*=/.test(ctx.text)) cjs = true;
  if (cjs) return 'cjs';
  if (ctx.typescript) return 'esm';
  return packageType(ctx.host, ctx.path) === 'module' ? 'esm' : 'cjs';
}

/**
 * How the file runs: as an ES module or as CommonJS. For TypeScript this is what the compiled file is: from the
 * extension, what the file itself uses (`import.meta`, `require`), tsconfig's `module` and package.json's `type`
 * when the host can read them, and CommonJS otherwise. `assumed` tells when nothing decided it.
 */
export function runtimeModuleKind(ctx: FixContext): { kind: 'esm' | 'cjs'; assumed: boolean } {
  const ext = nodePath.extname(ctx.path).toLowerCase();
  if (ext === '.mjs' || ext === '.mts') return { kind: 'esm', assumed: false };
  if (ext === '.cjs' || ext === '.cts') return { kind: 'cjs', assumed: false };
  if (/\bimport\.meta\b/.test(ctx.text)) return { kind: 'esm', assumed: false };
  if (/\b__dirname\b|\b__filename\b|\brequire\s*\(|\bmodule\.exports\b/.test(ctx.text)) return { kind: 'cjs', assumed: false };
  const type = packageType(ctx.host, ctx.path);
  if (!ctx.typescript) {
    if (moduleSyntax(ctx) === 'esm') return { kind: 'esm', assumed: type === undefined };
    return { kind: type === 'module' ? 'esm' : 'cjs', assumed: type === undefined };
  }
  const tsModule = tsconfigModule(ctx.host, ctx.path);
  if (tsModule) {
    if (/^(commonjs|umd|amd)$/i.test(tsModule)) return { kind: 'cjs', assumed: false };
    if (/^node(16|18|next)$/i.test(tsModule)) return { kind: type === 'module' ? 'esm' : 'cjs', assumed: type === undefined };
    if (/^es/i.test(tsModule) || /^preserve$/i.test(tsModule)) return { kind: 'esm', assumed: false };
  }
  if (type !== undefined) return { kind: type === 'module' ? 'esm' : 'cjs', assumed: tsModule === undefined };
  return { kind: 'cjs', assumed: true };
}

/** The nearest package.json above `path` that the host can read, parsed. */
export function nearestPackageJson(host: SourceHost, path: string): { path: string; json: Record<string, unknown> } | undefined {
  return nearestJson(host, path, 'package.json');
}

function nearestJson(host: SourceHost, path: string, name: string): { path: string; json: Record<string, unknown> } | undefined {
  let dir = nodePath.dirname(path);
  for (let i = 0; i < 40; i++) {
    const candidate = nodePath.join(dir, name);
    let text: string | undefined;
    try {
      text = host.readFile(candidate);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      try {
        const json = JSON.parse(stripJsonComments(text)) as unknown;
        if (json && typeof json === 'object') return { path: candidate, json: json as Record<string, unknown> };
      } catch {
        return undefined;
      }
    }
    const parent = nodePath.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function stripJsonComments(text: string): string {
  return text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '').replace(/,(\s*[}\]])/g, '$1');
}

function packageType(host: SourceHost, path: string): string | undefined {
  const pkg = nearestPackageJson(host, path);
  if (!pkg) return undefined;
  return typeof pkg.json.type === 'string' ? pkg.json.type : 'commonjs';
}

function tsconfigModule(host: SourceHost, path: string): string | undefined {
  const config = nearestJson(host, path, 'tsconfig.json');
  const options = config?.json.compilerOptions as Record<string, unknown> | undefined;
  return typeof options?.module === 'string' ? options.module : undefined;
}

export function tsconfigOptions(host: SourceHost, path: string): Record<string, unknown> | undefined {
  return nearestJson(host, path, 'tsconfig.json')?.json.compilerOptions as Record<string, unknown> | undefined;
}

/** Whether the project's package.json lists `name` among its dependencies. */
export function dependsOn(host: SourceHost, path: string, name: string): boolean {
  const pkg = nearestPackageJson(host, path);
  if (!pkg) return false;
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = pkg.json[key];
    if (deps && typeof deps === 'object' && name in (deps as Record<string, unknown>)) return true;
  }
  return false;
}

/** The statement that directly holds `node` in a statement list (block, program, switch case), and that list. */
export function statementInList(node: Node): { statement: Node; list: Node[] } | null {
  let child = node;
  for (let parent = parentOf(child); parent; child = parent, parent = parentOf(parent)) {
    if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'StaticBlock') return { statement: child, list: parent.body as Node[] };
    if (parent.type === 'SwitchCase' && parent.consequent.includes(child as TSESTree.Statement)) return { statement: child, list: parent.consequent };
    if (isFunctionNode(parent)) return null;
  }
  return null;
}

export function unwrap(node: Node): Node {
  return unwrapExpression(node);
}

/** Line number (1-based) of an offset. */
export function lineOf(ctx: { text: string }, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < ctx.text.length; i++) {
    const ch = ctx.text[i];
    if (ch === '\n' || ch === '\u2028' || ch === '\u2029' || (ch === '\r' && ctx.text[i + 1] !== '\n')) line++;
  }
  return line;
}
