import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../analyzer/model';
import { unwrapExpression } from '../analyzer/syntax';
import { enclosingFunction, freshName, isFunctionNode, nodesAt, parentOf, semi, textOf, walkAll, type FixContext } from './context';
import { draft, refuse, type Candidate } from './draft';
import { patternNames } from '../analyzer/syntax';
import { checkBody, isKnownArray, patternText, renderBody, type BodyFacts } from './loops';
import { indentationAt, wholeLinesRange } from './text';
import type { TextEdit } from './types';

export const LIMIT = 8;
const MAIN_TITLE = 'Run the iterations together with Promise.all';
const LIMITED_TITLE = `Run the iterations together, at most ${LIMIT} at a time`;
const SIMPLE = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'ArrayExpression', 'ThisExpression']);

interface OfShape {
  kind: 'of';
  loop: TSESTree.ForOfStatement;
  declKind: string;
  pattern: string;
  iterable: Node;
  knownArray: boolean;
}

interface CountShape {
  kind: 'count';
  loop: TSESTree.ForStatement;
  counter: string;
  bound: Node;
  inclusive: boolean;
}

type Shape = (OfShape | CountShape) & { facts: BodyFacts; indent: string };

export function awaitInLoopFixes(ctx: FixContext): Candidate[] {
  const awaitNode = nodesAt(ctx.program, ctx.start, ctx.end).find((n) => n.type === 'AwaitExpression');
  const loop = awaitNode ? loopOf(awaitNode) : null;
  if (!loop) return [refuse(MAIN_TITLE, 'the diagnostic does not match the current text: analyze the file again')];
  const shape = shapeOf(ctx, loop);
  if ('reason' in shape) return [refuse(MAIN_TITLE, shape.reason), refuse(LIMITED_TITLE, shape.reason)];
  return [mainFix(ctx, shape), limitedFix(ctx, shape)];
}

function loopOf(node: Node): Node | null {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) return null;
    if (current.type === 'ForOfStatement' || current.type === 'ForInStatement' || current.type === 'ForStatement') return current;
  }
  return null;
}

function shapeOf(ctx: FixContext, loop: Node): Shape | { reason: string } {
  if (parentOf(loop)?.type === 'LabeledStatement') return { reason: 'the loop has a label' };
  const indent = indentationAt(ctx.text, loop.range[0]);
  if (loop.type === 'ForInStatement') return { reason: 'a for...in loop also visits inherited keys: rewrite it over Object.keys() first' };
  if (loop.type === 'ForOfStatement') {
    if (loop.left.type !== 'VariableDeclaration' || loop.left.declarations.length !== 1) return { reason: 'the loop variable is not declared in the loop header' };
    if (loop.left.kind !== 'const' && loop.left.kind !== 'let') return { reason: `the loop variable is declared with ${loop.left.kind}, so it is visible after the loop` };
    const id = loop.left.declarations[0].id;
    const facts = checkBody(ctx, loop, loop.body, new Set(patternNames(id)));
    if ('reason' in facts) return facts;
    if (facts.push && mentions(loop.right, facts.push.array)) return { reason: `the loop pushes into the array it iterates` };
    const fn = enclosingFunction(ctx, loop);
    return { kind: 'of', loop, declKind: loop.left.kind, pattern: patternText(ctx, id), iterable: loop.right, knownArray: isKnownArray(ctx, loop.right, fn), facts, indent };
  }
  if (loop.type === 'ForStatement') {
    const init = loop.init;
    const counter = init?.type === 'VariableDeclaration' && init.kind === 'let' && init.declarations.length === 1 && init.declarations[0].id.type === 'Identifier' ? init.declarations[0] : null;
    const start = counter?.init ? unwrapExpression(counter.init) : null;
    if (!counter || !start || start.type !== 'Literal' || start.value !== 0) return { reason: 'only `for (let i = 0; i < n; i++)` counting loops are rewritten' };
    const name = (counter.id as TSESTree.Identifier).name;
    const test = loop.test ? unwrapExpression(loop.test) : null;
    if (!test || test.type !== 'BinaryExpression' || (test.operator !== '<' && test.operator !== '<=') || unwrapExpression(test.left).type !== 'Identifier' || (unwrapExpression(test.left) as TSESTree.Identifier).name !== name) {
      return { reason: 'only `for (let i = 0; i < n; i++)` counting loops are rewritten' };
    }
    const update = loop.update;
    const steps =
      (update?.type === 'UpdateExpression' && update.operator === '++' && update.argument.type === 'Identifier' && update.argument.name === name) ||
      (update?.type === 'AssignmentExpression' && update.operator === '+=' && update.left.type === 'Identifier' && update.left.name === name && update.right.type === 'Literal' && update.right.value === 1);
    if (!steps) return { reason: 'the loop does not count up by one' };
    const facts = checkBody(ctx, loop, loop.body, new Set());
    if ('reason' in facts) return facts;
    if (facts.push && mentions(test.right, facts.push.array)) return { reason: 'the loop pushes into the array whose length bounds it' };
    return { kind: 'count', loop, counter: name, bound: test.right, inclusive: test.operator === '<=', facts, indent };
  }
  return { reason: 'only for...of and counting for loops are rewritten' };
}

function mentions(node: Node, name: string): boolean {
  let found = false;
  walkAll(node, (child) => {
    if (child.type === 'Identifier' && child.name === name) found = true;
    return !found;
  });
  return found;
}

function pushEdits(ctx: FixContext, shape: Shape, replacement: (value: string) => string): TextEdit[] {
  const push = shape.facts.push;
  if (!push) return [];
  return [{ start: push.statement.range[0], end: push.statement.range[1], newText: replacement(textOf(ctx, push.value)) }];
}

function declarationHead(ctx: FixContext, shape: Shape): string {
  const push = shape.facts.push;
  if (!push) return '';
  const id = push.declaration.declarations[0].id;
  const annotation = id.typeAnnotation ? textOf(ctx, id.typeAnnotation) : '';
  return `${push.declaration.kind} ${push.array}${annotation} = `;
}

function iterableText(ctx: FixContext, node: Node): string {
  return SIMPLE.has(unwrapExpression(node).type) ? textOf(ctx, node) : `(${textOf(ctx, node)})`;
}

function boundText(ctx: FixContext, shape: CountShape): string {
  const text = textOf(ctx, shape.bound);
  if (!shape.inclusive) return text;
  return SIMPLE.has(unwrapExpression(shape.bound).type) || unwrapExpression(shape.bound).type === 'Literal' ? `${text} + 1` : `(${text}) + 1`;
}

function mainFix(ctx: FixContext, shape: Shape): Candidate {
  const { eol, indentUnit } = ctx.style;
  const indent = shape.indent;
  const body = renderBody(ctx, shape.loop.body, indent + indentUnit, pushEdits(ctx, shape, (value) => `return ${value}${semi(ctx)}`));
  let source: string;
  let params: string;
  if (shape.kind === 'of') {
    source = shape.knownArray ? `${iterableText(ctx, shape.iterable)}.map(` : `Array.from(${textOf(ctx, shape.iterable)}, `;
    params = `(${shape.pattern})`;
  } else {
    source = `Array.from({ length: ${boundText(ctx, shape)} }, `;
    params = `(${freshName(ctx, '_')}, ${shape.counter})`;
  }
  const text = `${declarationHead(ctx, shape)}await Promise.all(${source}async ${params} => {${eol}${body}${eol}${indent}}))${semi(ctx)}`;
  const edits: TextEdit[] = [{ start: shape.loop.range[0], end: shape.loop.range[1], newText: text }];
  const notes = ['The iterations now start together and run concurrently; Promise.all keeps the results in order and rejects on the first failure.'];
  if (shape.facts.push) {
    const declaration = shape.facts.push.declaration;
    const range = wholeLinesRange(ctx.text, declaration.range[0], declaration.range[1]);
    edits.push({ start: range.start, end: range.end, newText: '' });
    notes.push(`\`${shape.facts.push.array}\` is now the array Promise.all resolves to, in the same order as before.`);
  }
  if (shape.kind === 'of' && !shape.knownArray) notes.push(`\`${textOf(ctx, shape.iterable)}\` is not known to be an array, so Array.from() turns it into one first.`);
  return draft(MAIN_TITLE, edits, { isPreferred: true, notes });
}

function limitedFix(ctx: FixContext, shape: Shape): Candidate {
  const { eol, indentUnit } = ctx.style;
  const indent = shape.indent;
  // Lines are joined with the loop's indentation; i1 and i2 are relative to it.
  const i1 = indentUnit;
  const i2 = indentUnit + indentUnit;
  const end = semi(ctx);
  const lines: string[] = [];
  const next = freshName(ctx, 'next');
  const push = shape.facts.push;
  let length: string;
  let header: string[];
  let index: string;
  if (shape.kind === 'of') {
    let list: string;
    const iterable = unwrapExpression(shape.iterable);
    if (shape.knownArray && iterable.type === 'Identifier') list = iterable.name;
    else {
      list = freshName(ctx, 'list', 'pending', 'queue');
      lines.push(`const ${list} = ${shape.knownArray ? textOf(ctx, shape.iterable) : `Array.from(${textOf(ctx, shape.iterable)})`}${end}`);
    }
    length = `${list}.length`;
    if (push) {
      index = freshName(ctx, 'index', 'position');
      header = [`const ${index} = ${next}++${end}`, `${shape.declKind} ${shape.pattern} = ${list}[${index}]${end}`];
    } else {
      index = '';
      header = [`${shape.declKind} ${shape.pattern} = ${list}[${next}++]${end}`];
    }
  } else {
    const bound = unwrapExpression(shape.bound);
    if (bound.type === 'Identifier' || bound.type === 'Literal' || (bound.type === 'MemberExpression' && !shape.inclusive)) length = boundText(ctx, shape);
    else {
      length = freshName(ctx, 'count', 'total');
      lines.push(`const ${length} = ${boundText(ctx, shape)}${end}`);
    }
    index = shape.counter;
    header = [`const ${shape.counter} = ${next}++${end}`];
  }
  const body = renderBody(ctx, shape.loop.body, indent + i2, pushEdits(ctx, shape, (value) => `${push!.array}[${index}] = ${value}${end}`));
  lines.push(`let ${next} = 0${end}`);
  lines.push(`await Promise.all(Array.from({ length: Math.min(${LIMIT}, ${length}) }, async () => {`);
  lines.push(`${i1}while (${next} < ${length}) {`);
  for (const line of header) lines.push(`${i2}${line}`);
  const text = lines.join(eol + indent) + eol + (body === '' ? '' : body + eol) + `${indent}${i1}}${eol}${indent}}))${end}`;
  const notes = [
    `At most ${LIMIT} iterations run at the same time (the ${LIMIT} in Math.min(${LIMIT}, ...)); each worker takes the next item when it finishes one.`,
    'The first failure rejects Promise.all; iterations already running still finish.',
  ];
  if (push) notes.push(`\`${push.array}\` is filled by position, so it keeps the order of the loop.`);
  return draft(LIMITED_TITLE, [{ start: shape.loop.range[0], end: shape.loop.range[1], newText: text }], { notes });
}
