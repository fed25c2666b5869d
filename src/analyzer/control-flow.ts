import type { TSESTree } from '@typescript-eslint/types';
import type { FunctionInfo, Node, Scope } from './model';
import { walkWithinFunction } from './walk';

/**
 * A statement after which the rest of its block does not run: `return`, `throw`, `break`, `continue`, or a call of a
 * function of the file that always throws (`fail('...')`).
 */
export function leavesBlock(statement: TSESTree.Statement, scope: Scope): boolean {
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    case 'BlockStatement':
      return statement.body.length > 0 && leavesBlock(statement.body[statement.body.length - 1], scope);
    case 'ExpressionStatement': {
      const call = statement.expression;
      if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return false;
      const binding = scope.lookup(call.callee.name);
      return binding?.kind === 'function' && binding.assigned.length === 0 && alwaysThrows(binding.fn);
    }
    default:
      return false;
  }
}

/** A statement with a `return` or `throw` anywhere in it (not in nested functions): the function may end there. */
export function mayLeaveFunction(statement: Node): boolean {
  let leaves = false;
  walkWithinFunction(statement, (node) => {
    if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement') leaves = true;
    return !leaves;
  });
  return leaves;
}

/** A function whose body ends in `throw` and never returns (`function fail(message) { throw new Error(message); }`). */
function alwaysThrows(fn: FunctionInfo): boolean {
  const body = fn.node.type === 'Program' ? null : fn.node.body;
  return body?.type === 'BlockStatement' && blockAlwaysThrows(body);
}

/** A block that ends in `throw` with no `return` before it (nested functions aside): every way through it throws. */
export function blockAlwaysThrows(block: TSESTree.BlockStatement): boolean {
  if (block.body.at(-1)?.type !== 'ThrowStatement') return false;
  let returns = false;
  walkWithinFunction(block, (node) => {
    if (node.type === 'ReturnStatement') returns = true;
    return !returns;
  });
  return !returns;
}

/**
 * The tests of the ifs before `child` in its block or switch case that leave it (`if (!sync) return cb();`): what
 * follows runs only when they are false.
 */
export function forEachExitTestBefore(parent: Node, child: Node, scope: Scope, visit: (test: Node, holder: Node) => void): void {
  if (parent.type !== 'BlockStatement' && parent.type !== 'SwitchCase' && parent.type !== 'Program') return;
  const statements: readonly Node[] = parent.type === 'SwitchCase' ? parent.consequent : parent.body;
  for (let index = statements.indexOf(child) - 1; index >= 0; index--) {
    const earlier = statements[index];
    if (earlier.type === 'IfStatement' && !earlier.alternate && leavesBlock(earlier.consequent, scope)) visit(earlier.test, earlier);
  }
}
