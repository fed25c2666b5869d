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

/**
 * Whether the evidence behind a step passes through a guessed call of a function (a method picked by its name, an
 * entry of a lookup table): good enough to classify with less confidence, not to report a finding on. (An API
 * assumed from its name, such as an injected fs's `readFile`, is a guess of another kind that findings already
 * report with lower confidence.)
 */
export function restsOnGuess(step: Step | null, pick: (state: FunctionState) => Step | null): boolean {
  const seen = new Set<FnNode>();
  for (let current = step; current?.callee; current = pick(current.callee.state)) {
    if (current.guessed) return true;
    if (seen.has(current.callee)) return false;
    seen.add(current.callee);
  }
  return false;
}

export function describeChain(chain: Step[]): string {
  return chain
    .map((step) => {
      const where = step.fn.file === chain[0].fn.file ? `line ${step.line}` : `${nodePath.basename(step.fn.file.path)}:${step.line}`;
      return `${step.message} (${where})`;
    })
    .join(' -> ');
}
