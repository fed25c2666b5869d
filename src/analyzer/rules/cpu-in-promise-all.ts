import { restsOnGuess } from '../chains';
import { MIXED_CPU_WEIGHT, type FnNode, type Program } from '../program';
import type { FileSummary, SiteTarget } from '../summary';
import type { ProgramRule } from './types';
import { displayName } from './context';

const SUGGESTION = 'Promises do not add threads: run the computations in a worker-thread pool (worker_threads, piscina) and `await Promise.all` the pool\'s results.';

export const cpuInPromiseAll: ProgramRule = {
  meta: {
    id: 'cpu-in-promise-all',
    description: '`Promise.all` (or a promise wrapper) around CPU-bound functions: they still run one after another on the one JavaScript thread.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/cpu-in-promise-all.md',
  },
  scope: 'program',
  check({ file, program, report }) {
    if (file.traits.workerFile) return;
    const nodes = program.nodesOf(file.path);
    // Indexed: runs once per file over every call site, cold, where a for...of step allocates until optimized.
    for (let i = 0; i < file.sites.length; i++) {
      const site = file.sites[i];
      if (site.promiseExecutor !== undefined) {
        const executor = nodes[site.promiseExecutor];
        if (executor && isCpuOnly(executor)) {
          report({ span: site.span, message: 'new Promise around CPU-bound work: the executor runs synchronously, so wrapping it in a promise does not move it off the event loop.', suggestion: SUGGESTION });
        }
        continue;
      }
      if (!site.promiseCombinator) continue;
      const cpuBound = site.promiseCombinator.tasks.map((task) => taskFunction(program, file, task)).filter((fn): fn is FnNode => fn !== null && isCpuOnly(fn));
      if (cpuBound.length === 0) continue;
      report({
        span: site.span,
        message: `${site.promiseCombinator.name} over CPU-bound ${[...new Set(cpuBound.map((fn) => displayName(fn.summary)))].join(', ')}: the tasks run one after another on the event loop, not in parallel.`,
        suggestion: SUGGESTION,
        confidence: Math.min(...cpuBound.map((fn) => fn.state.confidence)),
      });
    }
  },
};

/** CPU-bound and heavy enough to be worth a worker (the threshold cpu-heavy-on-event-loop uses): not one light pass, not a guess. */
function isCpuOnly(fn: FnNode): boolean {
  return fn.state.classification === 'cpu' && fn.state.cpu >= MIXED_CPU_WEIGHT && !restsOnGuess(fn.state.cpuStep, (s) => s.cpuStep);
}

function taskFunction(program: Program, file: FileSummary, task: SiteTarget): FnNode | null {
  const linked = program.linkTarget(file, task, new Set());
  return linked.kind === 'function' ? linked.fn : null;
}
