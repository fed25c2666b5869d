import type { Rule } from './types';
import { chainText, displayName, functionNameNode, isWorkerFile } from './context';

export const mixedWorkload: Rule = {
  meta: {
    id: 'mixed-workload',
    description: 'One function does both heavy computation and I/O: the computation stalls the event loop between the I/O steps.',
    recommendation: 'Keep the I/O async on the main thread and send the computation to a worker-thread pool; for large batches, run async I/O inside each worker.',
    defaultSeverity: 'info',
    docs: 'docs/rules/mixed-workload.md',
  },
  check({ file, solver, report }) {
    if (isWorkerFile(file)) return;
    for (const fn of file.functions) {
      const state = solver.state(fn);
      if (state.classification !== 'mixed' || !state.cpuStep || !state.io) continue;
      // Report where the mix is made, not at every caller of a mixed function.
      const cpuCallee = state.cpuStep.callee;
      if (cpuCallee && solver.state(cpuCallee).classification === 'mixed') continue;
      const cpu = chainText(solver.chain(state.cpuStep, (s) => s.cpuStep));
      const io = chainText(solver.chain(state.io, (s) => s.io));
      report({
        node: functionNameNode(fn),
        message: `${displayName(fn)} mixes computation (${cpu}) with I/O (${io}).`,
        confidence: state.confidence,
        suggestion: 'Await the I/O on the main thread and run the computation in a worker-thread pool (e.g. piscina); keep I/O async inside the workers when batches are large.',
      });
    }
  },
};
