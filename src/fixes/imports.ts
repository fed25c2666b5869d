import type { TSESTree } from '@typescript-eslint/types';
import type { Binding, FunctionInfo, Node } from '../analyzer/model';
import type { Value } from '../analyzer/resolve';
import { unwrapExpression } from '../analyzer/syntax';
import { builtinSpecifier, freshName, moduleSyntax, parentOf, quoted, semi, type FixContext } from './context';
import { lineEndOf, lineStartOf } from './text';
import type { TextEdit } from './types';

/** Module specifier without `node:`, and `fs` + `promises` folded into `fs/promises`. */
function normalizeModule(value: Value): { spec: string; path: string[] } | null {
  if (value.k !== 'module') return null;
  let spec = value.spec.startsWith('node:') ? value.spec.slice(5) : value.spec;
  let path = value.path;
  if (spec === 'fs' && path[0] === 'promises') {
    spec = 'fs/promises';
    path = path.slice(1);
  }
  if (spec === 'timers' && path[0] === 'promises') {
    spec = 'timers/promises';
    path = path.slice(1);
  }
  return { spec, path };
}

function stripNode(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}

function syntheticIdentifier(name: string): Node {
  return { type: 'Identifier', name, range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } } as unknown as Node;
}

/** The value a module-level name is bound to, when it is bound once (imports, const, never reassigned). */
export function moduleBindingValue(ctx: FixContext, name: string): { binding: Binding; value: Value } | null {
  const binding = ctx.model.moduleFn.scope.bindings.get(name);
  if (!binding || binding.assigned.length > 0) return null;
  if (binding.kind === 'value') {
    const declaration = parentOf(parentOf(binding.init) ?? binding.init);
    if (declaration?.type === 'VariableDeclaration' && declaration.kind !== 'const') return null;
  }
  return { binding, value: ctx.resolveValue(syntheticIdentifier(name), ctx.model.moduleFn) };
}

/**
 * Collects what a fix needs from modules: reuses a binding the file already has, extends an existing import
 * or require of the same module, or adds one, in the file's style; new local names avoid every name in use.
 */
export class ImportPlan {
  private readonly extensions = new Map<Node, string[]>();
  private readonly statements: string[] = [];
  private readonly declarations: string[] = [];
  private readonly given = new Map<string, string>();

  constructor(private readonly ctx: FixContext, private readonly useSites: FunctionInfo[]) {}

  /** The expression naming `name` of `module` (bare module name, e.g. 'fs/promises') at the use sites. */
  named(module: string, name: string, aliases: string[] = []): string {
    const key = `${module}\0${name}`;
    const known = this.given.get(key);
    if (known) return known;
    const result = this.findExisting(module, name) ?? this.addNamed(module, name, aliases);
    this.given.set(key, result);
    return result;
  }

  /** `name` exported by a file of the project, imported with `specifier` exactly as given (e.g. './worker-pool'). */
  namedRelative(specifier: string, name: string, aliases: string[] = []): string {
    const key = `relative\0${specifier}\0${name}`;
    const known = this.given.get(key);
    if (known) return known;
    let result: string | null = null;
    for (const [localName, binding] of this.ctx.model.moduleFn.scope.bindings) {
      if (binding.assigned.length > 0 || binding.kind === 'function' || !this.visible(localName, binding)) continue;
      const source = binding.kind === 'import' ? binding.source : binding.kind === 'value' ? requireSpecifier(binding.init) : null;
      if (source === specifier && binding.kind !== 'class' && binding.kind !== 'opaque' && binding.kind !== 'param' && binding.path.length === 1 && binding.path[0] === name) {
        result = localName;
        break;
      }
    }
    result ??= this.addNamed(specifier, name, aliases, true);
    this.given.set(key, result);
    return result;
  }

  /** A module-level `const <name> = <init>` placed after the imports, or an existing binding that `matches`. */
  declaration(candidates: string[], init: (name: string) => string, matches: (init: Node) => boolean): string {
    for (const [name, binding] of this.ctx.model.moduleFn.scope.bindings) {
      if (binding.kind !== 'value' || binding.path.length > 0 || binding.assigned.length > 0) continue;
      if (matches(binding.init) && this.visible(name, binding)) return name;
    }
    const name = freshName(this.ctx, ...candidates);
    this.declarations.push(`const ${name} = ${init(name)}${semi(this.ctx)}`);
    return name;
  }

  get isEmpty(): boolean {
    return this.extensions.size === 0 && this.statements.length === 0 && this.declarations.length === 0;
  }

  edits(): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const [node, names] of this.extensions) {
      const at = extensionPoint(node);
      edits.push({ start: at, end: at, newText: names.map((n) => `, ${n}`).join('') });
    }
    const lines = [...this.statements, ...this.declarations];
    if (lines.length > 0) {
      const eol = this.ctx.style.eol;
      const anchor = importAnchor(this.ctx);
      if (anchor.after) edits.push({ start: anchor.offset, end: anchor.offset, newText: lines.map((line) => eol + line).join('') });
      else edits.push({ start: anchor.offset, end: anchor.offset, newText: lines.map((line) => line + eol).join('') + (anchor.blankLine ? eol : '') });
    }
    return edits;
  }

  private visible(name: string, binding: Binding): boolean {
    return this.useSites.every((fn) => fn.scope.lookup(name) === binding);
  }

  private findExisting(module: string, name: string): string | null {
    let namespace: string | null = null;
    for (const localName of this.ctx.model.moduleFn.scope.bindings.keys()) {
      const found = moduleBindingValue(this.ctx, localName);
      if (!found || !this.visible(localName, found.binding)) continue;
      const value = normalizeModule(found.value);
      if (!value || value.spec !== module) continue;
      if (value.path.length === 1 && value.path[0] === name) return localName;
      if (value.path.length === 0 && namespace === null) namespace = `${localName}.${name}`;
    }
    return namespace;
  }

  private addNamed(module: string, name: string, aliases: string[], relative = false): string {
    const local = freshName(this.ctx, name, ...aliases, `${name}Async`);
    const existing = this.existingDeclaration(module, relative);
    const esm = moduleSyntax(this.ctx) === 'esm';
    if (existing) {
      const specifier = existing.type === 'ImportDeclaration' ? (local === name ? name : `${name} as ${local}`) : local === name ? name : `${name}: ${local}`;
      const list = this.extensions.get(existing) ?? [];
      list.push(specifier);
      this.extensions.set(existing, list);
      return local;
    }
    const specifier = relative ? module : builtinSpecifier(this.ctx, module);
    if (esm) this.statements.push(`import { ${local === name ? name : `${name} as ${local}`} } from ${quoted(this.ctx, specifier)}${semi(this.ctx)}`);
    else this.statements.push(`const { ${local === name ? name : `${name}: ${local}`} } = require(${quoted(this.ctx, specifier)})${semi(this.ctx)}`);
    return local;
  }

  /** An import with named specifiers, or a top-level `const { ... } = require(...)`, of `module`. */
  private existingDeclaration(module: string, relative: boolean): Node | null {
    const same = (source: string) => (relative ? source === module : stripNode(source) === module);
    for (const statement of this.ctx.program.body) {
      if (statement.type === 'ImportDeclaration') {
        if (statement.importKind === 'type' || !same(statement.source.value)) continue;
        if (statement.specifiers.some((s) => s.type === 'ImportSpecifier')) return statement;
      } else if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) {
        const declarator = statement.declarations[0];
        if (declarator.id.type !== 'ObjectPattern' || !declarator.init) continue;
        if (declarator.id.properties.some((p) => p.type === 'RestElement')) continue;
        if (declarator.id.properties.length === 0) continue;
        const spec = requireSpecifier(declarator.init);
        if (spec !== null && same(spec)) return statement;
      }
    }
    return null;
  }
}

function extensionPoint(node: Node): number {
  if (node.type === 'ImportDeclaration') {
    const named = node.specifiers.filter((s) => s.type === 'ImportSpecifier');
    return named[named.length - 1].range[1];
  }
  const declaration = node as TSESTree.VariableDeclaration;
  const pattern = declaration.declarations[0].id as TSESTree.ObjectPattern;
  return pattern.properties[pattern.properties.length - 1].range[1];
}

/** `require('x')` -> 'x' (also `require('x').y`, which is not the module object: null then). */
export function requireSpecifier(node: Node): string | null {
  const init = unwrapExpression(node);
  if (init.type !== 'CallExpression') return null;
  const callee = unwrapExpression(init.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require') return null;
  const arg = init.arguments[0];
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : null;
}

function isImportLike(statement: Node): boolean {
  if (statement.type === 'ImportDeclaration' || statement.type === 'TSImportEqualsDeclaration') return true;
  if (statement.type !== 'VariableDeclaration') return false;
  return statement.declarations.every((d) => {
    let init: Node | null | undefined = d.init;
    while (init && (init.type === 'MemberExpression' || init.type === 'CallExpression')) {
      if (init.type === 'CallExpression' && requireSpecifier(init) !== null) return true;
      init = init.type === 'MemberExpression' ? init.object : unwrapExpression(init.callee);
    }
    return false;
  });
}

function isDirective(statement: Node): boolean {
  return statement.type === 'ExpressionStatement' && typeof (statement as { directive?: string }).directive === 'string';
}

/** Where new imports go: after the last import (or leading require block), else before the first statement. */
export function importAnchor(ctx: FixContext): { offset: number; after: boolean; blankLine: boolean } {
  const body = ctx.program.body as Node[];
  let last: Node | null = null;
  if (moduleSyntax(ctx) === 'esm') {
    for (const statement of body) if (statement.type === 'ImportDeclaration' || statement.type === 'TSImportEqualsDeclaration') last = statement;
  }
  if (!last) {
    for (const statement of body) {
      if (isDirective(statement)) continue;
      if (!isImportLike(statement)) break;
      last = statement;
    }
  }
  if (last) return { offset: lineEndOf(ctx.text, last.range[1]), after: true, blankLine: false };
  const first = body.find((statement) => !isDirective(statement));
  if (!first) {
    const directives = body.filter(isDirective);
    if (directives.length > 0) return { offset: lineEndOf(ctx.text, directives[directives.length - 1].range[1]), after: true, blankLine: false };
    return { offset: ctx.text.startsWith('#!') ? lineEndOf(ctx.text, 0) : 0, after: ctx.text.startsWith('#!'), blankLine: false };
  }
  // Keep a doc comment glued to the first statement above the new imports' blank line, not between them.
  let start = first.range[0];
  const comments = ctx.comments;
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i];
    if (comment.range[1] > start) continue;
    const between = ctx.text.slice(comment.range[1], start);
    if (!/^[ \t]*\r?\n?[ \t]*$/.test(between) || !comment.value.startsWith('*')) break;
    start = comment.range[0];
  }
  return { offset: lineStartOf(ctx.text, start), after: false, blankLine: true };
}
