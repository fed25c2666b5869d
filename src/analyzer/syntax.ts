import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from './model';

/** Strips TypeScript-only wrappers and optional chains that do not change the value. */
export function unwrapExpression(node: TSESTree.Expression | TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** Name of a property key, import/export specifier or identifier. */
export function keyName(key: Node): string {
  switch (key.type) {
    case 'Identifier':
      return key.name;
    case 'PrivateIdentifier':
      return `#${key.name}`;
    case 'Literal':
      return String(key.value);
    case 'MemberExpression':
      // `[Symbol.iterator]() {...}`: what for...of, spreading and Array.from call.
      return isWellKnownSymbol(key) ? `[Symbol.${(key.property as TSESTree.Identifier).name}]` : '<computed>';
    default:
      return '<computed>';
  }
}

/** The keys of the methods iterating an object calls: the sync and async iterator protocols. */
export const ITERATOR_KEY = '[Symbol.iterator]';
export const ASYNC_ITERATOR_KEY = '[Symbol.asyncIterator]';

function isWellKnownSymbol(key: TSESTree.MemberExpression): boolean {
  return !key.computed && key.object.type === 'Identifier' && key.object.name === 'Symbol' && key.property.type === 'Identifier' && (key.property.name === 'iterator' || key.property.name === 'asyncIterator');
}

export function nodeText(node: Node, text: string): string {
  return text.slice(node.range[0], node.range[1]);
}

/** Last name of a call's callee: `a.b.c()` -> c, `f()` -> f. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return keyName(callee.property);
  return null;
}

/**
 * `__classPrivateFieldGet(this, _Pool_queue, "f")` (TypeScript) or `_classPrivateFieldSet(this, _queue, value)`
 * (Babel): a compiled `this.#queue` read or write, keyed by the WeakMap that stands for the field; `value` for a write.
 */
export function thisPrivateFieldAccess(call: TSESTree.CallExpression): { key: string; value?: TSESTree.Expression } | null {
  const name = calleeName(call);
  const helper = name === null ? null : babelHelperName(name);
  const write = helper !== null && PRIVATE_FIELD_SET.test(helper);
  if (!write && (helper === null || !PRIVATE_FIELD_GET.test(helper))) return null;
  const [receiver, field, value] = call.arguments;
  if (receiver?.type !== 'ThisExpression' || field?.type !== 'Identifier') return null;
  if (!write) return { key: `#${field.name}` };
  return value && value.type !== 'SpreadElement' ? { key: `#${field.name}`, value } : null;
}

const PRIVATE_FIELD_GET = /^__?classPrivateFieldGet$/;
const PRIVATE_FIELD_SET = /^__?classPrivateFieldSet$/;

/**
 * Babel's name for a compiler helper: SWC names the same helpers in snake case (`_class_call_check` is
 * `_classCallCheck`, `_async_to_generator._` is `_asyncToGenerator._`), so name patterns are written once, in Babel's
 * case. Leading underscores stay (`__awaiter`).
 */
export function babelHelperName(name: string): string {
  return SNAKE_CASE_JOINT.test(name) ? name.replace(SNAKE_CASE_JOINTS, (_, letter: string) => letter.toUpperCase()) : name;
}

const SNAKE_CASE_JOINT = /[a-z0-9]_[a-z0-9]/;
const SNAKE_CASE_JOINTS = /(?<=[a-z0-9])_([a-z0-9])/g;

/** `X` of `X.prototype`, or null for anything else. */
export function prototypeOwner(node: Node | undefined): Node | null {
  const target = node && unwrapExpression(node as TSESTree.Expression);
  return target?.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' && target.property.name === 'prototype' ? target.object : null;
}

/** Methods that keep their argument in a collection (`handlers.push(fn)`, `table.set(name, fn)`) rather than use it. */
export const STORING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'set', 'add']);
/** `a === b` and its kin: an (in)equality test. */
export const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['==', '!=', '===', '!==']);

/** `util.inherits`, `inherits`, and compilers' `_inherits` / `_inheritsLoose` helpers, by name. */
export function isInheritsFunctionName(name: string): boolean {
  return INHERITS_FUNCTION_NAME.test(babelHelperName(name));
}

const INHERITS_FUNCTION_NAME = /^_{0,2}inherits(Loose)?$/;

/** `headers` for `headers`, `res.headers` and `this.headers`. */
export function lastName(node: Node): string | null {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'Identifier') return target.name;
  return target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' ? target.property.name : null;
}

/**
 * `hash.update(url)`, `filename.replace(/"/g, '')`, `this.key`: a value named as an identifier, address, file name,
 * header field or format mask, a few dozen characters.
 */
export function namesShortString(node: Node): boolean {
  const name = lastName(node);
  return name !== null && (SHORT_STRING_NAME.test(name) || SHORT_STRING_SUFFIX.test(name));
}

/** `templatePath`, `baseFilePath`, `userId`, `baseUrl`, `cacheKey`: a camel-case name ending in one of those words. */
const SHORT_STRING_SUFFIX = /[a-z0-9](?:Url|Uri|Href|Key|Id|Uuid|Name|Hostname|Host|Email|Username|Prefix|Suffix|Label|Version|FileName|Filename|Ext|Extension|Dir|Dirname|Directory|FilePath|Path|Pathname)$/;

const SHORT_STRING_NAME = /^_?(?:url|uri|href|key|cacheKey|id|uuid|name|hostname|host|email|username|salt|prefix|suffix|label|version|file_?name|basename|ext|extension|field|fieldName|headerName|mask|cwd|dir|dirname|directory|file_?path|pathname|arg|secret)$/i;

const ERROR_NAME = /^(?:e|er|err|error)$|(?:Err|Error)$/;
const SHORT_ERROR_NAME = /^(?:e|er)$/;

/**
 * `err`, `error`, `lastError`, `cacheEntry.error`: a value named as an error; with `shortNames`, also `e` and `er`,
 * which a minifier gives any value.
 */
export function namesError(node: Node, shortNames = true): boolean {
  const name = node.type === 'Identifier' || node.type === 'MemberExpression' ? lastName(node) : null;
  return name !== null && ERROR_NAME.test(name) && (shortNames || !SHORT_ERROR_NAME.test(name));
}

/** The callee as written, on one line and shortened for messages. */
export function calleeText(node: Node, text: string): string {
  const raw = nodeText(node, text).replace(/\s+/g, ' ');
  return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
}

/** Names a binding pattern declares: `{ a, b: [c], ...d }` -> a, c, d. */
export function patternNames(pattern: Node): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'TSParameterProperty':
      return patternNames(pattern.parameter);
    default:
      return [];
  }
}

/** `a.b.c` -> ['a','b','c'] when every step is a plain name; with `fromThis`, `this.a.b` -> ['this','a','b'] too. */
export function memberPath(node: Node, fromThis = false): string[] | null {
  const parts: string[] = [];
  let current: Node = node;
  while (current.type === 'MemberExpression') {
    if (current.computed) {
      if (current.property.type !== 'Literal' || typeof current.property.value !== 'string') return null;
      parts.push(current.property.value);
    } else {
      parts.push(keyName(current.property));
    }
    current = unwrapExpression(current.object as TSESTree.Expression);
  }
  if (current.type === 'Identifier') parts.push(current.name);
  else if (fromThis && current.type === 'ThisExpression') parts.push('this');
  else return null;
  return parts.reverse();
}

/** `./util`, `../lib/x`, `/abs/path`: a file of the program, not a package. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

/** `xs.length`. */
export function isLengthRead(node: Node): node is TSESTree.MemberExpression {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'length';
}

/** `'fs'` of `require('fs')`; undefined for any other expression. */
export function requiredSpecifier(node: Node): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(node.callee);
  const first = node.arguments[0];
  if (callee.type !== 'Identifier' || callee.name !== 'require' || !first) return undefined;
  if (first.type === 'Literal') return typeof first.value === 'string' ? first.value : undefined;
  return dirnameRelative(first);
}

/** `__dirname + '/lib/dbf'`, `` `${__dirname}/lib/dbf` ``: a file beside the module, as `./lib/dbf`. */
function dirnameRelative(node: Node): string | undefined {
  let rest: unknown;
  if (node.type === 'BinaryExpression' && node.operator === '+' && node.left.type === 'Identifier' && node.left.name === '__dirname' && node.right.type === 'Literal') rest = node.right.value;
  else if (node.type === 'TemplateLiteral' && node.expressions.length === 1 && node.quasis[0].value.cooked === '' && node.expressions[0].type === 'Identifier' && node.expressions[0].name === '__dirname') rest = node.quasis[1].value.cooked;
  return typeof rest === 'string' && rest.startsWith('/') && rest.length > 1 ? `.${rest}` : undefined;
}

/** The value at the end of chained assignments: in `var X = module.exports = function () {}`, the function. */
export function assignmentChainEnd(node: Node): Node {
  let value = unwrapExpression(node as TSESTree.Expression);
  while (value.type === 'AssignmentExpression' && value.operator === '=') value = unwrapExpression(value.right);
  return value;
}

/** `read` of `read.bind(null, file)`: the function a `bind` call binds; undefined for any other expression. */
export function boundFunction(node: Node): TSESTree.Expression | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(node.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'bind' ? callee.object : undefined;
}

/** The value an object literal writes for `name` (the last one written wins), or null. */
export function findProperty(object: TSESTree.ObjectExpression, name: string): Node | null {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    if (property.type !== 'Property' || property.computed && property.key.type !== 'Literal') continue;
    if (keyName(property.key) === name) return property.value;
  }
  return null;
}

/** Whether `inner` lies inside `outer` in the text. */
export function isWithin(inner: Node, outer: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** `typeof x === 'undefined'`, `x === undefined`, `x == null`, or one of them in an `&&`: true when `name` was left out. */
export function testsMissing(test: Node, name: string): boolean {
  const expression = unwrapExpression(test as TSESTree.Expression);
  if (expression.type === 'LogicalExpression') return expression.operator === '&&' && (testsMissing(expression.left, name) || testsMissing(expression.right, name));
  if (expression.type !== 'BinaryExpression' || (expression.operator !== '===' && expression.operator !== '==')) return false;
  const isName = (node: Node): boolean => node.type === 'Identifier' && node.name === name;
  const isAbsent = (node: Node): boolean => (node.type === 'Identifier' && node.name === 'undefined') || (node.type === 'UnaryExpression' && node.operator === 'void') || (expression.operator === '==' && node.type === 'Literal' && node.value === null);
  const isUndefinedText = (node: Node): boolean => node.type === 'Literal' && node.value === 'undefined';
  const [left, right] = [unwrapExpression(expression.left as TSESTree.Expression), unwrapExpression(expression.right)];
  return (isTypeofName(left, name) && isUndefinedText(right)) || (isTypeofName(right, name) && isUndefinedText(left)) || (isName(left) && isAbsent(right)) || (isName(right) && isAbsent(left));
}

/** `typeof name`. */
export function isTypeofName(node: Node, name: string): boolean {
  if (node.type !== 'UnaryExpression' || node.operator !== 'typeof') return false;
  const argument = unwrapExpression(node.argument);
  return argument.type === 'Identifier' && argument.name === name;
}

/** A helper that compilers emit around `require` for ES module interop, by name. */
export function isInteropHelper(name: string): boolean {
  return INTEROP_HELPERS.has(babelHelperName(name));
}

const INTEROP_HELPERS: ReadonlySet<string> = new Set([
  // Babel's and SWC's, TypeScript's, esbuild's
  '_interopRequireDefault', '_interopRequireWildcard', '__importDefault', '__importStar', '__toESM', '__toCommonJS', 'interopRequireDefault',
  // Rollup's
  '_interopDefault', '_interopDefaultLegacy', '_interopNamespace', '_interopNamespaceDefault', '_interopNamespaceDefaultOnly',
]);

/**
 * Helpers that compile an async function to a generator and drive it to its end: Babel's `_asyncToGenerator(function* () {})`
 * (a function running it when called), TypeScript's `__awaiter` and esbuild's `__async` (running it at once).
 */
export function isAsyncFunctionHelper(name: string): boolean {
  return ASYNC_FUNCTION_HELPERS.has(babelHelperName(name));
}

const ASYNC_FUNCTION_HELPERS: ReadonlySet<string> = new Set(['_asyncToGenerator', '__awaiter', '__async']);

/**
 * The argument at `index` of the call that invokes a function expression where it is written: `(function (a) {...})(x)`,
 * or `(function (a) {...}).call(this, x)` (after `this`). Null when the function is not called so; undefined when
 * that argument is missing or spread.
 */
export function immediateCallArgument(fn: Node, index: number): Node | undefined | null {
  const parent = (fn as { parent?: Node }).parent;
  let call: TSESTree.CallExpression | undefined;
  let offset = 0;
  if (parent?.type === 'CallExpression' && parent.callee === fn) call = parent;
  else if (parent?.type === 'MemberExpression' && parent.object === fn && !parent.computed && parent.property.type === 'Identifier' && parent.property.name === 'call') {
    const grand = (parent as { parent?: Node }).parent;
    if (grand?.type === 'CallExpression' && grand.callee === parent) {
      call = grand;
      offset = 1;
    }
  }
  if (!call) return null;
  const arg = call.arguments[index + offset];
  return arg && arg.type !== 'SpreadElement' ? arg : undefined;
}

/** `{ return x; }`: the expression a body of one return statement returns. */
export function soleReturned(body: TSESTree.BlockStatement | null | undefined): TSESTree.Expression | undefined {
  const only = body?.body.length === 1 ? body.body[0] : undefined;
  return only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
}
