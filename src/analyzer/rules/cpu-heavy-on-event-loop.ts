import type { FunctionInfo } from '../model';
import { MIXED_CPU_WEIGHT } from '../solve';
import type { Rule } from './types';
import { chainText, eventLoopContext, inlineFunctions, isWorkerFile, relatedFromChain, sitesRunningIn } from './context';

const SUGGESTION = 'Move the computation to a worker-thread pool (worker_threads, piscina) and await its result; use a child process when isolation or crash containment is the point.';

export const cpuHeavyOnEventLoop: Rule = {
  meta: {
    id: 'cpu-heavy-on-event-loop',
    description: 'CPU-bound work reached from an async function, a request or event handler, or a server callback: while it runs, no other request is served.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/cpu-heavy-on-event-loop.md',
  },
  check({ file, solver, report }) {
    if (isWorkerFile(file)) return;
    for (const fn of file.functions) {
      const context = eventLoopContext(fn, solver);
      if (!context) continue;
      const inline = [fn, ...inlineFunctions(fn, solver)];
      for (const owner of inline) {
        for (const loop of owner.loops) {
          if (loop.busyWait || solver.loopWeight(loop) < MIXED_CPU_WEIGHT) continue;
          // One finding per nest: deeper loops of a nest that already crossed the threshold add nothing.
          if (loop.parent && !loop.parent.busyWait && solver.loopWeight(loop.parent) >= MIXED_CPU_WEIGHT) continue;
          const what = loop.arrayMethod ? `Nested ${loop.description}` : `Nested loop (${loop.description})`;
          report({ node: loop.node, message: `${what} runs on the event loop in ${context}.`, suggestion: SUGGESTION, confidence: solver.state(owner).confidence });
        }
      }
      const reported = new Set<FunctionInfo>();
      for (const site of sitesRunningIn(fn, solver)) {
        const target = solver.target(site);
        if (target.kind === 'api' && target.info.effect === 'cpu-heavy' && (target.info.weight ?? 2) >= MIXED_CPU_WEIGHT) {
          report({
            node: site.node,
            message: `${target.name} computes synchronously on the event loop in ${context}.`,
            suggestion: target.info.alternative ? `Alternative: ${target.info.alternative}; or run it in a worker thread.` : SUGGESTION,
            confidence: 0.9,
          });
        } else if (target.kind === 'function' && target.fn !== fn && !reported.has(target.fn)) {
          const state = solver.state(target.fn);
          if (state.cpu < MIXED_CPU_WEIGHT || state.classification !== 'cpu') continue;
          reported.add(target.fn);
          const chain = solver.chain(state.cpuStep, (s) => s.cpuStep);
          report({
            node: site.node,
            message: `${site.calleeText}() is CPU-bound and runs on the event loop in ${context}: ${chainText(chain)}.`,
            suggestion: SUGGESTION,
            related: relatedFromChain(chain, file),
            confidence: state.confidence,
          });
        }
      }
    }
  },
};
