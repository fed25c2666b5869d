import type { CallSite, FileModel, FunctionInfo, Node } from '../model';
import { eventLoopContext } from '../context';
import type { Step } from '../program';
import { describeChain } from '../chains';
import type { FileSummary } from '../summary';
import { unwrapExpression } from '../syntax';
import type { RelatedLocation } from '../types';
import type { LocalLookup } from './types';

export { displayName, eventLoopContext, firstStringArgument, isPerRequestContext } from '../context';

/** Callbacks that run inline as part of `fn` (iteration callbacks, IIFEs) and are not event-loop contexts of their own. */
export function inlineFunctions(fn: FunctionInfo, solver: LocalLookup): FunctionInfo[] {
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
export function sitesRunningIn(fn: FunctionInfo, solver: LocalLookup): CallSite[] {
  return [fn, ...inlineFunctions(fn, solver)].flatMap((f) => f.calls);
}

function isInline(child: FunctionInfo, solver: LocalLookup): boolean {
  return (child.role === 'array-callback' || child.role === 'iife') && !eventLoopContext(child, solver);
}

/** Chain of steps as related locations, for editors that show "the blocking call is here". */
export function relatedFromChain(chain: Step[], file: FileSummary): RelatedLocation[] {
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

/** Functions of a summarized file that run inline as part of `index`: iteration callbacks and IIFEs without a context of their own. */
export function inlineSummaryFunctions(file: FileSummary, index: number): number[] {
  const result: number[] = [];
  const isInlineChild = (i: number) => {
    const fn = file.functions[i];
    return (fn.role === 'array-callback' || fn.role === 'iife') && fn.context === null;
  };
  const pending = file.functions[index].children.filter(isInlineChild);
  while (pending.length > 0) {
    const child = pending.pop()!;
    result.push(child);
    for (const grandChild of file.functions[child].children) if (isInlineChild(grandChild)) pending.push(grandChild);
  }
  return result;
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
export function isCliScript(file: { text: string }): boolean {
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

export function isTestFile(file: { path: string }): boolean {
  return /(^|[\\/])(__tests__|test|tests)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$/.test(file.path);
}
