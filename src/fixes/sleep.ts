import type { TSESTree } from '@typescript-eslint/types';
import type { FunctionInfo, Node } from '../analyzer/model';
import { unwrapExpression } from '../analyzer/syntax';
import { makeAsync } from './asyncify';
import {
  awaited,
  awaitForbiddenAt,
  callSiteOf,
  enclosingFunction,
  nodesAt,
  parentOf,
  semi,
  statementInList,
  textOf,
  valueUnused,
  walkAll,
  type FixContext,
} from './context';
import { draft, refuse, type Candidate, type Step } from './draft';
import { ImportPlan } from './imports';

export const SLEEP_TITLE = 'Wait with await setTimeout() from timers/promises';

const CLOCK = /^(Date\.now\(\)|performance\.now\(\)|new Date\(\)\.getTime\(\)|globalThis\.performance\.now\(\))$/;

function isClock(ctx: FixContext, node: Node): boolean {
  return CLOCK.test(textOf(ctx, node).replace(/\s+/g, ''));
}

const SIMPLE = new Set(['Identifier', 'Literal', 'MemberExpression', 'CallExpression', 'ThisExpression', 'TemplateLiteral']);

function operand(ctx: FixContext, node: Node): string {
  return SIMPLE.has(node.type) ? textOf(ctx, node) : `(${textOf(ctx, node)})`;
}

/** A call or loop that only waits, as found at the diagnostic. */
export function sleepNodeAt(ctx: FixContext): Node | null {
  const nodes = nodesAt(ctx.program, ctx.start, ctx.end);
  return nodes.find((n) => n.type === 'WhileStatement' || n.type === 'DoWhileStatement' || n.type === 'ForStatement') ?? nodes.find((n) => n.type === 'CallExpression') ?? null;
}

/** The fix for a wait that blocks: `await setTimeout(ms)` in place of the loop or call, with the function made async. */
export function sleepFix(ctx: FixContext, node: Node): Candidate {
  const fn = enclosingFunction(ctx, node);
  const plan = new ImportPlan(ctx, [fn]);
  const replacement = convertSleep(ctx, node, plan, fn);
  if ('reason' in replacement) return refuse(SLEEP_TITLE, replacement.reason);
  const change = makeAsync(ctx, fn);
  if ('reason' in change) return refuse(SLEEP_TITLE, `${fn.isAsync ? '' : 'the enclosing function would have to become async, but '}${change.reason}`);
  return draft(SLEEP_TITLE, [...replacement.edits, ...plan.edits(), ...change.edits], { isPreferred: true, safe: change.unchanged, notes: [...replacement.notes, ...change.notes] });
}

/** Replaces one blocking wait with `await setTimeout(ms)`; imports go into `plan`. */
export function convertSleep(ctx: FixContext, node: Node, plan: ImportPlan, fn: FunctionInfo): Step {
  const forbidden = awaitForbiddenAt(node, fn.node as Node);
  if (forbidden) return { reason: `the wait cannot be awaited where it is: ${forbidden}` };
  if (node.type === 'WhileStatement' || node.type === 'DoWhileStatement') return convertBusyWait(ctx, node, plan);
  if (node.type !== 'CallExpression') return { reason: 'the wait is not a loop or a call this fix understands' };
  const delay = sleepDelay(ctx, node);
  if ('reason' in delay) return delay;
  if (!valueUnused(node) && !delay.valueFree) return { reason: 'the value the call returns is used' };
  const local = plan.named('timers/promises', 'setTimeout', ['sleep', 'delay']);
  return { edits: [{ start: node.range[0], end: node.range[1], newText: awaited(node, `${local}(${delay.ms})`) }], notes: [] };
}

/** How long a blocking call waits, in milliseconds (as source text). */
function sleepDelay(ctx: FixContext, call: TSESTree.CallExpression): { ms: string; valueFree: boolean } | { reason: string } {
  const site = callSiteOf(ctx, call);
  if (!site) return { reason: 'the call is not known to the analyzer' };
  const target = ctx.target(site);
  if (target.kind !== 'api') return { reason: 'the call is not a known waiting API' };
  const args = call.arguments;
  if (args.some((a) => a.type === 'SpreadElement')) return { reason: 'the call spreads its arguments' };
  if (target.name === 'Atomics.wait') {
    const timeout = args[3];
    if (!timeout) return { reason: 'Atomics.wait has no timeout here, so it waits until another thread notifies it: use Atomics.waitAsync' };
    if (!isPrivateWaitBuffer(ctx, args[0] as Node) || !(args[2]?.type === 'Literal' && args[2].value === 0)) {
      return { reason: 'it waits on shared memory that another thread may notify, not just for time to pass: use Atomics.waitAsync' };
    }
    return { ms: textOf(ctx, timeout), valueFree: false };
  }
  if (/^deasync\.sleep$/.test(target.name) && args[0]) return { ms: textOf(ctx, args[0]), valueFree: false };
  // The sleep package: sleep(seconds), msleep(milliseconds), usleep(microseconds).
  const unit = /^sleep\.(sleep|msleep|usleep)$/.exec(target.name)?.[1];
  if (unit && args[0]) {
    const arg = unwrapExpression(args[0] as Node);
    const factor = unit === 'sleep' ? 1000 : unit === 'msleep' ? 1 : 0.001;
    if (arg.type === 'Literal' && typeof arg.value === 'number') return { ms: String(Math.round(arg.value * factor * 1000) / 1000), valueFree: false };
    const text = textOf(ctx, args[0]);
    const operand = arg.type === 'Identifier' || arg.type === 'MemberExpression' || arg.type === 'CallExpression' ? text : `(${text})`;
    return { ms: factor === 1 ? text : factor === 1000 ? `${operand} * 1000` : `${operand} / 1000`, valueFree: false };
  }
  if (/^child_process\.(execSync|execFileSync|spawnSync)$/.test(target.name)) {
    const seconds = sleepSeconds(call);
    if (seconds === null) return { reason: 'the sleep command\'s duration is not a constant number of seconds' };
    return { ms: String(Math.round(seconds * 1000)), valueFree: false };
  }
  return { reason: `${target.name} is not a wait this fix can replace` };
}

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `execSync('sleep 2')`, `execFileSync('sleep', ['0.5'])` -> seconds. */
function sleepSeconds(call: TSESTree.CallExpression): number | null {
  const first = call.arguments[0];
  const literal = (node: Node | undefined): string | null => {
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? null;
    return null;
  };
  let command = literal(first);
  if (command === null) return null;
  if (/^\s*sleep\s*$/.test(command)) {
    const list = call.arguments[1];
    if (list?.type !== 'ArrayExpression' || list.elements.length !== 1) return null;
    const arg = literal(list.elements[0] as Node);
    if (arg === null) return null;
    command = `sleep ${arg}`;
  }
  const match = /^\s*sleep\s+(\d+(?:\.\d+)?|\.\d+)([smhd]?)\s*$/.exec(command);
  return match ? Number(match[1]) * UNIT[match[2]] : null;
}

/** `new Int32Array(new SharedArrayBuffer(4))`, directly or through a constant used only for waiting. */
function isPrivateWaitBuffer(ctx: FixContext, node: Node | undefined): boolean {
  if (!node) return false;
  const expression = unwrapExpression(node);
  if (isFreshBuffer(expression)) return true;
  if (expression.type !== 'Identifier') return false;
  const fn = enclosingFunction(ctx, expression);
  const binding = fn.scope.lookup(expression.name);
  if (binding?.kind !== 'value' || binding.path.length > 0 || binding.assigned.length > 0 || !isFreshBuffer(unwrapExpression(binding.init))) return false;
  // Every other use must be as the buffer of Atomics.wait: nobody else holds it to notify.
  let ok = true;
  walkAll(ctx.program, (n) => {
    if (n.type !== 'Identifier' || n.name !== expression.name) return;
    const parent = parentOf(n);
    if (parent?.type === 'VariableDeclarator' && parent.id === n) return;
    if (parent?.type === 'CallExpression' && parent.arguments[0] === n && textOf(ctx, parent.callee).replace(/\s+/g, '') === 'Atomics.wait') return;
    if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return;
    ok = false;
  });
  return ok;
}

function isFreshBuffer(node: Node): boolean {
  if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'Int32Array') return false;
  const inner = node.arguments[0];
  return inner?.type === 'NewExpression' && inner.callee.type === 'Identifier' && inner.callee.name === 'SharedArrayBuffer';
}

function convertBusyWait(ctx: FixContext, loop: TSESTree.WhileStatement | TSESTree.DoWhileStatement, plan: ImportPlan): Step {
  const body = loop.body;
  const empty = body.type === 'EmptyStatement' || (body.type === 'BlockStatement' && body.body.length === 0);
  if (!empty) return { reason: 'the loop does work while it waits, which a timer would not do' };
  const test = unwrapExpression(loop.test);
  if (test.type !== 'BinaryExpression' || !['<', '<=', '>', '>='].includes(test.operator)) return { reason: 'cannot tell from the loop condition how long it waits' };
  // Normalise to `small < large`: the loop runs while the clock has not reached the deadline.
  const [small, large] = test.operator === '<' || test.operator === '<=' ? [test.left as Node, test.right as Node] : [test.right as Node, test.left as Node];
  const list = statementInList(loop);
  const previous = list ? list.list[list.list.indexOf(list.statement) - 1] : undefined;
  let delay: string;
  let removeFrom = loop.range[0];
  if (isClock(ctx, small)) {
    // while (Date.now() < deadline)
    delay = `${operand(ctx, large)} - ${textOf(ctx, small)}`;
    const single = singleUseConstant(ctx, large, previous);
    if (single) {
      const init = unwrapExpression(single.init);
      if (init.type === 'BinaryExpression' && init.operator === '+') {
        const other = isClock(ctx, init.left as Node) ? init.right : isClock(ctx, init.right) ? init.left : null;
        if (other) {
          delay = textOf(ctx, other);
          removeFrom = single.statement.range[0];
        }
      }
    }
  } else if (small.type === 'BinaryExpression' && small.operator === '-' && isClock(ctx, small.left as Node)) {
    // while (Date.now() - start < ms)
    delay = `${operand(ctx, small.right)} + ${operand(ctx, large)} - ${textOf(ctx, small.left)}`;
    const single = singleUseConstant(ctx, small.right, previous);
    if (single && isClock(ctx, unwrapExpression(single.init))) {
      delay = textOf(ctx, large);
      removeFrom = single.statement.range[0];
    }
  } else {
    return { reason: 'cannot tell from the loop condition how long it waits (expected `Date.now() < deadline` or `Date.now() - start < ms`)' };
  }
  const local = plan.named('timers/promises', 'setTimeout', ['sleep', 'delay']);
  return { edits: [{ start: removeFrom, end: loop.range[1], newText: `await ${local}(${delay})${semi(ctx)}` }], notes: [] };
}

/** `const deadline = ...` declared in the statement just before the loop and read nowhere but in the loop's condition. */
function singleUseConstant(ctx: FixContext, node: Node, previous: Node | undefined): { init: Node; statement: Node } | null {
  const expression = unwrapExpression(node);
  if (expression.type !== 'Identifier' || previous?.type !== 'VariableDeclaration' || previous.kind !== 'const' || previous.declarations.length !== 1) return null;
  const declarator = previous.declarations[0];
  if (declarator.id.type !== 'Identifier' || declarator.id.name !== expression.name || !declarator.init) return null;
  if (ctx.comments.some((c) => c.range[0] > previous.range[0] && c.range[1] < expression.range[0])) return null;
  const fn = enclosingFunction(ctx, previous);
  let uses = 0;
  walkAll(fn.node as Node, (n) => {
    if (n.type === 'Identifier' && n.name === expression.name && n !== declarator.id) {
      const parent = parentOf(n);
      if (!(parent?.type === 'MemberExpression' && parent.property === n && !parent.computed)) uses++;
    }
  });
  return uses === 1 ? { init: declarator.init, statement: previous } : null;
}
