import type { TSESTree } from '@typescript-eslint/types';
import type { LoopInfo, Node } from '../model';
import { patternNames, unwrapExpression } from '../syntax';
import { identifiersIn, rootName, walkWithinFunction } from '../walk';
import type { FileRule } from './types';
import { awaitedCall, isOrderSensitiveCall } from './order';

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const SWITCH_OR_LOOP = new Set([...LOOP_TYPES, 'SwitchStatement']);

export const awaitInLoopIndependent: FileRule = {
  meta: {
    id: 'await-in-loop-independent',
    description: '`await` inside a loop whose iterations do not depend on each other: the I/O runs one request at a time.',
    recommendation: 'Start the iterations together with `await Promise.all(items.map(async (item) => ...))`, with a concurrency limit for large inputs.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/await-in-loop-independent.md',
  },
  scope: 'file',
  check({ file, report }) {
    for (const fn of file.functions) {
      for (const loop of fn.loops) {
        // Most loops await nothing: skip the walk over their bodies.
        if (!loop.hasAwait || loop.arrayMethod) continue;
        const finding = independentAwait(loop, file.text);
        if (!finding) continue;
        report({
          node: finding,
          message: `await in ${loop.description}: the iterations do not depend on each other, yet each waits for the previous one.`,
          suggestion: 'Run them together: `await Promise.all(items.map(async (item) => { ... }))` keeps the results in order; limit concurrency (p-limit or batches) for large inputs.',
        });
      }
    }
  },
};

/** The first await of a loop whose iterations could run concurrently, or null. */
function independentAwait(loop: LoopInfo, text: string): TSESTree.AwaitExpression | null {
  const node = loop.node;
  if (node.type !== 'ForOfStatement' && node.type !== 'ForInStatement' && node.type !== 'ForStatement') return null;
  if (node.type === 'ForOfStatement' && node.await) return null;
  const declaredInside = new Set<string>();
  const writtenOutside = new Set<string>();
  const awaits: TSESTree.AwaitExpression[] = [];
  let exits = false;
  const loopVariables = node.type === 'ForStatement' ? declaredNames(node.init) : declaredNames(node.left);
  for (const name of loopVariables) declaredInside.add(name);

  walkWithinFunction(node.body, (child) => {
    if (child !== node.body && LOOP_TYPES.has(child.type)) {
      // Awaits of inner loops belong to them; exits and writes still count.
      collectExitsAndWrites(child, true);
      return false;
    }
    collectExitsAndWrites(child, false);
    if (child.type === 'AwaitExpression') awaits.push(child);
    return true;
  });
  if (exits || awaits.length === 0) return null;
  for (const name of declaredInside) writtenOutside.delete(name);

  const test = node.type === 'ForStatement' ? [node.test, node.update] : [];
  for (const part of test) {
    if (!part) continue;
    for (const name of identifiersIn(part)) if (writtenOutside.has(name) && !loopVariables.includes(name)) return null;
  }
  for (const awaitNode of awaits) {
    const call = awaitedCall(awaitNode);
    if (!call || isOrderSensitiveCall(call, text) || callsLoopElement(call, loopVariables)) return null;
    for (const name of identifiersIn(call)) if (writtenOutside.has(name)) return null;
  }
  return awaits[0];

  function collectExitsAndWrites(child: Node, insideInnerLoop: boolean): void {
    walkWithinFunction(child, (inner) => {
      // A yield hands each result to the consumer in turn, which may stop early: the order is the point.
      if (inner.type === 'ReturnStatement' || inner.type === 'YieldExpression') exits = true;
      else if (inner.type === 'BreakStatement' && (inner.label || !insideBreakableBelow(inner, node))) exits = true;
      else if (inner.type === 'VariableDeclarator') for (const name of patternNames(inner.id)) declaredInside.add(name);
      else if (inner.type === 'AssignmentExpression') addWrite(inner.left);
      else if (inner.type === 'UpdateExpression') addWrite(inner.argument);
      return !insideInnerLoop || inner === child ? true : true;
    });
  }

  function addWrite(target: Node): void {
    if (target.type === 'ObjectPattern' || target.type === 'ArrayPattern') {
      for (const name of patternNames(target)) writtenOutside.add(name);
      return;
    }
    const name = rootName(target);
    if (name) writtenOutside.add(name);
  }
}

/** `for (const task of tasks) await task()`, `await steps[i]()`: a list of functions run in turn, where order is the point. */
function callsLoopElement(call: TSESTree.CallExpression | TSESTree.NewExpression, loopVariables: string[]): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return loopVariables.includes(callee.name);
  if (callee.type === 'MemberExpression' && callee.computed) {
    const property = unwrapExpression(callee.property);
    return property.type === 'Identifier' && loopVariables.includes(property.name);
  }
  return false;
}

/** A `break` that leaves an inner loop or switch rather than `loop`. */
function insideBreakableBelow(node: Node, loop: Node): boolean {
  for (let current = (node as { parent?: Node }).parent; current && current !== loop; current = (current as { parent?: Node }).parent) {
    if (SWITCH_OR_LOOP.has(current.type)) return true;
  }
  return false;
}

function declaredNames(node: Node | null | undefined): string[] {
  if (!node) return [];
  if (node.type === 'VariableDeclaration') return node.declarations.flatMap((d) => patternNames(d.id));
  return patternNames(node);
}

