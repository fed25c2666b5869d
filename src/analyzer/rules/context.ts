import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FileModel, FunctionInfo, Node } from '../model';
import type { Solver, Step } from '../solve';
import { describeChain } from '../project';
import { keyName, unwrapExpression } from '../syntax';
import type { RelatedLocation } from '../types';

const EVENT_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'addEventListener']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'head', 'options', 'route', 'handle']);
const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/**
 * Why a function runs on the event loop where blocking matters: an async function, a request or event handler,
 * a promise or timer callback, or the callback of an async API. Null for plain synchronous functions.
 */
export function eventLoopContext(fn: FunctionInfo, solver: Solver): string | null {
  if (fn.role === 'module') return null;
  // An async request handler is first of all a request handler: that is what makes per-request costs multiply.
  return callbackContext(fn, solver) ?? (fn.isAsync ? `async function ${displayName(fn)}` : null);
}

function callbackContext(fn: FunctionInfo, solver: Solver): string | null {
  const site = fn.callbackOf;
  if (!site || (fn.role !== 'callback' && fn.role !== 'array-callback')) return null;
  const callee = unwrapExpression(site.node.callee);
  const method = callee.type === 'MemberExpression' && !callee.computed ? keyName(callee.property) : callee.type === 'Identifier' ? callee.name : null;
  if (site.isNew && method === 'Promise') return 'promise executor';
  if (method && PROMISE_METHODS.has(method)) return `.${method}() callback`;
  if (method && EVENT_METHODS.has(method)) {
    const event = firstStringArgument(site.node);
    return event ? `handler for '${event}' events` : 'event handler';
  }
  if (method && ROUTE_METHODS.has(method) && firstStringArgument(site.node) !== null) return `request handler for ${method.toUpperCase()} ${firstStringArgument(site.node)}`;
  if (method === 'createServer') return 'server request callback';
  const target = solver.target(site);
  if (target.kind === 'api') {
    if (target.info.effect === 'timer') return `${target.name} callback`;
    if (target.info.effect === 'async-io' || target.info.effect === 'threadpool') return `callback of ${target.name}`;
  }
  return null;
}

/** Request handlers and server callbacks run once per request: per-call costs there multiply. */
export function isPerRequestContext(context: string | null): boolean {
  return context !== null && /^(request handler|server request|handler for)/.test(context);
}

export function displayName(fn: FunctionInfo): string {
  return fn.name === '<anonymous>' ? 'anonymous function' : `'${fn.name}'`;
}

/** Callbacks that run inline as part of `fn` (iteration callbacks, IIFEs) and are not event-loop contexts of their own. */
export function inlineFunctions(fn: FunctionInfo, solver: Solver): FunctionInfo[] {
  const result: FunctionInfo[] = [];
  const pending = fn.children.filter((child) => isInline(child, solver));
  while (pending.length > 0) {
    const child = pending.pop()!;
    result.push(child);
    for (const grandChild of child.children) if (isInline(grandChild, solver)) pending.push(grandChild);
  }
  return result;
}

/** Call sites that run as part of `fn`: its own and those of its inline callbacks. */
export function sitesRunningIn(fn: FunctionInfo, solver: Solver): CallSite[] {
  return [fn, ...inlineFunctions(fn, solver)].flatMap((f) => f.calls);
}

function isInline(child: FunctionInfo, solver: Solver): boolean {
  return (child.role === 'array-callback' || child.role === 'iife') && !eventLoopContext(child, solver);
}

/** Chain of steps as related locations, for editors that show "the blocking call is here". */
export function relatedFromChain(chain: Step[], file: FileModel): RelatedLocation[] {
  return chain.map((step) => ({
    ...(step.fn.file === file ? {} : { path: step.fn.file.path }),
    line: step.line,
    column: step.column,
    message: step.message,
  }));
}

export function chainText(chain: Step[]): string {
  return describeChain(chain);
}

export function firstStringArgument(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const arg = node.arguments[0];
  if (arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  if (arg?.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis[0].value.cooked ?? null;
  return null;
}

const WORKER_SIDE = new Set(['parentPort', 'workerData']);
const WORKER_THREADS = /^(node:)?worker_threads$/;

/**
 * Code running inside a worker thread may block: that is what workers are for. A worker file takes `parentPort` or
 * `workerData` from worker_threads; a main-thread file that merely passes a `workerData` option to `new Worker` is not one.
 */
export function isWorkerFile(file: FileModel): boolean {
  if (!/worker_threads/.test(file.text)) return false;
  for (const binding of file.moduleFn.scope.bindings.values()) {
    if (binding.kind === 'import' && WORKER_THREADS.test(binding.source) && WORKER_SIDE.has(binding.path[0])) return true;
    if (binding.kind === 'value' && WORKER_SIDE.has(binding.path[0]) && requiresWorkerThreads(binding.init)) return true;
  }
  // `wt.parentPort.on(...)`, `require('worker_threads').workerData`
  return /\.\s*(parentPort|workerData)\b/.test(file.text);
}

function requiresWorkerThreads(init: Node): boolean {
  const value = unwrapExpression(init);
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== 'require') return false;
  const arg = value.arguments[0];
  return arg?.type === 'Literal' && typeof arg.value === 'string' && WORKER_THREADS.test(arg.value);
}

/** A command-line script (shebang or `require.main === module`): blocking there does not stall other work. */
export function isCliScript(file: FileModel): boolean {
  return file.text.startsWith('#!') || /require\.main\s*===\s*module|import\.meta\.main/.test(file.text);
}

/** The node to underline for a function: its name when it has one. */
export function functionNameNode(fn: FunctionInfo): Node {
  const node = fn.node as Node;
  if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id) return node.id;
  const parent = (node as { parent?: Node }).parent;
  if (parent && (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition' || parent.type === 'Property')) return parent.key;
  if (parent?.type === 'VariableDeclarator') return parent.id;
  return node;
}

export function isTestFile(file: FileModel): boolean {
  return /(^|[\\/])(__tests__|test|tests)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$/.test(file.path);
}
