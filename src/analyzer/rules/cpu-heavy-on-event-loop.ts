import { chainOf, restsOnGuess } from '../chains';
import { LoopWeights, MIXED_CPU_WEIGHT, type FnNode } from '../program';
import type { ProgramRule } from './types';
import { chainText, inlineSummaryFunctions, relatedFromChain } from './context';

const SUGGESTION = 'Move the computation to a worker-thread pool (worker_threads, piscina) and await its result; use a child process when isolation or crash containment is the point.';

export const cpuHeavyOnEventLoop: ProgramRule = {
  meta: {
    id: 'cpu-heavy-on-event-loop',
    description: 'CPU-bound work reached from an async function, a request or event handler, or a server callback: while it runs, no other request is served.',
    recommendation: SUGGESTION,
    defaultSeverity: 'warning',
    docs: 'docs/rules/cpu-heavy-on-event-loop.md',
  },
  scope: 'program',
  check({ file, program, report }) {
    if (file.traits.workerFile) return;
    const nodes = program.nodesOf(file.path);
    const weights = new LoopWeights(program);
    weights.freeze();
    file.functions.forEach((fn, index) => {
      const context = fn.context;
      if (!context) return;
      const owners = [index, ...inlineSummaryFunctions(file, index)];
      for (const owner of owners) {
        for (const loopIndex of file.functions[owner].loops) {
          const loop = file.loops[loopIndex];
          if (loop.busyWait || weights.weight(file, loopIndex) < MIXED_CPU_WEIGHT) continue;
          // One finding per nest: deeper loops of a nest that already crossed the threshold add nothing.
          if (loop.parent >= 0 && !file.loops[loop.parent].busyWait && weights.weight(file, loop.parent) >= MIXED_CPU_WEIGHT) continue;
          const what = loop.arrayMethod ? `Nested ${loop.description}` : `Nested loop (${loop.description})`;
          report({ span: loop.span, message: `${what} runs on the event loop in ${context}.`, suggestion: SUGGESTION, confidence: nodes[owner].state.confidence });
        }
      }
      const reported = new Set<FnNode>();
      for (const owner of owners) {
        for (const siteIndex of file.functions[owner].sites) {
          const site = file.sites[siteIndex];
          const target = program.target(file, siteIndex);
          if (target.kind === 'api' && target.info.effect === 'cpu-heavy' && (target.info.weight ?? 2) >= MIXED_CPU_WEIGHT) {
            report({
              span: site.span,
              message: `${target.name} computes synchronously on the event loop in ${context}.`,
              suggestion: target.info.alternative ? `Alternative: ${target.info.alternative}; or run it in a worker thread.` : SUGGESTION,
              confidence: 0.9,
            });
          } else if (target.kind === 'function' && target.fn !== nodes[index] && !reported.has(target.fn)) {
            const state = target.fn.state;
            if (target.guessed || state.cpu < MIXED_CPU_WEIGHT || state.classification !== 'cpu' || restsOnGuess(state.cpuStep, (s) => s.cpuStep)) continue;
            reported.add(target.fn);
            const chain = chainOf(state.cpuStep, (s) => s.cpuStep);
            report({
              span: site.span,
              message: `${site.calleeText}() is CPU-bound and runs on the event loop in ${context}: ${chainText(chain)}.`,
              suggestion: SUGGESTION,
              related: relatedFromChain(chain, file),
              confidence: state.confidence,
            });
          }
        }
      }
    });
  },
};
