import type { TSESTree } from '@typescript-eslint/types';
import { ITERATION_METHODS } from '../analyzer/collect';
import type { CallSite, FunctionInfo, Node } from '../analyzer/model';
import { functionOfNode } from '../analyzer/model';
import { eventLoopContext } from '../analyzer/context';
import { keyName, unwrapExpression } from '../analyzer/syntax';
import {
  awaitForbiddenAt,
  awaitNeedsParens,
  enclosingFunction,
  isFunctionNode,
  lineOf,
  outermostWrapper,
  parentOf,
  runtimeModuleKind,
  textOf,
  valueUnused,
  type FixContext,
} from './context';
import type { TextEdit } from './types';

export interface AsyncChange {
  edits: TextEdit[];
  notes: string[];
  /** The function was async already (or is the top level of an ES module): nothing about its callers changes. */
  unchanged: boolean;
}

export type AsyncOutcome = AsyncChange | { reason: string };

function callerName(fn: FunctionInfo): string {
  if (fn.role === 'module') return 'the top level of the module';
  return fn.name === '<anonymous>' ? 'an anonymous function' : fn.name;
}

export function displayName(fn: FunctionInfo): string {
  return fn.name === '<anonymous>' || fn.name === '<module>' ? 'the enclosing function' : fn.name;
}

/** Edits that put `await` before the expression `node` (parenthesised where needed). */
export function awaitEdits(node: Node): TextEdit[] {
  const outer = outermostWrapper(node);
  if (awaitNeedsParens(node)) {
    return [
      { start: outer.range[0], end: outer.range[0], newText: '(await ' },
      { start: outer.range[1], end: outer.range[1], newText: ')' },
    ];
  }
  return [{ start: outer.range[0], end: outer.range[0], newText: 'await ' }];
}

function returnsValue(fn: FunctionInfo): boolean {
  const node = fn.node;
  if (node.type === 'ArrowFunctionExpression' && node.expression) return true;
  return fn.returnsValue;
}

/**
 * Makes `fn` async so that code inside it can await, or says why that would change a contract it cannot see.
 * Callers in the file that run in async functions get an `await`; other callers are listed in the notes, or
 * refuse the change when they use the returned value synchronously.
 */
export function makeAsync(ctx: FixContext, fn: FunctionInfo): AsyncOutcome {
  if (fn.isAsync) return { edits: [], notes: [], unchanged: true };
  if (fn.role === 'module') {
    if (!ctx.typescript && runtimeModuleKind(ctx).kind === 'esm') return { edits: [], notes: [], unchanged: true };
    return { reason: 'the code runs at the top level of the module, where `await` needs an ES module' };
  }
  const node = fn.node as TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
  const name = displayName(fn);
  if (fn.isGenerator) return { reason: `${name} is a generator: making it async would change what its callers iterate` };
  const holder = parentOf(node);
  if (holder?.type === 'MethodDefinition') {
    if (holder.kind === 'constructor') return { reason: 'the code runs in a constructor, which cannot be async' };
    if (holder.kind === 'get' || holder.kind === 'set') return { reason: `${name} is a ${holder.kind}ter, which cannot be async` };
  }
  if (holder?.type === 'Property' && (holder.kind === 'get' || holder.kind === 'set')) return { reason: `${name} is a ${holder.kind}ter, which cannot be async` };
  if (holder?.type === 'TSAbstractMethodDefinition') return { reason: `${name} is abstract` };

  const edits: TextEdit[] = [];
  const notes: string[] = [];
  const returnType = returnTypeEdit(ctx, node);
  if (typeof returnType === 'string') return { reason: returnType };
  if (returnType) edits.push(returnType);
  edits.push(asyncKeywordEdit(ctx, node));

  if (fn.role === 'array-callback') {
    const method = fn.enclosingLoop?.arrayMethod ?? 'iteration';
    return { reason: `it runs inside a ${method}() callback, which would not await an async callback: rewrite the ${method}() as a for...of loop first` };
  }
  if (fn.role === 'iife') return { reason: 'it runs inside an immediately invoked function, whose result would become a promise' };
  if (fn.role === 'callback') {
    const site = fn.callbackOf;
    const callee = site ? unwrapExpression(site.node.callee) : null;
    if (site?.isNew && callee?.type === 'Identifier' && callee.name === 'Promise') {
      return { reason: 'it runs inside a promise executor, which must stay synchronous (an error after an await would be lost): await the work outside the executor' };
    }
    const context = eventLoopContext(fn, ctx.lookup);
    if (!context) return { reason: `it is a callback passed to ${site?.calleeText ?? 'another function'}(), which may use its return value` };
    if (/^\.(then|catch|finally)\(\) callback$/.test(context)) notes.push(`The ${context} now returns a promise; the chain waits for it.`);
    else notes.push(`The ${context} now returns a promise that its caller ignores: catch errors inside it, or they become unhandled rejections.`);
    return { edits, notes, unchanged: false };
  }

  // A named function or method: check every use of it in this file.
  const exportedLike = fn.classInfo || fn.objectInfo ? 'it is a method, callable from code this fix cannot see' : isExported(ctx, fn) ? 'it is exported' : null;
  if (exportedLike && returnsValue(fn)) return { reason: `${name} returns a value and ${exportedLike}: callers elsewhere would receive a promise instead` };
  if (exportedLike) notes.push(`${name} is ${exportedLike.replace(/^it is /, '')}: callers in other files now receive a promise and should await it.`);

  const awaitedLines: number[] = [];
  const cascaded = new Set<FunctionInfo>();
  for (const site of callersOf(ctx, fn)) {
    const outer = outermostWrapper(site.node);
    const parent = parentOf(outer);
    const line = site.line;
    if (parent?.type === 'AwaitExpression') continue;
    const caller = site.fn;
    if (!caller.isAsync && caller !== fn && caller.role === 'callback' && !valueUnused(site.node)) {
      // A handler or callback whose own caller ignores its result (an event, a request, a .then()) can become async too.
      if (!cascaded.has(caller)) {
        const change = makeAsync(ctx, caller);
        if ('reason' in change) return { reason: `line ${line}: ${callerName(caller)} uses the value of ${name}() and cannot become async: ${change.reason}` };
        cascaded.add(caller);
        edits.push(...change.edits);
        notes.push(...change.notes);
      }
    }
    if (caller.isAsync || caller === fn || cascaded.has(caller)) {
      const forbidden = awaitForbiddenAt(site.node, caller.node as Node);
      if (forbidden) return { reason: `line ${line}: the call to ${name}() cannot be awaited because ${forbidden}` };
      edits.push(...awaitEdits(site.node));
      awaitedLines.push(line);
      continue;
    }
    if (valueUnused(site.node)) {
      notes.push(`Line ${line}: ${callerName(caller)} calls ${name}() without awaiting it, so it no longer waits for ${name} to finish; make it async and await the call.`);
      continue;
    }
    return { reason: `line ${line}: ${callerName(caller)} uses the value of ${name}() synchronously, and would receive a promise` };
  }
  if (awaitedLines.length > 0) notes.push(`The call${awaitedLines.length > 1 ? 's' : ''} to ${name}() on line${awaitedLines.length > 1 ? 's' : ''} ${awaitedLines.join(', ')} now await${awaitedLines.length > 1 ? '' : 's'} it.`);

  for (const reference of valueReferences(ctx, fn)) {
    const parent = parentOf(reference);
    const line = lineOf(ctx, reference.range[0]);
    if (parent?.type === 'CallExpression' && parent.arguments.includes(reference as TSESTree.CallExpressionArgument)) {
      const callee = unwrapExpression(parent.callee);
      const method = callee.type === 'MemberExpression' && !callee.computed ? keyName(callee.property) : null;
      if (method && ITERATION_METHODS.has(method)) return { reason: `line ${line}: ${name} is passed to ${method}(), which would not await it` };
    }
    notes.push(`Line ${line}: ${name} is passed on as a value; whoever calls it now receives a promise.`);
  }
  return { edits, notes, unchanged: false };
}

function asyncKeywordEdit(ctx: FixContext, node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TextEdit {
  const holder = parentOf(node);
  if ((holder?.type === 'MethodDefinition' || (holder?.type === 'Property' && holder.method)) && holder.value === node) {
    let at = holder.key.range[0];
    if (holder.computed) {
      at = ctx.text.lastIndexOf('[', at);
    }
    return { start: at, end: at, newText: 'async ' };
  }
  return { start: node.range[0], end: node.range[0], newText: 'async ' };
}

/** `: T` -> `: Promise<T>` for TypeScript functions that declare their return type. */
function returnTypeEdit(ctx: FixContext, node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TextEdit | string | null {
  const annotation = node.returnType?.typeAnnotation;
  if (!annotation) return null;
  if (annotation.type === 'TSTypePredicate') return 'it declares a type predicate, which an async function cannot';
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Promise') return null;
  const text = textOf(ctx, annotation);
  return { start: annotation.range[0], end: annotation.range[1], newText: `Promise<${text}>` };
}

/** Call sites in this file whose target is `fn`. */
export function callersOf(ctx: FixContext, fn: FunctionInfo): CallSite[] {
  const sites: CallSite[] = [];
  for (const f of [ctx.model.moduleFn, ...ctx.model.functions]) {
    for (const site of f.calls) {
      const target = ctx.target(site);
      if (target.kind === 'function' && target.fn === fn) sites.push(site);
    }
  }
  return sites;
}

/** Identifiers naming `fn` that are not calls, declarations or exports. */
function valueReferences(ctx: FixContext, fn: FunctionInfo): Node[] {
  const name = bindingName(fn);
  if (!name) return [];
  const result: Node[] = [];
  const stack: Node[] = [ctx.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Identifier' && node.name === name && refersTo(ctx, node, fn)) {
      const parent = parentOf(node);
      const isDeclaration =
        (parent?.type === 'FunctionDeclaration' && parent.id === node) ||
        (parent?.type === 'FunctionExpression' && parent.id === node) ||
        (parent?.type === 'VariableDeclarator' && parent.id === node);
      const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
      const isExport = parent?.type === 'ExportSpecifier' || (parent?.type === 'Property' && parentOf(parent)?.type === 'ObjectExpression' && isModuleExportsObject(parentOf(parent)!));
      const isProperty = (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) || (parent?.type === 'Property' && parent.key === node && !parent.shorthand);
      if (!isDeclaration && !isCallee && !isExport && !isProperty) result.push(node);
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent' || key === 'typeAnnotation' || key === 'returnType') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof (item as Node).type === 'string') stack.push(item as Node);
      } else if (child && typeof child === 'object' && typeof (child as Node).type === 'string' && key !== 'loc') stack.push(child as Node);
    }
  }
  return result;
}

function isModuleExportsObject(object: Node): boolean {
  const parent = parentOf(object);
  if (parent?.type !== 'AssignmentExpression' || parent.right !== object) return false;
  const text = parent.left.type === 'MemberExpression' ? `${parent.left.object.type === 'Identifier' ? parent.left.object.name : ''}.${parent.left.property.type === 'Identifier' ? parent.left.property.name : ''}` : '';
  return text === 'module.exports';
}

function bindingName(fn: FunctionInfo): string | null {
  const node = fn.node;
  if (node.type === 'FunctionDeclaration' && node.id) return node.id.name;
  const parent = parentOf(node as Node);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return null;
}

function refersTo(ctx: FixContext, identifier: TSESTree.Identifier, fn: FunctionInfo): boolean {
  const scope = enclosingFunction(ctx, identifier).scope;
  const binding = scope.lookup(identifier.name);
  if (!binding) return false;
  if (binding.kind === 'function') return binding.fn === fn;
  if (binding.kind === 'value') return binding.init === fn.node || functionOfNode.get(unwrapExpression(binding.init)) === fn;
  return false;
}

function isExported(ctx: FixContext, fn: FunctionInfo): boolean {
  const node = fn.node as Node;
  const parent = parentOf(node);
  if (parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration') return true;
  if (parent?.type === 'VariableDeclarator' && parentOf(parentOf(parent) ?? parent)?.type === 'ExportNamedDeclaration') return true;
  const entries = [...ctx.model.namedExports.values(), ...(ctx.model.defaultExport ? [ctx.model.defaultExport] : [])];
  for (const entry of entries) {
    const value = entry.value as Node | FunctionInfo;
    if (!('type' in value)) {
      if (value === fn) return true;
      continue;
    }
    if (value === node) return true;
    const resolved = ctx.resolveValue(value, ctx.model.moduleFn);
    if (resolved.k === 'fn' && resolved.fn === fn) return true;
    if (resolved.k === 'object') {
      for (const property of resolved.node.properties) {
        if (property.type !== 'Property') continue;
        const v = ctx.resolveValue(property.value, ctx.model.moduleFn);
        if (v.k === 'fn' && v.fn === fn) return true;
      }
    }
  }
  return false;
}

export { isFunctionNode };
