import type { TSESTree } from '@typescript-eslint/types';
import type { FunctionInfo, Node } from '../analyzer/model';
import { keyName, patternNames, unwrapExpression } from '../analyzer/syntax';
import { rootName } from '../analyzer/walk';
import { childNodes, enclosingFunction, isFunctionNode, parentOf, textOf, walkAll, type FixContext } from './context';
import { applyEdits, indentationAt, lineEndOf, lineStartOf, nextLineStart } from './text';
import type { TextEdit } from './types';

const ARRAY_RETURNING_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed', 'toSpliced', 'split', 'sort', 'reverse', 'fill']);
const ARRAY_RETURNING_STATICS = new Set(['Object.keys', 'Object.values', 'Object.entries', 'Object.getOwnPropertyNames', 'Array.from', 'Array.of']);
const ARRAY_RETURNING_APIS = new Set(['fs.readdirSync', 'fs/promises.readdir', 'fs.promises.readdir', 'fs-extra.readdir', 'fs-extra.readdirSync']);

/** Whether an expression is certainly an array (so `.map`, `.length` and indexing behave as for...of saw it). */
export function isKnownArray(ctx: FixContext, node: Node, fn: FunctionInfo, depth = 0): boolean {
  if (depth > 4) return false;
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case 'ArrayExpression':
      return true;
    case 'AwaitExpression':
      return isKnownArray(ctx, expression.argument, fn, depth + 1);
    case 'CallExpression': {
      const callee = unwrapExpression(expression.callee);
      if (callee.type === 'MemberExpression' && !callee.computed) {
        const method = keyName(callee.property);
        const object = unwrapExpression(callee.object);
        if (object.type === 'Identifier' && ARRAY_RETURNING_STATICS.has(`${object.name}.${method}`) && !fn.scope.lookup(object.name)) return true;
        if (ARRAY_RETURNING_METHODS.has(method) && (method === 'split' || isKnownArray(ctx, callee.object, fn, depth + 1))) return true;
      }
      const site = fn.calls.find((s) => s.node === expression);
      const target = site ? ctx.target(site) : null;
      return target?.kind === 'api' && !target.guessed && ARRAY_RETURNING_APIS.has(target.name);
    }
    case 'Identifier': {
      const binding = fn.scope.lookup(expression.name);
      if (!binding) return false;
      if (binding.kind === 'param') {
        const param = paramNode(binding.fn, expression.name);
        return param !== null && isArrayType(param.typeAnnotation?.typeAnnotation);
      }
      if (binding.kind !== 'value' || binding.path.length > 0) return false;
      const declarator = parentOf(binding.init);
      if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && isArrayType(declarator.id.typeAnnotation?.typeAnnotation)) return true;
      if (binding.assigned.length > 0) return false;
      return isKnownArray(ctx, binding.init, binding.scope.owner ?? ctx.model.moduleFn, depth + 1);
    }
    default:
      return false;
  }
}

function paramNode(fn: FunctionInfo, name: string): TSESTree.Identifier | null {
  if (fn.node.type === 'Program') return null;
  for (const param of fn.node.params) {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    if (target.type === 'Identifier' && target.name === name) return target;
  }
  return null;
}

function isArrayType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.type === 'TSArrayType' || type.type === 'TSTupleType') return true;
  if (type.type === 'TSTypeOperator' && type.operator === 'readonly') return isArrayType(type.typeAnnotation);
  return type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && (type.typeName.name === 'Array' || type.typeName.name === 'ReadonlyArray');
}

/** Offsets inside template literals or strings, where a line's leading whitespace is content. */
export function protectedRanges(ctx: FixContext, root: Node): [number, number][] {
  const ranges: [number, number][] = [];
  walkAll(root, (node) => {
    if (node.type === 'TemplateElement' || (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'JSXText') ranges.push([node.range[0], node.range[1]]);
  });
  return ranges;
}

/**
 * The statements of a block (or a single statement) as text re-indented to `indent`, with `replacements`
 * (offsets in the file) applied. Comments inside the block are kept.
 */
export function renderBody(ctx: FixContext, body: Node, indent: string, replacements: TextEdit[] = []): string {
  let start: number;
  let end: number;
  if (body.type === 'BlockStatement') {
    start = body.range[0] + 1;
    end = body.range[1] - 1;
    if (/^[ \t]*$/.test(ctx.text.slice(start, lineEndOf(ctx.text, start)))) start = nextLineStart(ctx.text, start);
    if (start > end) start = end;
    const lastLine = lineStartOf(ctx.text, end);
    if (lastLine >= start && /^[ \t]*$/.test(ctx.text.slice(lastLine, end))) end = lastLine;
  } else {
    start = body.range[0];
    end = body.range[1];
  }
  const startsAtLine = /^[ \t]*$/.test(ctx.text.slice(lineStartOf(ctx.text, start), start)) && lineStartOf(ctx.text, start) === start;
  if (!startsAtLine) {
    // Inline body (`{ await f(x); }`) or a statement after the loop header: its own line.
    const inner = ctx.text.slice(start, end);
    const rendered = applyEdits(inner, replacements.map((r) => ({ start: r.start - start, end: r.end - start, newText: r.newText })));
    const trimmed = rendered.trim();
    if (trimmed === '') return '';
    return indent + reindentLines(trimmed, indentationAt(ctx.text, start), indent);
  }
  const protectedSpans = protectedRanges(ctx, body);
  let firstLine = '';
  for (let lineStart = start; lineStart < end; lineStart = nextLineStart(ctx.text, lineStart)) {
    const line = ctx.text.slice(lineStart, lineEndOf(ctx.text, lineStart));
    if (line.trim() !== '') {
      firstLine = /^[ \t]*/.exec(line)![0];
      break;
    }
    if (nextLineStart(ctx.text, lineStart) === lineStart) break;
  }
  const edits: TextEdit[] = [...replacements.map((r) => ({ start: r.start - start, end: r.end - start, newText: r.newText }))];
  for (let lineStart = start; lineStart < end; lineStart = nextLineStart(ctx.text, lineStart)) {
    if (protectedSpans.some(([a, b]) => a < lineStart && lineStart < b)) continue;
    if (replacements.some((r) => r.start < lineStart && lineStart < r.end)) continue;
    const leading = /^[ \t]*/.exec(ctx.text.slice(lineStart, lineEndOf(ctx.text, lineStart)))![0];
    const blank = lineEndOf(ctx.text, lineStart) === lineStart + leading.length;
    const replacement = blank ? '' : leading.startsWith(firstLine) ? indent + leading.slice(firstLine.length) : indent;
    if (replacement !== leading) edits.push({ start: lineStart - start, end: lineStart - start + leading.length, newText: replacement });
    if (nextLineStart(ctx.text, lineStart) === lineStart) break;
  }
  let rendered = applyEdits(ctx.text.slice(start, end), edits);
  rendered = rendered.replace(/(\r?\n)+$/, '');
  return rendered;
}

/** Re-indents the continuation lines of a snippet that was indented by `from`. */
function reindentLines(snippet: string, from: string, to: string): string {
  return snippet
    .split('\n')
    .map((line, i) => (i === 0 || line.trim() === '' ? line.replace(/^[ \t]+$/, '') : line.startsWith(from) ? to + line.slice(from.length) : to + line.replace(/^[ \t]*/, '')))
    .join('\n');
}

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear', 'append']);

export interface OrderedPush {
  statement: TSESTree.ExpressionStatement;
  array: string;
  value: Node;
  declaration: TSESTree.VariableDeclaration;
}

export interface BodyFacts {
  push: OrderedPush | null;
}

/**
 * Checks that the body of `loop` can run as independent callbacks: no continue, labels or yield, no var, and no
 * writes to variables declared outside it except one unconditional `results.push(value)` as its last statement
 * into a fresh empty array declared before the loop. `declared` holds the loop's own variables.
 */
export function checkBody(ctx: FixContext, loop: Node, body: Node, declared: Set<string>): BodyFacts | { reason: string } {
  const inside = new Set(declared);
  walkAll(body, (node) => {
    if (node.type === 'VariableDeclarator') for (const name of patternNames(node.id)) inside.add(name);
    else if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) inside.add(node.id.name);
    else if (isFunctionNode(node)) for (const param of node.params) for (const name of patternNames(param)) inside.add(name);
    else if (node.type === 'CatchClause' && node.param) for (const name of patternNames(node.param)) inside.add(name);
  });
  let reason: string | null = null;
  const pushes: TSESTree.CallExpression[] = [];
  walkAll(body, (node) => {
    if (reason) return false;
    const inNestedFunction = crossesFunction(node, body);
    switch (node.type) {
      case 'ContinueStatement':
        if (!inNestedFunction && (node.label || nearestLoop(node, body) === null)) reason = 'the body uses `continue`, which has no meaning in a callback';
        break;
      case 'LabeledStatement':
        reason = 'the body uses labels';
        break;
      case 'YieldExpression':
        if (!inNestedFunction) reason = 'the body uses `yield`';
        break;
      case 'VariableDeclaration':
        if (node.kind === 'var' && !inNestedFunction) reason = `the body declares \`var ${node.declarations.map((d) => textOf(ctx, d.id)).join(', ')}\`, which is visible after the loop`;
        break;
      case 'AssignmentExpression':
      case 'UpdateExpression': {
        const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
        const names = target.type === 'ObjectPattern' || target.type === 'ArrayPattern' ? patternNames(target) : [rootName(target) ?? `this`];
        const outer = names.find((name) => !inside.has(name));
        if (outer) reason = `the body writes to \`${outer === 'this' ? textOf(ctx, target) : outer}\`, declared outside the loop: the iterations would race on it`;
        break;
      }
      case 'UnaryExpression':
        if (node.operator === 'delete') {
          const name = rootName(node.argument);
          if (!name || !inside.has(name)) reason = 'the body deletes a property of an object declared outside the loop';
        }
        break;
      case 'ForOfStatement':
      case 'ForInStatement':
        if (node.left.type !== 'VariableDeclaration') {
          const name = rootName(node.left);
          if (!name || !inside.has(name)) reason = `the body assigns \`${textOf(ctx, node.left)}\` in a loop header, declared outside the loop`;
        }
        break;
      case 'CallExpression': {
        const callee = unwrapExpression(node.callee);
        if (callee.type !== 'MemberExpression' || callee.computed) break;
        const method = keyName(callee.property);
        if (!MUTATORS.has(method)) break;
        const root = rootName(callee.object);
        if (root && inside.has(root)) break;
        if (method === 'push' && !inNestedFunction) pushes.push(node);
        else reason = `the body calls \`${textOf(ctx, callee)}()\` on ${root ? `\`${root}\`, declared outside the loop` : 'an object from outside the loop'}: the iterations would change it in a different order`;
        break;
      }
      default:
        break;
    }
    return true;
  });
  if (reason) return { reason };
  if (pushes.length === 0) return { push: null };
  if (pushes.length > 1) return { reason: 'the body pushes into outer arrays more than once' };
  return orderedPush(ctx, loop, body, pushes[0]);
}

function orderedPush(ctx: FixContext, loop: Node, body: Node, call: TSESTree.CallExpression): BodyFacts | { reason: string } {
  const callee = unwrapExpression(call.callee) as TSESTree.MemberExpression;
  const object = unwrapExpression(callee.object);
  const statement = parentOf(call);
  const statements = body.type === 'BlockStatement' ? body.body : [body];
  if (object.type !== 'Identifier') return { reason: `the body pushes into \`${textOf(ctx, callee.object)}\`, not a local array` };
  const array = object.name;
  if (statement?.type !== 'ExpressionStatement' || statements[statements.length - 1] !== statement) {
    return { reason: `\`${array}.push()\` is not the last statement of the body, so the results cannot be returned in order` };
  }
  if (call.arguments.length !== 1 || call.arguments[0].type === 'SpreadElement') return { reason: `\`${array}.push()\` does not push exactly one value` };
  let uses = 0;
  walkAll(body, (node) => {
    if (node.type === 'Identifier' && node.name === array) {
      const parent = parentOf(node);
      if (!(parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)) uses++;
    }
  });
  if (uses !== 1) return { reason: `the body reads \`${array}\` while it is being filled` };
  const fn = enclosingFunction(ctx, loop);
  const binding = fn.scope.lookup(array);
  const reasonNotFresh = { reason: `\`${array}\` is not a fresh empty array declared before the loop, so its order cannot be kept` };
  if (binding?.kind !== 'value' || binding.path.length > 0 || binding.assigned.length > 0) return reasonNotFresh;
  const init = unwrapExpression(binding.init);
  const declarator = parentOf(binding.init);
  const declaration = declarator ? parentOf(declarator) : undefined;
  if (init.type !== 'ArrayExpression' || init.elements.length > 0 || declaration?.type !== 'VariableDeclaration' || declaration.declarations.length !== 1) return reasonNotFresh;
  if (declaration.kind !== 'const' && declaration.kind !== 'let') return reasonNotFresh;
  const loopStatement = parentOf(loop)?.type === 'LabeledStatement' ? parentOf(loop)! : loop;
  const list = parentOf(loopStatement);
  const siblings = list?.type === 'BlockStatement' || list?.type === 'Program' ? (list.body as Node[]) : list?.type === 'SwitchCase' ? list.consequent : [];
  const from = siblings.indexOf(declaration);
  const to = siblings.indexOf(loopStatement);
  if (from < 0 || to < 0 || from > to) return reasonNotFresh;
  for (const between of siblings.slice(from + 1, to)) {
    let mentions = false;
    walkAll(between, (node) => {
      if (node.type === 'Identifier' && node.name === array) mentions = true;
    });
    if (mentions) return { reason: `\`${array}\` is used between its declaration and the loop` };
  }
  return { push: { statement, array, value: call.arguments[0] as Node, declaration } };
}

function crossesFunction(node: Node, root: Node): boolean {
  for (let current = parentOf(node); current && current !== root; current = parentOf(current)) if (isFunctionNode(current)) return true;
  return false;
}

/** The loop between `node` and `root` that a plain `continue` would continue, or null when it is the outer loop. */
function nearestLoop(node: Node, root: Node): Node | null {
  for (let current = parentOf(node); current && current !== root; current = parentOf(current)) if (LOOP_TYPES.has(current.type)) return current;
  return null;
}

/** Pattern text without its TypeScript annotation. */
export function patternText(ctx: FixContext, pattern: Node): string {
  const annotation = (pattern as { typeAnnotation?: Node }).typeAnnotation;
  if (!annotation) return textOf(ctx, pattern);
  const text = ctx.text.slice(pattern.range[0], annotation.range[0]).trimEnd();
  return (pattern as { optional?: boolean }).optional ? text.replace(/\?$/, '') : text;
}

export { childNodes };
