import type { Rule } from './types';

export const asyncForeach: Rule = {
  meta: {
    id: 'async-foreach',
    description: 'An async callback passed to `forEach`: nobody awaits the promises, so the loop finishes before the work and errors are lost.',
    recommendation: 'Use `for...of` with `await` for one at a time, or `await Promise.all(items.map(async (item) => ...))` to run them together.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/async-foreach.md',
  },
  check({ file, report }) {
    for (const fn of file.functions) {
      if (!fn.isAsync || fn.role !== 'array-callback' || !fn.enclosingLoop || fn.enclosingLoop.arrayMethod !== 'forEach') continue;
      report({
        node: fn.node,
        message: 'Async callback passed to forEach: its promises are never awaited and their errors are unhandled.',
        suggestion: 'Use `for (const item of items) { await ... }`, or `await Promise.all(items.map(async (item) => { ... }))`.',
      });
    }
  },
};
