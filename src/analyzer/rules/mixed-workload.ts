import { chainOf, restsOnGuess } from '../chains';
import type { ProgramRule } from './types';
import { chainText, displayName } from './context';

export const mixedWorkload: ProgramRule = {
  meta: {
    id: 'mixed-workload',
    description: 'One function does both heavy computation and I/O: the computation stalls the event loop between the I/O steps.',
    recommendation: 'Keep the I/O async on the main thread and send the computation to a worker-thread pool; for large batches, run async I/O inside each worker.',
    defaultSeverity: 'info',
    docs: 'docs/rules/mixed-workload.md',
  },
  scope: 'program',
  check({ file, program, report }) {
    if (file.traits.workerFile) return;
    for (const node of program.nodesOf(file.path)) {
      const state = node.state;
      if (state.classification !== 'mixed' || !state.cpuStep || !state.io) continue;
      // Report where the mix is made, not at every caller of a mixed function.
      const cpuCallee = state.cpuStep.callee;
      if (cpuCallee && cpuCallee.state.classification === 'mixed') continue;
      if (restsOnGuess(state.cpuStep, (s) => s.cpuStep) || restsOnGuess(state.io, (s) => s.io)) continue;
      const cpu = chainText(chainOf(state.cpuStep, (s) => s.cpuStep));
      const io = chainText(chainOf(state.io, (s) => s.io));
      report({
        span: node.summary.nameSpan,
        message: `${displayName(node.summary)} mixes computation (${cpu}) with I/O (${io}).`,
        confidence: state.confidence,
        suggestion: 'Await the I/O on the main thread and run the computation in a worker-thread pool (e.g. piscina); keep I/O async inside the workers when batches are large.',
      });
    }
  },
};
