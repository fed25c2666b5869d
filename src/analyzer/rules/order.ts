import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../model';
import { calleeName, unwrapExpression } from '../syntax';
import { walkWithinFunction } from '../walk';

/** Calls whose order is the point: running them together would change what the program does. */
const ORDERED_CALL = /^(commit|flush|batch|transaction|rollback|begin|lock|unlock|acquire|release|close|end|destroy|connect|disconnect|listen|migrate|up|down|write|writev|append|appendFile|send|publish|emit|pipe|sleep|delay|wait|waitFor|setTimeout|setImmediate|retry|throttle|pause)$/i;
const ASSERTION_CALL = /^(assert|expect|validate|verify|check|ensure|should)/i;
/** Set-up and session steps that later calls rely on without sharing a value: `await login(); await fetchProfile()`. */
const SETUP_CALL = /^(init|initiali[sz]e|setup|setUp|start|stop|bootstrap|prepare|configure|open|mount|unmount|install|register|login|logIn|logout|logOut|signIn|signOut|authenticate|authorize)(?![a-z])/;
const TRANSACTION_RECEIVER = /^(tx|trx|transaction|session|t)$/i;
const MUTATING_CALL = /^(create|insert|update|upsert|delete|remove|rm|rmdir|unlink|write|writeFile|mkdir|mkdtemp|set|put|post|patch|save|upload|move|copy|copyFile|rename|chmod|chown|truncate|symlink|link|cp)/i;

/** Text of the receiver root: `this.db.users.find()` -> "this.db", `db.find()` -> "db". */
export function receiverKey(call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): string | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  let object: Node = unwrapExpression(callee.object);
  while (object.type === 'MemberExpression' && object.object.type !== 'ThisExpression') object = unwrapExpression(object.object);
  return text.slice(object.range[0], object.range[1]);
}

export function isOrderSensitiveCall(call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): boolean {
  const name = calleeName(call);
  if (name && (ORDERED_CALL.test(name) || ASSERTION_CALL.test(name) || SETUP_CALL.test(name))) return true;
  if (promiseExecutorCalls(call).some((inner) => isOrderSensitiveCall(inner, text))) return true;
  const receiver = receiverKey(call, text);
  return receiver !== null && TRANSACTION_RECEIVER.test(receiver.replace(/^this\./, ''));
}

/** Calls made directly by the executor of `new Promise(executor)`: `new Promise((r) => setTimeout(r, ms))` waits like a sleep. */
function promiseExecutorCalls(call: TSESTree.CallExpression | TSESTree.NewExpression): (TSESTree.CallExpression | TSESTree.NewExpression)[] {
  if (call.type !== 'NewExpression') return [];
  const callee = unwrapExpression(call.callee);
  const executor = call.arguments[0];
  if (callee.type !== 'Identifier' || callee.name !== 'Promise' || !executor) return [];
  if (executor.type !== 'ArrowFunctionExpression' && executor.type !== 'FunctionExpression') return [];
  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  walkWithinFunction(executor.body, (node) => {
    if (node.type === 'CallExpression' || node.type === 'NewExpression') calls.push(node);
  });
  return calls;
}

const BEGIN_CALL = /^(begin|beginTransaction|startTransaction)$/i;
const END_CALL = /^(commit|commitTransaction|rollback|rollbackTransaction|abortTransaction)$/i;
/** The whole SQL statement, so that `log('Begin import')` is not taken for one. */
const BEGIN_STATEMENT = /^\s*(BEGIN|START\s+TRANSACTION)(\s+(TRANSACTION|WORK|DEFERRED|IMMEDIATE|EXCLUSIVE|ISOLATION\s+LEVEL(\s+[A-Z]+)+|READ\s+(ONLY|WRITE)))*\s*;?\s*$/i;
const END_STATEMENT = /^\s*(COMMIT|ROLLBACK|END)(\s+(TRANSACTION|WORK))?\s*;?\s*$/i;

/** Whether a call opens or closes a transaction: `begin()`, `client.query('BEGIN')`, `commit()`, `query('ROLLBACK')`. */
export function transactionBoundary(call: TSESTree.CallExpression | TSESTree.NewExpression): 'begin' | 'end' | null {
  const name = calleeName(call);
  const first = call.arguments[0];
  const statement = first?.type === 'Literal' && typeof first.value === 'string' ? first.value : first?.type === 'TemplateLiteral' && first.expressions.length === 0 ? first.quasis[0].value.cooked ?? '' : null;
  if ((name && BEGIN_CALL.test(name)) || (statement !== null && BEGIN_STATEMENT.test(statement))) return 'begin';
  if ((name && END_CALL.test(name)) || (statement !== null && END_STATEMENT.test(statement))) return 'end';
  return null;
}

export function isMutatingCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = calleeName(call);
  return name !== null && MUTATING_CALL.test(name);
}

/** The call behind `await f()`, `await obj.m()`, `await new X()`; null for `await promise`. */
export function awaitedCall(node: TSESTree.AwaitExpression): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const argument = unwrapExpression(node.argument);
  return argument.type === 'CallExpression' || argument.type === 'NewExpression' ? argument : null;
}
