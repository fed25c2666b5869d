import type { TSESTree } from '@typescript-eslint/types';
import { functionOfNode } from '../model';
import type { FileRule } from './types';
import { displayName } from './context';

const SUGGESTION = 'Use `for (const item of items) { await ... }`, or `await Promise.all(items.map(async (item) => { ... }))`.';

export const asyncForeach: FileRule = {
  meta: {
    id: 'async-foreach',
    description: 'An async callback passed to `forEach`: nobody awaits the promises, so the loop finishes before the work and errors are lost.',
    recommendation: 'Use `for...of` with `await` for one at a time, or `await Promise.all(items.map(async (item) => ...))` to run them together.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/async-foreach.md',
  },
  scope: 'file',
  check({ file, solver, report }) {
    for (const fn of file.functions) {
      if (!fn.isAsync || fn.role !== 'array-callback' || !fn.enclosingLoop || fn.enclosingLoop.arrayMethod !== 'forEach') continue;
      report({
        node: fn.node,
        message: 'Async callback passed to forEach: its promises are never awaited and their errors are unhandled.',
        suggestion: SUGGESTION,
      });
    }
    // `items.forEach(save)` where `save` is an async function declared elsewhere.
    // An iteration call's loop record sits in its function's loops, in call order: no lookup per call site (an
    // indexed loop, as this runs cold and a for...of step allocates until optimized).
    for (const owner of [file.moduleFn, ...file.functions]) {
      for (let i = 0; i < owner.loops.length; i++) {
        const loop = owner.loops[i];
        if (loop.arrayMethod !== 'forEach') continue;
        for (const argument of (loop.node as TSESTree.CallExpression).arguments) {
          if (argument.type === 'SpreadElement' || functionOfNode.has(argument)) continue;
          const value = solver.resolveValue(argument, owner);
          if (value.k !== 'fn' || !value.fn.isAsync) continue;
          report({
            node: argument,
            message: `Async function ${displayName(value.fn)} passed to forEach: its promises are never awaited and their errors are unhandled.`,
            suggestion: SUGGESTION,
          });
        }
      }
    }
  },
};
