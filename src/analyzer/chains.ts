import * as nodePath from 'node:path';
import type { FnNode, FunctionState, Step } from './program';

/** The steps behind a step, following callees: `calls deflate_slow (line 1620) -> nested loop over s.window (line 1650)`. */
export function chainOf(step: Step | null, pick: (state: FunctionState) => Step | null): Step[] {
  const steps: Step[] = [];
  const seen = new Set<FnNode>();
  let current = step;
  while (current && steps.length < 6) {
    steps.push(current);
    if (!current.callee || seen.has(current.callee)) break;
    seen.add(current.callee);
    current = pick(current.callee.state);
  }
  return steps;
}

export function describeChain(chain: Step[]): string {
  return chain
    .map((step) => {
      const where = step.fn.file === chain[0].fn.file ? `line ${step.line}` : `${nodePath.basename(step.fn.file.path)}:${step.line}`;
      return `${step.message} (${where})`;
    })
    .join(' -> ');
}
