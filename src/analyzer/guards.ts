import type { TSESTree } from '@typescript-eslint/types';
import type { Binding, CallSite, FunctionInfo, Node } from './model';
import { unwrapExpression } from './syntax';

/** Known boolean values of parameters, keyed by their binding (closures see the same binding). */
export type BooleanEnv = Map<Binding, boolean>;

/**
 * Whether a call site cannot run under `env`: it sits in a branch whose condition is a known boolean
 * parameter with the other value, as in `if (synchronous) fs.readFileSync(...) else fs.readFile(...)`.
 */
export function isDeadUnder(site: CallSite, env: BooleanEnv): boolean {
  let child: Node = site.node;
  for (let parent = parentOf(child); parent && child !== site.fn.node; child = parent, parent = parentOf(parent)) {
    let test: Node | null = null;
    let branch = true;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child !== parent.test) {
      test = parent.test;
      branch = child === parent.consequent;
    } else if (parent.type === 'LogicalExpression' && child === parent.right && parent.operator !== '??') {
      test = parent.left;
      branch = parent.operator === '&&';
    }
    if (test && evaluate(test, site.fn, env) === !branch) return true;
  }
  return false;
}

/** The environment a callee sees: parameters bound to boolean literals or to known values of the caller. */
export function calleeEnv(site: CallSite, callee: FunctionInfo, env: BooleanEnv): BooleanEnv | null {
  if (callee.node.type === 'Program') return null;
  const params = callee.node.params;
  let result: BooleanEnv | null = null;
  site.node.arguments.forEach((arg, index) => {
    const param = params[index];
    if (!param || param.type !== 'Identifier' || arg.type === 'SpreadElement') return;
    const value = evaluate(arg, site.fn, env);
    const binding = callee.scope.bindings.get(param.name);
    if (value === undefined || !binding) return;
    result ??= new Map(env);
    result.set(binding, value);
  });
  return result;
}

export function hasBooleanArgument(site: CallSite): boolean {
  return site.node.arguments.some((arg) => arg.type === 'Literal' && typeof arg.value === 'boolean');
}

function evaluate(node: Node, fn: FunctionInfo, env: BooleanEnv): boolean | undefined {
  const expression = unwrapExpression(node as TSESTree.Expression);
  if (expression.type === 'Literal' && typeof expression.value === 'boolean') return expression.value;
  if (expression.type === 'UnaryExpression' && expression.operator === '!') {
    const inner = evaluate(expression.argument, fn, env);
    return inner === undefined ? undefined : !inner;
  }
  if (expression.type === 'Identifier') {
    const binding = fn.scope.lookup(expression.name);
    return binding ? env.get(binding) : undefined;
  }
  return undefined;
}

function parentOf(node: Node): Node | undefined {
  return (node as { parent?: Node }).parent;
}
