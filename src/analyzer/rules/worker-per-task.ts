import type { CallSite, FunctionInfo } from '../model';
import type { Solver } from '../solve';
import { unwrapExpression } from '../syntax';
import type { Rule } from './types';
import { eventLoopContext, isPerRequestContext } from './context';

const SUGGESTION = 'Create a pool once (worker_threads with a fixed size, or piscina) and reuse it for every task; worker threads start faster and use less memory than processes unless isolation is the point.';

export const workerPerTask: Rule = {
  meta: {
    id: 'worker-per-task',
    description: '`new Worker`, `fork` or a `node` child process created per task in a loop or request handler: start-up cost is paid every time.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/worker-per-task.md',
  },
  check({ file, solver, report }) {
    for (const fn of [file.moduleFn, ...file.functions]) {
      const perRequest = isPerRequestContext(eventLoopContext(fn, solver)) || runsPerRequest(fn, solver);
      for (const site of fn.calls) {
        const kind = startsWorker(site, solver);
        if (!kind) continue;
        const where = site.loop ? `inside ${site.loop.description}` : perRequest ? 'for every request' : null;
        if (!where) continue;
        report({ node: site.node, message: `${kind} is started ${where}: each task pays the start-up cost of a new ${kind === 'new Worker' ? 'thread' : 'process'}.`, suggestion: SUGGESTION });
      }
    }
  },
};

function runsPerRequest(fn: FunctionInfo, solver: Solver): boolean {
  for (let current = fn.parent; current && current.role !== 'module'; current = current.parent) {
    if (isPerRequestContext(eventLoopContext(current, solver))) return true;
  }
  return false;
}

/** 'new Worker', 'fork' or 'spawn node' when the call starts a JavaScript worker. */
function startsWorker(site: CallSite, solver: Solver): string | null {
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
