import type { TSESTree } from '@typescript-eslint/types';
import type { FunctionInfo, Node } from '../model';
import { functionOfNode, iterationLoopOfCall } from '../model';
import { MIXED_CPU_WEIGHT, type Solver } from '../solve';
import { unwrapExpression } from '../syntax';
import type { Rule } from './types';
import { displayName, isWorkerFile } from './context';

const COMBINATORS = new Set(['all', 'allSettled', 'race', 'any']);
const SUGGESTION = 'Promises do not add threads: run the computations in a worker-thread pool (worker_threads, piscina) and `await Promise.all` the pool\'s results.';

export const cpuInPromiseAll: Rule = {
  meta: {
    id: 'cpu-in-promise-all',
    description: '`Promise.all` (or a promise wrapper) around CPU-bound functions: they still run one after another on the one JavaScript thread.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/cpu-in-promise-all.md',
  },
  check({ file, solver, report }) {
    if (isWorkerFile(file)) return;
    for (const fn of [file.moduleFn, ...file.functions]) {
      for (const site of fn.calls) {
        const callee = solver.resolveValue(site.node.callee, fn);
        if (callee.k !== 'global' || callee.path[0] !== 'Promise') continue;
        if (site.isNew && callee.path.length === 1) {
          checkExecutor(site.node);
          continue;
        }
        if (callee.path.length !== 2 || !COMBINATORS.has(callee.path[1])) continue;
        const name = callee.path.join('.');
        const cpuBound = cpuBoundTasks(site.node.arguments[0], fn, solver);
        if (cpuBound.length === 0) continue;
        report({
          node: site.node,
          message: `${name} over CPU-bound ${[...new Set(cpuBound)].map(displayName).join(', ')}: the tasks run one after another on the event loop, not in parallel.`,
          suggestion: SUGGESTION,
          confidence: Math.min(...cpuBound.map((task) => solver.state(task).confidence)),
        });
      }
    }

    function checkExecutor(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const executor = node.arguments[0] ? functionOfNode.get(node.arguments[0]) : undefined;
      if (!executor || !isCpuOnly(executor, solver)) return;
      report({ node, message: 'new Promise around CPU-bound work: the executor runs synchronously, so wrapping it in a promise does not move it off the event loop.', suggestion: SUGGESTION });
    }
  },
};

/** CPU-bound and heavy enough to be worth a worker (the threshold cpu-heavy-on-event-loop uses): not one light pass. */
function isCpuOnly(fn: FunctionInfo, solver: Solver): boolean {
  const state = solver.state(fn);
  return state.classification === 'cpu' && state.cpu >= MIXED_CPU_WEIGHT;
}

/** CPU-bound functions started by the combinator's argument: `[f(), g()]` or `items.map(cb)`. */
function cpuBoundTasks(argument: Node | undefined, fn: FunctionInfo, solver: Solver): FunctionInfo[] {
  if (!argument) return [];
  const node = unwrapExpression(argument);
  const found: FunctionInfo[] = [];
  if (node.type === 'ArrayExpression') {
    for (const element of node.elements) {
      if (!element || element.type === 'SpreadElement') continue;
      const call = unwrapExpression(element);
      if (call.type !== 'CallExpression') continue;
      const site = fn.calls.find((s) => s.node === call);
      const target = site ? solver.target(site) : null;
      if (target?.kind === 'function' && isCpuOnly(target.fn, solver)) found.push(target.fn);
    }
  } else if (node.type === 'CallExpression' && iterationLoopOfCall.get(node)?.arrayMethod === 'map') {
    const callback = node.arguments[0];
    const inline = callback ? functionOfNode.get(callback) : undefined;
    if (inline && isCpuOnly(inline, solver)) found.push(inline);
    else if (callback && !inline) {
      const value = solver.resolveValue(callback, fn);
      if (value.k === 'fn' && isCpuOnly(value.fn, solver)) found.push(value.fn);
    }
  }
  return found;
}
