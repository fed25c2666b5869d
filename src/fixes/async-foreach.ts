import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../analyzer/model';
import { keyName, unwrapExpression } from '../analyzer/syntax';
import { rootName } from '../analyzer/walk';
import { displayName, makeAsync } from './asyncify';
import { enclosingFunction, freshName, isFunctionNode, isIdentifierName, nodesAt, parentOf, semi, textOf, walkAll, type FixContext } from './context';
import { draft, refuse, type Candidate } from './draft';
import { patternNames } from '../analyzer/syntax';
import { isKnownArray, patternText, renderBody } from './loops';
import { indentationAt } from './text';
import type { TextEdit } from './types';

const FOR_OF_TITLE = 'Use for...of with await (one at a time)';
const ALL_TITLE = 'Use await Promise.all(items.map(...)) (all at once)';
const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const SIMPLE = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'ArrayExpression', 'ThisExpression']);

type Callback = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

export function asyncForeachFixes(ctx: FixContext): Candidate[] {
  const nodes = nodesAt(ctx.program, ctx.start, ctx.end);
  // The rule points at the async callback, or at an async function passed by name (`items.forEach(save)`).
  const argument = nodes.find((n) => {
    const parent = parentOf(n);
    return parent?.type === 'CallExpression' && parent.arguments[0] === n;
  });
  const call = argument ? parentOf(argument) : undefined;
  const callee = call?.type === 'CallExpression' ? unwrapExpression(call.callee) : null;
  if (!argument || call?.type !== 'CallExpression' || callee?.type !== 'MemberExpression' || callee.computed || keyName(callee.property) !== 'forEach') {
    return [refuse(FOR_OF_TITLE, 'the diagnostic does not match the current text: analyze the file again')];
  }
  const statement = parentOf(call);
  if (statement?.type !== 'ExpressionStatement' || call.optional || callee.optional) {
    const reason = statement?.type !== 'ExpressionStatement' ? 'the value of forEach() is used, so the call cannot become a statement' : 'the forEach() call is optional (`?.`)';
    return [refuse(FOR_OF_TITLE, reason), refuse(ALL_TITLE, reason)];
  }
  const forOf =
    argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression'
      ? forOfFix(ctx, argument, call, callee, statement)
      : forOfReferenceFix(ctx, argument, call, callee, statement);
  return [forOf, promiseAllFix(ctx, call, callee)];
}

/** `items.forEach(save)` -> `for (const item of items) { await save(item); }`, passing what forEach passed. */
function forOfReferenceFix(ctx: FixContext, reference: Node, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, statement: TSESTree.ExpressionStatement): Candidate {
  if (call.arguments.length !== 1) return refuse(FOR_OF_TITLE, 'forEach() is given a `this` argument');
  const fn = enclosingFunction(ctx, call);
  const value = ctx.resolveValue(reference, fn);
  const target = value.k === 'fn' ? value.fn : null;
  const targetNode = target && target.node.type !== 'Program' ? target.node : null;
  const ref = unwrapExpression(reference);
  if (ref.type !== 'Identifier' && ref.type !== 'MemberExpression') return refuse(FOR_OF_TITLE, 'the function passed to forEach() is an expression with effects of its own');
  if (ref.type === 'MemberExpression' && (!targetNode || usesOwnThis(targetNode as Callback))) {
    return refuse(FOR_OF_TITLE, `\`${textOf(ctx, reference)}\` is passed unbound (without its \`this\`); calling it as a method in a loop would change what it sees`);
  }
  const receiver = unwrapExpression(callee.object);
  const receiverText = SIMPLE.has(receiver.type) ? textOf(ctx, callee.object) : `(${textOf(ctx, callee.object)})`;
  const arity = !targetNode || targetNode.params.some((p) => p.type === 'RestElement') ? 3 : Math.max(1, targetNode.params.length);
  if (arity >= 3 && receiver.type !== 'Identifier') return refuse(FOR_OF_TITLE, `${textOf(ctx, reference)} may take the array as its third argument, and \`${textOf(ctx, callee.object)}\` is not a plain name to pass again`);
  // Names only the loop sees: they must not hide a name the loop header or body reads.
  const reads = new Set<string>();
  walkAll(call, (n) => {
    if (n.type === 'Identifier') reads.add(n.name);
  });
  const local = (...candidates: string[]) => candidates.find((c) => !reads.has(c) && isIdentifierName(c)) ?? freshName(ctx, candidates[0]);
  const plural = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' && !receiver.computed ? keyName(receiver.property) : '';
  const singular = /^[a-z]\w*[^s]s$/i.test(plural) ? plural.slice(0, -1) : '';
  const item = local(...(singular ? [singular] : []), 'item', 'element');
  const index = arity >= 2 ? local('index', 'i', 'position') : '';
  const args = [item, ...(arity >= 2 ? [index] : []), ...(arity >= 3 ? [receiverText] : [])].join(', ');
  const head = arity >= 2 ? `for (const [${index}, ${item}] of ${receiverText}.entries())` : `for (const ${item} of ${receiverText})`;
  const indent = indentationAt(ctx.text, statement.range[0]);
  const text = `${head} {${ctx.style.eol}${indent}${ctx.style.indentUnit}await ${textOf(ctx, reference)}(${args})${semi(ctx)}${ctx.style.eol}${indent}}`;
  const change = makeAsync(ctx, fn);
  if ('reason' in change) return refuse(FOR_OF_TITLE, `${displayName(fn)} would have to become async, but ${change.reason}`);
  const notes = ['The items are now processed one after another, each awaited before the next starts; an error stops the loop and rejects the function.', ...change.notes];
  return draft(FOR_OF_TITLE, [{ start: statement.range[0], end: statement.range[1], newText: text }, ...change.edits], { isPreferred: true, notes });
}

function usesOwnThis(callback: Callback | TSESTree.FunctionDeclaration): string | null {
  if (callback.type === 'ArrowFunctionExpression' || !callback.body) return null;
  let found: string | null = null;
  walkAll(callback.body, (node) => {
    if (found) return false;
    if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return false;
    if (node.type === 'ThisExpression') found = '`this`';
    else if (node.type === 'Identifier' && node.name === 'arguments') found = '`arguments`';
    return true;
  });
  return found;
}

function forOfFix(ctx: FixContext, callback: Callback, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, statement: TSESTree.ExpressionStatement): Candidate {
  if (call.arguments.length !== 1) return refuse(FOR_OF_TITLE, 'forEach() is given a `this` argument');
  const own = usesOwnThis(callback);
  if (own) return refuse(FOR_OF_TITLE, `the callback uses its own ${own}, which the loop body would not have`);
  if (callback.type === 'FunctionExpression' && callback.id) return refuse(FOR_OF_TITLE, 'the callback is a named function expression');
  const params = callback.params;
  if (params.length > 2) return refuse(FOR_OF_TITLE, 'the callback uses the array parameter');
  for (const param of params) {
    if (param.type === 'AssignmentPattern' || param.type === 'RestElement' || param.type === 'TSParameterProperty') return refuse(FOR_OF_TITLE, 'the callback has a default or rest parameter');
  }
  if (params[1] && params[1].type !== 'Identifier') return refuse(FOR_OF_TITLE, 'the index parameter is a pattern');
  const notes: string[] = ['The items are now processed one after another, each awaited before the next starts; an error stops the loop and rejects the function.'];
  if (params.some((p) => (p as { typeAnnotation?: unknown }).typeAnnotation)) notes.push('The parameter type annotation was dropped: for...of infers the type from the iterated value.');

  // Returns end one iteration: `continue`, unless they return a value or sit in an inner loop.
  const edits: TextEdit[] = [];
  let reason: string | null = null;
  if (callback.body.type === 'BlockStatement') {
    walkAll(callback.body, (node) => {
      if (reason) return false;
      if (isFunctionNode(node)) return false;
      if (node.type === 'VariableDeclaration' && node.kind === 'var') reason = 'the callback declares `var`, which would leak into the enclosing function';
      if (node.type !== 'ReturnStatement') return true;
      if (node.argument) reason = 'the callback returns a value';
      else if (insideInnerLoop(node, callback.body)) reason = 'the callback returns from inside a loop of its own';
      else edits.push({ start: node.range[0], end: node.range[1], newText: `continue${semi(ctx)}` });
      return true;
    });
  }
  if (reason) return refuse(FOR_OF_TITLE, reason);

  const names = params.flatMap((p) => patternNames(p));
  const reassigned = assignsAny(callback.body, names);
  const kind = reassigned ? 'let' : 'const';
  const receiver = unwrapExpression(callee.object);
  const receiverText = SIMPLE.has(receiver.type) ? textOf(ctx, callee.object) : `(${textOf(ctx, callee.object)})`;
  const item = params[0] ? patternText(ctx, params[0]) : freshName(ctx, '_item', 'item');
  const head = params[1] ? `for (${kind} [${patternText(ctx, params[1])}, ${item}] of ${receiverText}.entries())` : `for (${kind} ${item} of ${SIMPLE.has(receiver.type) ? textOf(ctx, callee.object) : receiverText})`;
  const indent = indentationAt(ctx.text, statement.range[0]);
  const inner = indent + ctx.style.indentUnit;
  let body: string;
  if (callback.body.type === 'BlockStatement') body = renderBody(ctx, callback.body, inner, edits);
  else {
    const expression = callback.body;
    const expressionText = textOf(ctx, expression);
    body = `${inner}${expression.type === 'AwaitExpression' ? expressionText : `await ${expressionText}`}${semi(ctx)}`;
  }
  const text = `${head} {${ctx.style.eol}${body === '' ? '' : body + ctx.style.eol}${indent}}`;
  const fn = enclosingFunction(ctx, call);
  const change = makeAsync(ctx, fn);
  if ('reason' in change) return refuse(FOR_OF_TITLE, `${displayName(fn)} would have to become async, but ${change.reason}`);
  return draft(FOR_OF_TITLE, [{ start: statement.range[0], end: statement.range[1], newText: text }, ...change.edits], { isPreferred: true, notes: [...notes, ...change.notes] });
}

function promiseAllFix(ctx: FixContext, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): Candidate {
  const fn = enclosingFunction(ctx, call);
  if (!isKnownArray(ctx, callee.object, fn)) return refuse(ALL_TITLE, `\`${textOf(ctx, callee.object)}\` is not known to be an array (a Map or a Set has forEach() but no map())`);
  const change = makeAsync(ctx, fn);
  if ('reason' in change) return refuse(ALL_TITLE, `${displayName(fn)} would have to become async, but ${change.reason}`);
  const edits: TextEdit[] = [
    { start: call.range[0], end: call.range[0], newText: 'await Promise.all(' },
    { start: callee.property.range[0], end: callee.property.range[1], newText: 'map' },
    { start: call.range[1], end: call.range[1], newText: ')' },
    ...change.edits,
  ];
  return draft(ALL_TITLE, edits, { notes: ['The callbacks still start together, but now the function waits for all of them and rejects if one fails.', ...change.notes] });
}

function insideInnerLoop(node: Node, root: Node): boolean {
  for (let current = parentOf(node); current && current !== root; current = parentOf(current)) {
    if (LOOP_TYPES.has(current.type)) return true;
  }
  return false;
}

function assignsAny(body: Node, names: string[]): boolean {
  let found = false;
  walkAll(body, (node) => {
    if (found) return false;
    if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
      const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
      const assigned = target.type === 'Identifier' ? [target.name] : target.type === 'ObjectPattern' || target.type === 'ArrayPattern' ? patternNames(target) : [];
      if (assigned.some((name) => names.includes(name))) found = true;
    }
    return true;
  });
  return found;
}

export { rootName };
