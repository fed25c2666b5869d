import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FunctionInfo, LoopInfo } from '../model';
import type { LocalLookup } from './types';
import { unwrapExpression } from '../syntax';
import type { FileRule } from './types';
import { eventLoopContext, isPerRequestContext, sitesRunningIn } from './context';

const SUGGESTION = 'Create a pool once (worker_threads with a fixed size, or piscina) and reuse it for every task; worker threads start faster and use less memory than processes unless isolation is the point.';

export const workerPerTask: FileRule = {
  meta: {
    id: 'worker-per-task',
    description: '`new Worker`, `fork` or a `node` child process created per task in a loop or request handler: start-up cost is paid every time.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/worker-per-task.md',
  },
  scope: 'file',
  check({ file, solver, report }) {
    const functions = [file.moduleFn, ...file.functions];
    // Worked out on the first worker start: most files start none.
    let perRequest: Map<FunctionInfo, string> | undefined;
    for (const fn of functions) {
      for (const site of fn.calls) {
        const kind = startsWorker(site, solver);
        if (!kind) continue;
        const loop = taskLoopOf(site);
        perRequest ??= functionsRunPerRequest(functions, solver);
        const via = perRequest.get(fn);
        const where = loop ? `inside ${loop.description}` : via !== undefined ? `for every request${via ? ` (through ${via})` : ''}` : null;
        if (!where) continue;
        report({ node: site.node, message: `${kind} is started ${where}: each task pays the start-up cost of a new ${kind === 'new Worker' ? 'thread' : 'process'}.`, suggestion: SUGGESTION });
      }
    }
  },
};

/**
 * Functions that run once per request: request handlers and server callbacks, the functions nested in them, and
 * (transitively) the same-file functions they call. The value names the called helper, or '' when the function is
 * itself a handler or nested in one.
 */
function functionsRunPerRequest(functions: FunctionInfo[], solver: LocalLookup): Map<FunctionInfo, string> {
  const result = new Map<FunctionInfo, string>();
  const pending: FunctionInfo[] = [];
  const add = (fn: FunctionInfo, via: string) => {
    if (result.has(fn)) return;
    result.set(fn, via);
    pending.push(fn);
  };
  for (const fn of functions) if (isPerRequestContext(eventLoopContext(fn, solver))) add(fn, '');
  while (pending.length > 0) {
    const fn = pending.pop()!;
    const via = result.get(fn)!;
    for (const child of fn.children) add(child, via);
    for (const site of sitesRunningIn(fn, solver)) {
      const target = solver.target(site);
      if (target.kind === 'function' && target.fn.file === fn.file && !target.guessed) add(target.fn, via || `${target.fn.name}()`);
    }
  }
  return result;
}

/**
 * The loop that starts one worker per iteration, looking through promise executors and IIFEs (they run inline).
 * Counting loops with a pool-sized bound (`i < 4`, `i < os.cpus().length`, `i < size`) create a pool, not a worker per task.
 */
function taskLoopOf(site: CallSite): LoopInfo | null {
  let loop = site.loop;
  let fn: FunctionInfo | null = site.fn;
  while (!loop && fn && fn.callbackOf && (fn.role === 'iife' || (fn.callbackOf.isNew && isPromiseConstructor(fn.callbackOf.node)))) {
    loop = fn.callbackOf.loop;
    fn = fn.callbackOf.fn;
  }
  for (let l = loop; l; l = l.parent) if (!isPoolSizedLoop(l)) return l;
  return null;
}

function isPromiseConstructor(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  return callee.type === 'Identifier' && callee.name === 'Promise';
}

/** `for (let i = 0; i < N; i++)` where N is a number, a name or the length of a call result, not the length of a collection. */
function isPoolSizedLoop(loop: LoopInfo): boolean {
  const node = loop.node;
  if (node.type !== 'ForStatement' || !node.test || node.test.type !== 'BinaryExpression') return false;
  if (!['<', '<='].includes(node.test.operator)) return false;
  const bound = unwrapExpression(node.test.right);
  if (loop.size === 0 || bound.type === 'Literal' || bound.type === 'Identifier' || bound.type === 'CallExpression') return true;
  if (bound.type === 'MemberExpression' && !bound.computed && bound.property.type === 'Identifier' && bound.property.name === 'length') {
    return unwrapExpression(bound.object).type === 'CallExpression';
  }
  return false;
}

/** 'new Worker', 'fork' or 'spawn node' when the call starts a JavaScript worker. */
function startsWorker(site: CallSite, solver: LocalLookup): string | null {
  const target = solver.target(site);
  if (target.kind !== 'api') return null;
  if (target.info.effect === 'worker') {
    if (/Worker$/.test(target.name) && site.isNew) return 'new Worker';
    if (/\.fork$/.test(target.name) && !target.name.startsWith('cluster')) return 'fork';
    return null;
  }
  if (/^child_process\.(spawn|execFile)$/.test(target.name)) {
    const first = site.node.arguments[0];
    if (!first) return null;
    const program = unwrapExpression(first);
    if (program.type === 'Literal' && program.value === 'node') return 'spawn node';
    const value = solver.resolveValue(program, site.fn);
    if (value.k === 'global' && value.path.join('.') === 'process.execPath') return 'spawn node';
  }
  return null;
}
