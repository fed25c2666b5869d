// How much work a loop stands for, from its syntax alone: 1 for a pass over data, 0.5 over an object's keys, 0.4
// over a few entries (settings, the segments of a name), 0 when a constant or something small whatever the input
// bounds it (the bits of a number, a run of whitespace, the directories above a path).
import type { TSESTree } from '@typescript-eslint/types';
import { Scope, type AssignedValue, type Binding, type Node } from './model';
import { STORING_METHODS, calleeName, findProperty, isInteropHelper, isLengthRead, lastName, memberPath, namesShortString, requiredSpecifier, soleReturned, unwrapExpression } from './syntax';
import { isSmallRuntimeCollection, lookupApi } from './knowledge';
import { FUNCTION_TYPES, walkWithinFunction } from './walk';
import { forEachExitTestBefore } from './control-flow';

/** A collection written out with up to this many elements is small. */
export const SMALL_LITERAL_ARRAY = 32;
/** A string written out with up to this many characters is walked in constant time. */
const SMALL_LITERAL_STRING = 1024;

/** The size of a loop over the keys of settings or of a module: fewer than a list's elements, yet not none. */
const OBJECT_KEYS_SIZE = 0.5;

/**
 * The keys of an object the program is given or builds (`for (k in obj)`, `Object.keys(levels)`) are its data: a full
 * pass. Settings (`opts`, `props`, defaults written out and overwritten key by key) and a module's members keep a few.
 */
function objectKeysSize(object: Node, scope: Scope): number {
  const target = withoutEmptyFallback(unwrapExpression(object));
  const binding = target.type === 'Identifier' ? scope.lookup(target.name) : undefined;
  if (binding?.kind === 'value' && binding.keyedWrites && binding.path.length === 0 && isEmptyObject(binding.init)) return 1;
  // The environment holds the variables of the whole session: its keys are a list to walk.
  if (isProcessEnvironment(target, scope)) return 1;
  // An imported object is a module or a table another module writes out (`Object.keys(types.handlers)` too).
  if (binding?.kind === 'import' || moduleOf(target, scope) !== undefined || isModuleMember(target, scope)) return OBJECT_KEYS_SIZE;
  return isSettingsValue(target, scope) || SETTINGS_OBJECT_NAME.test(lastName(target) ?? '') || inHeadersClass(scope) ? OBJECT_KEYS_SIZE : 1;
}

/** `process.env`, or a variable or parameter named `env` (`env = env || process.env`). */
function isProcessEnvironment(node: Node, scope: Scope): boolean {
  return node.type === 'Identifier' ? node.name === 'env' : isProcessEnv(node, scope);
}

/** `process.env` itself. */
function isProcessEnv(node: Node, scope: Scope): boolean {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'env' && moduleOf(unwrapExpression(node.object), scope) === 'process';
}

/** In a method of a class of header fields (`class Headers`): the objects it walks are a message's few fields. */
function inHeadersClass(scope: Scope): boolean {
  for (let fn = scope.owner; fn; fn = fn.parent) if (fn.classInfo) return /Headers$/.test(fn.classInfo.name);
  return false;
}

/** `index_1.typeHandlers` with `const index_1 = require('./types/index')`: a member of a module. */
function isModuleMember(node: Node, scope: Scope): boolean {
  if (node.type !== 'MemberExpression') return false;
  let root: Node = node;
  while (root.type === 'MemberExpression') root = unwrapExpression(root.object as TSESTree.Expression);
  if (root.type !== 'Identifier') return false;
  return scope.lookup(root.name)?.kind === 'import' || moduleOf(root, scope) !== undefined;
}

/** Names of objects whose keys configure or describe a thing rather than hold the data it works on. */
const SETTINGS_OBJECT_NAME = /^_?(?:opt|props|properties|defaults|defaultOptions|methods|attrs|attributes|params|fields|overrides|extra|extras|meta|metadata|query|qs)$/;

/** `options.headers || {}`: the object, when there is one. */
function withoutEmptyFallback(node: Node): Node {
  if (node.type !== 'LogicalExpression' || node.operator === '&&') return node;
  const fallback = unwrapExpression(node.right);
  return fallback.type === 'ObjectExpression' && fallback.properties.length === 0 ? unwrapExpression(node.left) : node;
}

/** The variable a `for...in` or `for...of` names each key or element by. */
function loopVariable(loop: TSESTree.ForInStatement | TSESTree.ForOfStatement): string | null {
  const left = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
  return left?.type === 'Identifier' ? left.name : null;
}

/**
 * A pass over `Object.keys(src)` whose body (`key` naming each key) only copies entries, `for (const k of
 * Object.keys(src)) t[k] = src[k]` or `Object.keys(src).forEach((k) => { t[k] = src[k]; })`: a few keys, whatever
 * `size` the keys alone would have.
 */
export function sizeOfKeysCopy(size: number, iterated: Node, body: Node, key: string | null): number {
  const call = unwrapExpression(iterated as TSESTree.Expression);
  return size > OBJECT_KEYS_SIZE && call.type === 'CallExpression' && isObjectEntriesCall(call) && copiesEntries(body, key) ? OBJECT_KEYS_SIZE : size;
}

/**
 * `for (k in src) target[k] = src[k]`, `Object.keys(b).forEach((k) => { a[k] = b[k]; })`: a shallow copy or merge of
 * an object's entries, as option and mixin helpers make; each statement (guards allowed) stores one entry by the key.
 */
function copiesEntries(body: Node, key: string | null): boolean {
  if (key === null) return false;
  const statements = body.type === 'BlockStatement' ? body.body : [body];
  return statements.length > 0 && statements.every((statement) => storesEntry(statement, key));
}

function storesEntry(statement: Node, key: string): boolean {
  if (statement.type === 'IfStatement') return storesEntry(statement.consequent, key) && (!statement.alternate || storesEntry(statement.alternate, key));
  if (statement.type === 'BlockStatement') return statement.body.length > 0 && statement.body.every((inner) => storesEntry(inner, key));
  if (statement.type === 'ContinueStatement') return true;
  if (statement.type !== 'ExpressionStatement') return false;
  const assignment = unwrapExpression(statement.expression);
  if (assignment.type !== 'AssignmentExpression' || assignment.operator !== '=') return false;
  const left = assignment.left;
  // `value = ref[key]; this.options[key] = value`: the entry read into a variable on its way.
  if (left.type === 'Identifier') return readsEntry(assignment.right, key);
  if (left.type !== 'MemberExpression' || !left.computed) return false;
  // `target[key] = ...`, or under a normalised key: `headers[name.toLowerCase()] = source[name]`.
  const stored = unwrapExpression(left.property);
  const normalised = stored.type === 'CallExpression' && stored.arguments.length === 0 && stored.callee.type === 'MemberExpression' ? unwrapExpression(stored.callee.object) : stored;
  return normalised.type === 'Identifier' && normalised.name === key;
}

/** `source[key]`: the entry under the loop's key. */
function readsEntry(node: Node, key: string): boolean {
  const read = unwrapExpression(node as TSESTree.Expression);
  if (read.type !== 'MemberExpression' || !read.computed) return false;
  const property = unwrapExpression(read.property);
  return property.type === 'Identifier' && property.name === key;
}

/** A `for...in` whose body only leaves the loop, at once or once the key is the object's own. */
function leavesAtFirstKey(loop: TSESTree.ForInStatement): boolean {
  let body: Node = loop.body;
  if (body.type === 'BlockStatement' && body.body.length === 1) body = body.body[0];
  if (body.type === 'IfStatement' && !body.alternate && isOwnKeyTest(body.test)) {
    body = body.consequent;
    if (body.type === 'BlockStatement' && body.body.length === 1) body = body.body[0];
  }
  return body.type === 'ReturnStatement' || body.type === 'BreakStatement';
}

/** `obj.hasOwnProperty(k)`, `Object.prototype.hasOwnProperty.call(obj, k)`, `Object.hasOwn(obj, k)`, `has(obj, k)`. */
function isOwnKeyTest(test: Node): boolean {
  const call = unwrapExpression(test as TSESTree.Expression);
  if (call.type !== 'CallExpression') return false;
  let callee = unwrapExpression(call.callee);
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'call') callee = unwrapExpression(callee.object);
  // By the method's own name, whatever holds it: `this.table.hasOwnProperty(k)` too.
  const name = lastName(callee);
  return name !== null && OWN_KEY_TESTS.has(name);
}

const OWN_KEY_TESTS: ReadonlySet<string> = new Set(['hasOwnProperty', 'hasOwn', 'has']);

/** `{}` or `Object.create(...)`: an object with no keys yet. */
export function isEmptyObject(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'ObjectExpression') return value.properties.length === 0;
  return value.type === 'CallExpression' && memberPath(value.callee)?.join('.') === 'Object.create';
}

/**
 * The size of a loop over a few entries whatever the data: settings, the segments of a name. Below half a pass, so
 * that one such loop inside another (each setting's values) stays below one pass over the input.
 */
export const FEW_ENTRIES_SIZE = 0.4;

/**
 * `while (1) switch (_context.prev = _context.next) { case 0: ... }`: an async function or generator compiled by
 * regenerator, which runs one step per turn, from one await or yield to the next; no pass over data.
 */
function isGeneratorStateMachine(node: Node): boolean {
  if (node.type !== 'WhileStatement' && node.type !== 'ForStatement') return false;
  let body: Node = node.body;
  if (body.type === 'BlockStatement' && body.body.length === 1) body = body.body[0];
  if (body.type !== 'SwitchStatement') return false;
  const step = unwrapExpression(body.discriminant);
  return step.type === 'AssignmentExpression' && step.left.type === 'MemberExpression' && lastName(step.left) === 'prev' && step.right.type === 'MemberExpression' && lastName(step.right) === 'next';
}

/** Comparisons that end a counting loop at a bound. */
export const BOUNDING_COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '!==', '!=']);

/** The text a condition loop matches a pattern over: `while (RE.exec(text))`, `while ((m = re.exec(text)) !== null)`. */
export function execLoopSubject(loop: Node): Node | undefined {
  if (loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') return undefined;
  let test: Node = unwrapExpression(loop.test);
  if (test.type === 'BinaryExpression' && (test.operator === '!==' || test.operator === '!=') && test.right.type === 'Literal' && test.right.value === null) test = unwrapExpression(test.left as TSESTree.Expression);
  if (test.type === 'AssignmentExpression' && test.operator === '=') test = unwrapExpression(test.right);
  if (test.type !== 'CallExpression' || test.arguments.length !== 1 || test.arguments[0].type === 'SpreadElement') return undefined;
  const callee = unwrapExpression(test.callee);
  const isExec = callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'exec';
  return isExec ? test.arguments[0] : undefined;
}

/** Array methods whose callback gets the element second: `fns.reduce((prev, fn) => fn(prev), input)`. */
const ELEMENT_SECOND_METHODS = new Set(['reduce', 'reduceRight']);

/**
 * `for (const hook of hooks) hook(event)`, `fns.reduce((prev, fn) => fn(prev), input)`: a loop that calls each
 * element runs a list of functions (a pipeline, hooks, middleware), which the program writes or registers: a few.
 */
export function callsEachElement(loop: Node): boolean {
  let element: string | undefined;
  let body: Node | undefined;
  if (loop.type === 'ForOfStatement') {
    const declared = loop.left.type === 'VariableDeclaration' ? loop.left.declarations[0]?.id : loop.left;
    element = declared?.type === 'Identifier' ? declared.name : undefined;
    body = loop.body;
  } else if (loop.type === 'CallExpression') {
    const callback = loop.arguments[0];
    const callee = unwrapExpression(loop.callee);
    const method = callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
    if (method && (callback?.type === 'FunctionExpression' || callback?.type === 'ArrowFunctionExpression')) {
      const param = callback.params[ELEMENT_SECOND_METHODS.has(method) ? 1 : 0];
      element = param?.type === 'Identifier' ? param.name : undefined;
      body = callback.body;
    }
  }
  if (!element || !body) return false;
  let called = false;
  walkWithinFunction(body, (node) => {
    if (called) return false;
    if (node.type !== 'CallExpression') return;
    let callee = unwrapExpression(node.callee);
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && (callee.property.name === 'call' || callee.property.name === 'apply')) callee = unwrapExpression(callee.object);
    called = callee.type === 'Identifier' && callee.name === element;
  });
  return called;
}

/** 1 for a loop over data, less over an object's keys or a few entries, 0 for a small constant bound. */
export function loopSize(node: Node, scope: Scope, constantLoopLimit: number): number {
  if (isGeneratorStateMachine(node)) return 0;
  // `while (exp > 0n) { ...; exp >>= 1n; }`: a step per bit of a BigInt, which has thousands in cryptography.
  const halvesNumber = shrinksTestedVariable(node, halvedVariable) && !comparesBigInt(node);
  if (halvesNumber || shrinksTestedVariable(node, (step) => parentDirectoryStep(step, scope)) || skipsWhitespace(node, scope) || breaksAtRunEnd(node, scope) || trimsGivenEnd(node) || padsToWidth(node) || isEuclidean(node)) return 0;
  if (countsUpToConstant(node, scope, constantLoopLimit)) return 0;
  const countdown = countdownLength(node);
  if (countdown !== undefined && countdown <= constantLoopLimit) return 0;
  // `for (b = start; b; b = b.parentBucket)`: up a hierarchy, as many steps as it is deep.
  if (shrinksTestedVariable(node, ancestorStep)) return FEW_ENTRIES_SIZE;
  // `while ((range = ranges.shift()))`: as many rounds as the list it drains has entries.
  const drained = drainedList(node);
  // A list without a plain name (`this.next().queue`) may be refilled anywhere: not sized by its entries.
  const drainedKey = drained ? counterKey(drained) : null;
  if (drained && drainedKey !== null && !refillsList(node, drainedKey)) return sizeOfIterated(drained, scope);
  // `while (len - p > 0) { const n = Math.min(len - p, packetSize); send(slice(p, p + n)); p += n; }`: a chunk at a time.
  if (shrinksTestedVariable(node, (step) => chunkStep(step, node))) return FEW_ENTRIES_SIZE;
  // `while ((m = RE.exec(header)) !== null)`: a step per match, as long as the text matched.
  const matched = execLoopSubject(node);
  if (matched) return sizeOfIterated(matched, scope) === 0 ? 0 : 1;
  switch (node.type) {
    case 'ForOfStatement':
      // `for (const key of Object.keys(size)) total[key] = ...`: a merge of an object's entries.
      return sizeOfKeysCopy(sizeOfIterated(node.right, scope), node.right, node.body, loopVariable(node));
    case 'ForInStatement':
      // The keys of an object written out in the code are a fixed few, and so are the fields of a message's headers.
      // `for (k in obj) if (hasOwn(obj, k)) return false`: leaves at the first key of its own.
      // So are the keys of a small runtime table (`for (name in os.networkInterfaces())`).
      if (isConstantData(node.right, scope) || hasFixedKeys(node.right, scope) || isHeaderMap(node.right) || isSmallRuntimeEntry(node.right, scope) || leavesAtFirstKey(node)) return 0;
      return copiesEntries(node.body, loopVariable(node)) ? OBJECT_KEYS_SIZE : objectKeysSize(node.right, scope);
    case 'ForStatement': {
      const bound = forLoopBound(node);
      if (bound === undefined) return cappedBeforeLoop(node) ? 0 : lengthBoundSize(node);
      return bound <= constantLoopLimit ? 0 : 1;
    }
    default:
      return 1;
  }

  /** The number of iterations when it is a constant: the bound of a counting-up loop, the start of a counting-down one. */
  function forLoopBound(loop: TSESTree.ForStatement): number | undefined {
    const test = loop.test;
    if (!test || test.type !== 'BinaryExpression' || !BOUNDING_COMPARISONS.has(test.operator)) return undefined;
    const counter = counterName(loop);
    if (!counter) return undefined;
    const left = unwrapExpression(test.left as Node);
    const right = unwrapExpression(test.right as Node);
    const bound = left.type === 'Identifier' && left.name === counter ? right : right.type === 'Identifier' && right.name === counter ? left : null;
    if (!bound) return undefined;
    if (countsDown(counterUpdate(loop), counter)) {
      const start = counterStart(loop, counter);
      const end = constantNumber(bound, scope);
      if (start !== undefined && end !== undefined) return Math.abs(start - end);
      // `for (i = o + 7; i >= o; i--)`: down over a window of constant length.
      const window = windowLength(loop, counter, bound);
      return window === undefined ? undefined : Math.abs(window);
    }
    // `for (var i = 0, n = list.length; i < n; i++)`: the loop is sized before its own declarations are bound.
    const declared = bound.type === 'Identifier' ? declaredInHeader(loop, bound.name) : undefined;
    // `for (i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))`: a constant that is no count of steps.
    const update = counterUpdate(loop);
    if (update === null || !incrementsVariable(update, counter)) return windowLength(loop, counter, bound);
    return constantNumber(declared ?? bound, scope) ?? smallParameterDefault(bound, scope) ?? windowLength(loop, counter, bound);
  }

  /**
   * `if (length > 10) return false; for (let i = 0; i < length; i++)`: a counting-up loop whose bound an earlier exit
   * of the function caps at a constant.
   */
  function cappedBeforeLoop(loop: TSESTree.ForStatement): boolean {
    const test = loop.test && unwrapExpression(loop.test);
    const counter = counterName(loop);
    if (test?.type !== 'BinaryExpression' || (test.operator !== '<' && test.operator !== '<=') || !counter || counterKey(test.left as Node) !== counter) return false;
    const bound = counterKey(test.right);
    // The variable (or the object whose length it is) is not set again between the exit and the loop.
    const root = bound?.split('.')[0];
    const binding = root ? scope.lookup(root) : undefined;
    if (!bound || !binding || binding.assigned.length > 0) return false;
    let capped = false;
    let child: Node = loop;
    for (let parent = (loop as { parent?: Node }).parent; parent && !capped && !FUNCTION_TYPES.has(parent.type); child = parent, parent = (parent as { parent?: Node }).parent) {
      forEachExitTestBefore(parent, child, scope, (exitTest) => {
        capped ||= exitCaps(exitTest, bound);
      });
    }
    return capped;
  }

  /** `x > 10`, `10 < x`, `x.length >= 64`, one side of an `||`: true when `bound` is then at most a small constant. */
  function exitCaps(test: Node, bound: string): boolean {
    const target = unwrapExpression(test as TSESTree.Expression);
    if (target.type === 'LogicalExpression' && target.operator === '||') return exitCaps(target.left, bound) || exitCaps(target.right, bound);
    if (target.type !== 'BinaryExpression') return false;
    const [variable, limit] = target.operator === '>' || target.operator === '>=' ? [target.left, target.right] : target.operator === '<' || target.operator === '<=' ? [target.right, target.left] : [null, null];
    if (!variable || !limit || counterKey(variable as Node) !== bound) return false;
    const cap = constantNumber(limit as Node, scope);
    return cap !== undefined && cap <= constantLoopLimit;
  }

  /** `for (let i = 0; i < opts.plugins.length; i++)`: as large as the collection whose length bounds it. */
  function lengthBoundSize(loop: TSESTree.ForStatement): number {
    const test = loop.test && unwrapExpression(loop.test);
    let bound: Node;
    if (test?.type === 'UpdateExpression' && test.operator === '--' && test.argument.type === 'Identifier') {
      // `for (var i = xs.length; i--;)`: counting down from a length, tested as it goes.
      const from = lengthCountedFrom(counterStartExpression(loop, test.argument.name));
      if (!from) return 1;
      bound = from;
    } else {
      if (!test || test.type !== 'BinaryExpression' || !BOUNDING_COMPARISONS.has(test.operator)) return 1;
      const counter = counterName(loop);
      const left = unwrapExpression(test.left as Node);
      const right = unwrapExpression(test.right);
      bound = left.type === 'Identifier' && left.name === counter ? right : left;
      // `for (i = xs.length - 1; i >= 0; i--)`: counting down from a length goes as far as counting up to it.
      if (counter && countsDown(counterUpdate(loop), counter)) bound = lengthCountedFrom(counterStartExpression(loop, counter)) ?? bound;
    }
    // `i < opts.retries`: a count the caller configures.
    if (bound.type === 'MemberExpression' && isOptionsMember(bound) && !(bound.property.type === 'Identifier' && bound.property.name === 'length')) return FEW_ENTRIES_SIZE;
    if (!isLengthRead(bound)) return 1;
    // `for (const nodes = [root]; nodes.length > 0;) { ... nodes.push(node.left) }`: a worklist, as long as its work.
    const listKey = counterKey(bound.object);
    if (listKey !== null && refillsList(loop, listKey)) return 1;
    let collection = unwrapExpression(bound.object);
    if (collection.type === 'Identifier') collection = unchangedInit(collection.name, scope)?.node ?? collection;
    if (isSettingsCollection(collection)) return FEW_ENTRIES_SIZE;
    // A few entries (settings, `file.split('.')`) as for...of over them; an indexed loop over `Object.keys(x)` walks
    // x as a whole.
    const size = sizeOfIterated(bound.object, scope);
    return size === 0 || size === FEW_ENTRIES_SIZE ? size : 1;
  }

  /** `for (let i = offset; i < offset + 148; i++)`, `i = offset + 156; i < offset + 512`: a window of constant length. */
  function windowLength(loop: TSESTree.ForStatement, counter: string, bound: Node): number | undefined {
    const start = counterStartExpression(loop, counter);
    const from = start && offsetFrom(start);
    const to = offsetFrom(bound);
    return from && to && from.base === to.base ? to.offset - from.offset : undefined;
  }

  /**
   * `let i = offset + 8; while (i-- > offset)`: a counter counted down in the test over a window of constant length,
   * from the value the statement before the loop gives it; the body leaves the counter alone.
   */
  function countdownLength(loop: Node): number | undefined {
    if ((loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') || loop.test.type !== 'BinaryExpression') return undefined;
    const test = loop.test;
    const left = unwrapExpression(test.left as TSESTree.Expression);
    const counted = test.operator === '>' || test.operator === '>=' ? left : undefined;
    if (counted?.type !== 'UpdateExpression' || counted.operator !== '--' || counted.argument.type !== 'Identifier') return undefined;
    const counter = counted.argument.name;
    const start = startBefore(loop, counter);
    if (!start || hasWrite(loop.body, counter, () => true)) return undefined;
    const from = offsetFrom(start);
    const to = offsetFrom(test.right);
    if (from && to && from.base === to.base) return Math.abs(from.offset - to.offset);
    const first = constantNumber(start, scope);
    const last = constantNumber(test.right, scope);
    return first !== undefined && last !== undefined ? Math.abs(first - last) : undefined;
  }

  /** `base` or `base + constant` (either order), with `base` a variable. */
  function offsetFrom(node: Node): { base: string; offset: number } | undefined {
    const target = unwrapExpression(node as TSESTree.Expression);
    if (target.type === 'Identifier') return { base: target.name, offset: 0 };
    if (target.type !== 'BinaryExpression' || target.operator !== '+') return undefined;
    const left = unwrapExpression(target.left as TSESTree.Expression);
    const right = unwrapExpression(target.right);
    const offset = left.type === 'Identifier' ? constantNumber(right, scope) : right.type === 'Identifier' ? constantNumber(left, scope) : undefined;
    if (offset === undefined) return undefined;
    return { base: left.type === 'Identifier' ? left.name : (right as TSESTree.Identifier).name, offset };
  }
}

/**
 * `while (out.endsWith('/')) out = out.slice(0, -1)`: trims a run of a string written in the code from one end of a
 * value, a few repeats of it, not a pass over the value.
 */
function trimsGivenEnd(loop: Node): boolean {
  if (loop.type !== 'WhileStatement') return false;
  const test = unwrapExpression(loop.test);
  const trimmed = endTestedName(test);
  if (trimmed === null || (test as TSESTree.CallExpression).arguments.length !== 1) return false;
  const steps = loopSteps(loop);
  const statements = loop.body.type === 'BlockStatement' ? loop.body.body.length : 1;
  return statements === 1 && steps.length === 1 && cutsVariable(steps[0], trimmed);
}

const END_TESTS: ReadonlySet<string> = new Set(['endsWith', 'startsWith']);

/** `out.endsWith('/')`, `name.startsWith('.')`: the variable whose end is tested for text written in the code. */
export function endTestedName(test: Node): string | null {
  const call = unwrapExpression(test as TSESTree.Expression);
  if (call.type !== 'CallExpression' || call.arguments[0]?.type !== 'Literal' || typeof call.arguments[0].value !== 'string') return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !END_TESTS.has(callee.property.name)) return null;
  const tested = unwrapExpression(callee.object);
  return tested.type === 'Identifier' ? tested.name : null;
}

const CUTTING_METHODS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr']);

/** `s = s.slice(0, -1)`, `s = s.substring(1)`. */
function cutsVariable(step: Node, name: string): boolean {
  return step.type === 'AssignmentExpression' && step.operator === '=' && step.left.type === 'Identifier' && step.left.name === name && isCutOf(unwrapExpression(step.right), name);
}

/** `s.slice(0, -1)`, `s.substring(1)`, `s.substr(1)`: a part of the string held in `name`. */
export function isCutOf(node: Node, name: string): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !CUTTING_METHODS.has(callee.property.name)) return false;
  const object = unwrapExpression(callee.object);
  return object.type === 'Identifier' && object.name === name;
}

/**
 * `while (index-- && /\s/.test(text.charAt(index))) {}`, `while (s[i] === ' ' || s[i] === '\t') i++`: a loop that
 * only steps its index while a character is blank, or is one given character, runs over a run of whitespace (a
 * trim) or of that character, not over the text.
 */
function skipsWhitespace(loop: Node, scope: Scope): boolean {
  if (!isConditionLoop(loop) || !loop.test || !onlySteps(loop.body)) return false;
  return conjuncts(loop.test).some((part) => testsBlank(part, scope) || testsOneCharacter(part));
}

/**
 * `while (i > 0) { if (path.charCodeAt(--i) !== 47) break; }`, `for (; e > 0; e--) { const c = s[e - 1]; if (c !==
 * ' ' && c !== '\t') break; }`: the same run of one character or of blanks, left by a break at the first other one.
 */
function breaksAtRunEnd(loop: Node, scope: Scope): boolean {
  if (!isConditionLoop(loop)) return false;
  const body = loop.body.type === 'BlockStatement' ? loop.body.body : [loop.body];
  const characterReads = new Map<string, Node>();
  let index = 0;
  for (; index < body.length; index++) {
    const statement = body[index];
    if (statement.type !== 'VariableDeclaration') break;
    for (const declarator of statement.declarations) {
      const init = declarator.init && unwrapExpression(declarator.init);
      if (declarator.id.type !== 'Identifier' || !init || !isCharacterRead(init)) return false;
      characterReads.set(declarator.id.name, init);
    }
  }
  const exit = body[index];
  if (exit?.type !== 'IfStatement' || exit.alternate || !isPlainBreak(exit.consequent)) return false;
  if (!body.slice(index + 1).every((statement) => statement.type === 'ExpressionStatement' && isStep(statement.expression))) return false;
  const read = (node: Node): Node => (node.type === 'Identifier' ? characterReads.get(node.name) ?? node : node);
  return conjuncts(exit.test).every((part) => {
    const target = unwrapExpression(part as TSESTree.Expression);
    if (target.type === 'UnaryExpression' && target.operator === '!') return testsBlank(target.argument, scope);
    if (target.type !== 'BinaryExpression' || (target.operator !== '!==' && target.operator !== '!=')) return false;
    const left = read(unwrapExpression(target.left as TSESTree.Expression));
    const right = read(unwrapExpression(target.right));
    return readsOneCharacter(left, right) || readsOneCharacter(right, left);
  });
}

function isCharacterRead(node: Node): boolean {
  if (node.type === 'MemberExpression') return node.computed;
  return node.type === 'CallExpression' && ['charAt', 'charCodeAt', 'codePointAt'].includes(calleeName(node) ?? '');
}

function isPlainBreak(statement: TSESTree.Statement): boolean {
  if (statement.type === 'BlockStatement') return statement.body.length === 1 && isPlainBreak(statement.body[0]);
  return statement.type === 'BreakStatement' && statement.label === null;
}

/**
 * `s[i] === '\\'`, `text.charCodeAt(i) === 35`: a run of one character of text written in the code (escapes, a
 * heading's #s), or of one of a few (trailing dots and spaces). Not a byte of a buffer (`buf[i] === 0`): zero
 * padding can be long.
 */
function testsOneCharacter(node: Node): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  // `s[i] === '.' || s[i] === ' '`: a run of a few given characters.
  if (target.type === 'LogicalExpression' && target.operator === '||') return testsOneCharacter(target.left) && testsOneCharacter(target.right);
  if (target.type !== 'BinaryExpression' || (target.operator !== '===' && target.operator !== '==')) return false;
  const left = unwrapExpression(target.left as TSESTree.Expression);
  const right = unwrapExpression(target.right);
  return readsOneCharacter(left, right) || readsOneCharacter(right, left);
}

function readsOneCharacter(read: Node, literal: Node): boolean {
  if (literal.type !== 'Literal') return false;
  if (typeof literal.value === 'string') {
    if (literal.value.length !== 1) return false;
    return (read.type === 'MemberExpression' && read.computed) || (read.type === 'CallExpression' && calleeName(read) === 'charAt');
  }
  return typeof literal.value === 'number' && read.type === 'CallExpression' && ['charCodeAt', 'codePointAt'].includes(calleeName(read) ?? '');
}

/**
 * `while (s.length < width) s = '0' + s`: padding a string to a field's width, a few characters whatever the input.
 * The body only adds a string written in the code to the tested variable.
 */
function padsToWidth(loop: Node): boolean {
  if (!isConditionLoop(loop) || !loop.test || loop.test.type !== 'BinaryExpression' || (loop.test.operator !== '<' && loop.test.operator !== '<=')) return false;
  // `for (var i = value.length; i < len; i++) value = '0' + value;`: counting from the text's length, padding it.
  if (loop.type === 'ForStatement') {
    const counter = counterName(loop);
    const start = counter !== null ? counterStartExpression(loop, counter) : undefined;
    if (start && isLengthRead(start) && start.object.type === 'Identifier') {
      const padded = start.object.name;
      const body = loop.body.type === 'BlockStatement' ? loop.body.body : [loop.body];
      return body.length > 0 && body.every((statement) => statement.type === 'ExpressionStatement' && padsVariable(statement.expression, padded));
    }
  }
  const measured = unwrapExpression(loop.test.left);
  if (!isLengthRead(measured) || measured.object.type !== 'Identifier') return false;
  const name = measured.object.name;
  const steps = loopSteps(loop);
  const statements = loop.body.type === 'BlockStatement' ? loop.body.body.length : 1;
  return steps.length === statements && steps.length > 0 && steps.every((step) => padsVariable(step, name));
}

function padsVariable(step: Node, name: string): boolean {
  if (step.type !== 'AssignmentExpression' || step.left.type !== 'Identifier' || step.left.name !== name) return false;
  const isPiece = (node: Node): boolean => (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
  if (step.operator === '+=') return isPiece(step.right);
  if (step.operator !== '=') return false;
  // `part = \`0${part}\``
  if (step.right.type === 'TemplateLiteral') return step.right.expressions.length === 1 && step.right.expressions[0].type === 'Identifier' && step.right.expressions[0].name === name;
  // `str = '0'.concat(str)`
  if (step.right.type === 'CallExpression' && step.right.callee.type === 'MemberExpression' && !step.right.callee.computed && step.right.callee.property.type === 'Identifier' && step.right.callee.property.name === 'concat' && step.right.arguments.length === 1) {
    const [piece, padded] = [step.right.callee.object, step.right.arguments[0]];
    return (isPiece(piece) && padded.type === 'Identifier' && padded.name === name) || (piece.type === 'Identifier' && piece.name === name && isPiece(padded));
  }
  if (step.right.type !== 'BinaryExpression' || step.right.operator !== '+') return false;
  const { left, right } = step.right;
  return (left.type === 'Identifier' && left.name === name && isPiece(right)) || (right.type === 'Identifier' && right.name === name && isPiece(left));
}

/**
 * `while (b) { t = b; b = a % b; a = t; }`, `while (1) { a %= b; if (!a) return b; b %= a; ... }`: Euclid's algorithm,
 * a few dozen steps for any numbers. Every step is a remainder or a copy between variables.
 */
function isEuclidean(loop: Node): boolean {
  if (!isConditionLoop(loop)) return false;
  const steps = loopSteps(loop);
  const isRemainder = (step: Node): boolean =>
    step.type === 'AssignmentExpression' && step.left.type === 'Identifier' &&
    (step.operator === '%=' || (step.operator === '=' && step.right.type === 'BinaryExpression' && step.right.operator === '%'));
  const isCopy = (step: Node): boolean => step.type === 'AssignmentExpression' && step.operator === '=' && step.left.type === 'Identifier' && step.right.type === 'Identifier';
  return steps.some(isRemainder) && steps.every((step) => isRemainder(step) || isCopy(step));
}

/**
 * `while (e < 8 && num >= 1024 ** (e + 1)) e++`: one conjunct of the test caps a counter that every round moves up
 * and nothing moves back, so the loop runs at most that constant number of times whatever else the test reads.
 */
function countsUpToConstant(loop: Node, scope: Scope, limit: number): boolean {
  if (!isConditionLoop(loop) || !loop.test) return false;
  const steps = loopSteps(loop);
  for (const conjunct of conjuncts(loop.test)) {
    if (conjunct.type !== 'BinaryExpression') continue;
    const left = unwrapExpression(conjunct.left as TSESTree.Expression);
    const right = unwrapExpression(conjunct.right);
    // `while (salt.length < 8) salt += pick()`: a value grown each time round, up to a constant length.
    if ((conjunct.operator === '<' || conjunct.operator === '<=') && isLengthRead(left) && left.object.type === 'Identifier') {
      const max = constantNumber(right, scope);
      const grown = left.object.name;
      if (max !== undefined && max <= limit && steps.some((step) => growsVariable(step, grown))) return true;
      continue;
    }
    let counter: string | null = null;
    let bound: Node | null = null;
    if (conjunct.operator === '<' || conjunct.operator === '<=') [counter, bound] = [counterKey(left), right];
    else if (conjunct.operator === '>' || conjunct.operator === '>=') [counter, bound] = [counterKey(right), left];
    // `index < queue.length` reads a length the body may grow (`queue.push(...)`): not a cap.
    if (counter === null || bound === null || isLengthRead(bound)) continue;
    const max = constantNumber(bound, scope);
    if (max === undefined || max > limit) continue;
    const name = counter;
    if ((steps.some((step) => incrementsVariable(step, name)) || incrementsInsideStatement(loop.body, name)) && !movesBack(loop.body, name)) return true;
  }
  return false;
}

/** A step that always makes the variable longer: `s += c`, `s = s + c`, `list.push(x)`, `list.unshift(x)`. */
function growsVariable(step: Node, name: string): boolean {
  if (step.type === 'AssignmentExpression' && step.left.type === 'Identifier' && step.left.name === name) {
    if (step.operator === '+=') return true;
    const right = unwrapExpression(step.right);
    return step.operator === '=' && right.type === 'BinaryExpression' && right.operator === '+' && [right.left, right.right].some((side) => side.type === 'Identifier' && side.name === name);
  }
  if (step.type !== 'CallExpression' || step.arguments.length === 0) return false;
  const callee = unwrapExpression(step.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === name && callee.property.type === 'Identifier' && (callee.property.name === 'push' || callee.property.name === 'unshift');
}

/**
 * `data += String.fromCharCode(table[hex.charCodeAt(i++)])`: a statement of the body that always runs moves the
 * counter up inside its expression. Branches (`?:`, `&&`, `||`, `??`) may not run, so they are not looked into.
 */
function incrementsInsideStatement(body: Node, name: string): boolean {
  const statements = body.type === 'BlockStatement' ? body.body : [body];
  let found = false;
  for (const statement of statements) {
    if (statement.type !== 'ExpressionStatement' && statement.type !== 'VariableDeclaration') continue;
    walkWithinFunction(statement, (node) => {
      if (found || node.type === 'ConditionalExpression' || node.type === 'LogicalExpression') return false;
      if (node.type === 'UpdateExpression' && incrementsVariable(node, name)) found = true;
      return !found;
    });
    if (found) return true;
  }
  return false;
}

/** A counter a loop can test: a variable (`e`) or a fixed member of one (`d.bitcount`, `this.pos`). */
function counterKey(node: Node): string | null {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'Identifier') return target.name;
  if (target.type !== 'MemberExpression' || target.computed) return null;
  return memberPath(target)?.join('.') ?? null;
}

function incrementsVariable(step: Node, name: string): boolean {
  if (step.type === 'UpdateExpression') return step.operator === '++' && counterKey(step.argument) === name;
  if (step.type !== 'AssignmentExpression' || counterKey(step.left) !== name) return false;
  if (step.operator === '+=') return (constantNumber(step.right, EMPTY_SCOPE) ?? 0) >= 1;
  // `e = e + 1`
  const right = unwrapExpression(step.right);
  return step.operator === '=' && right.type === 'BinaryExpression' && right.operator === '+' && counterKey(right.left) === name && (constantNumber(right.right, EMPTY_SCOPE) ?? 0) >= 1;
}

/** Any assignment in the body that could lower the counter: `i--`, `i -= n`, `i = 0`. */
function movesBack(body: Node, name: string): boolean {
  return hasWrite(body, name, (write) => (write.type === 'UpdateExpression' ? write.operator === '--' : !incrementsVariable(write, name)));
}

/** Whether an update or assignment of a variable (or fixed member) in `root` passes `test`. */
function hasWrite(root: Node, name: string, test: (write: TSESTree.UpdateExpression | TSESTree.AssignmentExpression) => boolean): boolean {
  let found = false;
  walkWithinFunction(root, (node) => {
    if (found) return false;
    if ((node.type === 'UpdateExpression' && counterKey(node.argument) === name) || (node.type === 'AssignmentExpression' && counterKey(node.left) === name)) found = test(node);
    return !found;
  });
  return found;
}

/**
 * The value a variable has when a loop starts, from the statement that sets it earlier in the loop's block
 * (`let i = offset + 8;` or `i = n;`); statements between may only count it down, which shortens the loop.
 */
function startBefore(loop: Node, name: string): Node | undefined {
  const block = (loop as { parent?: Node }).parent;
  if (block?.type !== 'BlockStatement' && block?.type !== 'Program') return undefined;
  for (let index = block.body.indexOf(loop as TSESTree.Statement) - 1; index >= 0; index--) {
    const before = block.body[index];
    if (before.type === 'VariableDeclaration') {
      const declarator = before.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
      if (declarator) return declarator.init ? unwrapExpression(declarator.init) : undefined;
      continue;
    }
    const assignment = before.type === 'ExpressionStatement' ? before.expression : undefined;
    if (assignment?.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left.type === 'Identifier' && assignment.left.name === name) return unwrapExpression(assignment.right);
    if (!onlyCountsDown(before, name)) return undefined;
  }
  return undefined;
}

/** Whether every write of a variable in a statement lowers it (`i--`, `i -= 2`), or there is none. */
function onlyCountsDown(statement: Node, name: string): boolean {
  return !hasWrite(statement, name, (write) => (write.type === 'UpdateExpression' ? write.operator !== '--' : !(write.operator === '-=' && (constantNumber(write.right, EMPTY_SCOPE) ?? -1) >= 0)));
}

/** An empty body or one that only moves an index (`i++`, `i -= 1`). */
function onlySteps(body: Node): boolean {
  if (body.type === 'EmptyStatement') return true;
  if (body.type === 'ExpressionStatement') return isStep(body.expression);
  return body.type === 'BlockStatement' && body.body.every((statement) => statement.type === 'ExpressionStatement' && isStep(statement.expression));
}

function isStep(node: Node): boolean {
  if (node.type === 'UpdateExpression') return true;
  return node.type === 'AssignmentExpression' && (node.operator === '+=' || node.operator === '-=') && constantNumber(node.right, EMPTY_SCOPE) === 1;
}

function conjuncts(node: Node): Node[] {
  const target = unwrapExpression(node as TSESTree.Expression);
  return target.type === 'LogicalExpression' && target.operator === '&&' ? [...conjuncts(target.left), ...conjuncts(target.right)] : [target];
}

/** Characters and codes of blanks: space, tab, line feed, carriage return, no-break space. */
const BLANK_CHARACTERS = new Set<string | number>([' ', '\t', '\n', '\r', '\u00a0', 32, 9, 10, 13, 160]);
/** `\s`, `[ \t]`, `^\s$`: a pattern that matches one blank character. */
const BLANK_PATTERN = /^\^?(?:\\s|\[(?:\\[stnr]| |\\u00[aA]0|\\xa0|\\uFEFF)+\])\$?$/;

/** `/\s/.test(c)`, `reWhitespace.test(text.charAt(i))`, `c === ' ' || c === '\t'`. */
function testsBlank(node: Node, scope: Scope): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'LogicalExpression' && target.operator === '||') return testsBlank(target.left, scope) && testsBlank(target.right, scope);
  if (target.type === 'BinaryExpression' && (target.operator === '===' || target.operator === '==')) {
    const left = unwrapExpression(target.left as TSESTree.Expression);
    const right = unwrapExpression(target.right);
    return isBlankLiteral(left) || isBlankLiteral(right);
  }
  if (target.type !== 'CallExpression' || target.arguments.length !== 1) return false;
  const callee = unwrapExpression(target.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'test') return false;
  const pattern = regexOf(unwrapExpression(callee.object), scope);
  return pattern !== undefined && BLANK_PATTERN.test(pattern);
}

function isBlankLiteral(node: Node): boolean {
  return node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number') && BLANK_CHARACTERS.has(node.value);
}

function regexOf(node: Node, scope: Scope): string | undefined {
  const regex = regexLiteral(node, scope)?.regex;
  return regex && !regex.flags.includes('g') ? regex.pattern : undefined;
}

/** `/^\d+$/`, or a variable never changed holding one (`const QUOTED = /"/`). */
export function regexLiteral(node: Node, scope: Scope): TSESTree.RegExpLiteral | undefined {
  const target = node.type === 'Identifier' ? unchangedInit(node.name, scope)?.node : node;
  return target?.type === 'Literal' && 'regex' in target && target.regex ? target : undefined;
}

/**
 * The variable a step replaces by its parent directory: `dir = path.dirname(dir)`, `p = path.resolve(p, '..')`,
 * `parsed = parse(parsed.dir)`, `str = posixDirname(str)` with `posixDirname = require('path').posix.dirname`. A
 * loop tested on it runs once per directory above the path, not over data.
 */
function parentDirectoryStep(step: Node, scope: Scope): string | null {
  if (step.type !== 'AssignmentExpression' || step.operator !== '=' || step.left.type !== 'Identifier') return null;
  const name = step.left.name;
  const value = unwrapExpression(step.right);
  if (value.type !== 'CallExpression' || value.arguments.length === 0) return null;
  const callee = unwrapExpression(value.callee);
  const held = callee.type === 'Identifier' ? unchangedInit(callee.name, scope)?.node : undefined;
  const method = held?.type === 'MemberExpression' ? lastName(held) : calleeName(value);
  const first = unwrapExpression(value.arguments[0] as TSESTree.Expression);
  const last = unwrapExpression(value.arguments[value.arguments.length - 1] as TSESTree.Expression);
  if (method === 'dirname' && readsVariable(first, name)) return name;
  if ((method === 'resolve' || method === 'join') && value.arguments.length === 2 && readsVariable(first, name) && last.type === 'Literal' && last.value === '..') return name;
  // `path.parse(x).dir` is the parent: `parsed = parse(parsed.dir)`.
  if (first.type === 'MemberExpression' && !first.computed && first.property.type === 'Identifier' && first.property.name === 'dir' && first.object.type === 'Identifier' && first.object.name === name) return name;
  return null;
}

/** The variable a step moves to its parent: `node = node.parent`, `bucket = bucket.parentBucket`. */
function ancestorStep(step: Node): string | null {
  if (step.type !== 'AssignmentExpression' || step.operator !== '=' || step.left.type !== 'Identifier') return null;
  const value = unwrapExpression(step.right);
  if (value.type !== 'MemberExpression' || value.computed || value.property.type !== 'Identifier' || !/^_?parent/i.test(value.property.name)) return null;
  const object = unwrapExpression(value.object);
  return object.type === 'Identifier' && object.name === step.left.name ? step.left.name : null;
}

/** Whether an expression reads a variable, directly or through its members (`parsed.dir !== root`). */
function readsVariable(node: Node, name: string): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  switch (target.type) {
    case 'Identifier':
      return target.name === name;
    case 'MemberExpression':
      return readsVariable(target.object, name) || (target.computed && readsVariable(target.property, name));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return readsVariable(target.left as Node, name) || readsVariable(target.right, name);
    case 'UnaryExpression':
      return readsVariable(target.argument, name);
    case 'CallExpression':
      return target.arguments.some((arg) => readsVariable(arg, name));
    default:
      return false;
  }
}

const HALVING_OPERATORS = new Set(['>>=', '>>>=', '<<=', '/=']);

/**
 * A loop whose test reads a variable that some step of every round shrinks (`shrunk` names it): `while (mask !== 0)
 * { mask >>= 1; }`, `while (dir !== root) { dir = path.dirname(dir); }`. It runs as many times as the variable can
 * shrink (the bits of a number, the directories above a path), whatever the input.
 */
function shrinksTestedVariable(loop: Node, shrunk: (step: Node) => string | null): boolean {
  if (!isConditionLoop(loop) || !loop.test) return false;
  const test = loop.test;
  return loopSteps(loop).some((step) => {
    const name = shrunk(step);
    return name !== null && readsVariable(test, name);
  });
}

/** A loop tested against a BigInt written in the code: `exp > 0n`. */
function comparesBigInt(loop: Node): boolean {
  const test = (loop as { test?: Node | null }).test;
  if (test?.type !== 'BinaryExpression') return false;
  return [test.left, test.right].some((side) => side.type === 'Literal' && 'bigint' in side && typeof side.bigint === 'string');
}

/** The list a loop takes an entry from in its test: `ranges` in `while ((range = ranges.shift()))` or `while (queue.pop())`. */
function drainedList(loop: Node): Node | undefined {
  if (loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') return undefined;
  let test = unwrapExpression(loop.test);
  if (test.type === 'AssignmentExpression' && test.operator === '=') test = unwrapExpression(test.right);
  if (test.type !== 'CallExpression' || test.arguments.length !== 0) return undefined;
  const callee = unwrapExpression(test.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  return callee.property.name === 'shift' || callee.property.name === 'pop' ? callee.object : undefined;
}

/** `queue.push(...node.children)` in a loop draining the list named `key`: a worklist, as long as the work it finds. */
function refillsList(loop: Node, key: string): boolean {
  let refills = false;
  walkWithinFunction((loop as TSESTree.WhileStatement).body, (node) => {
    if (refills) return false;
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.type === 'Identifier' && STORING_METHODS.has(node.callee.property.name) && counterKey(node.callee.object) === key) refills = true;
    if (node.type === 'AssignmentExpression' && counterKey(node.left) === key) refills = true;
    return !refills;
  });
  return refills;
}

/**
 * The position a step moves on by a chunk of what is left: `p += n` with `n = Math.min(len - p, size)` declared in
 * the loop, or `p += Math.min(len - p, size)`.
 */
function chunkStep(step: Node, loop: Node): string | null {
  if (step.type !== 'AssignmentExpression' || step.operator !== '+=' || step.left.type !== 'Identifier') return null;
  const position = step.left.name;
  let amount = unwrapExpression(step.right);
  if (amount.type === 'Identifier') {
    const body = (loop as TSESTree.WhileStatement).body;
    const name = amount.name;
    const declarator = body.type === 'BlockStatement' ? body.body.flatMap((statement) => (statement.type === 'VariableDeclaration' ? statement.declarations : [])).find((d) => d.id.type === 'Identifier' && d.id.name === name) : undefined;
    if (!declarator?.init) return null;
    amount = unwrapExpression(declarator.init);
  }
  if (amount.type !== 'CallExpression' || amount.arguments.length < 2) return null;
  const callee = memberPath(unwrapExpression(amount.callee));
  if (callee?.join('.') !== 'Math.min') return null;
  return amount.arguments.some((argument) => readsVariable(argument, position)) ? position : null;
}

function isConditionLoop(loop: Node): loop is TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement {
  return loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' || loop.type === 'ForStatement';
}

/** The expressions a loop runs each time round: a `for` update and the body's expression statements. */
function loopSteps(loop: TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement): Node[] {
  const steps: Node[] = [];
  // `num >>>= 1, str += str`: each part of a sequence is a step of its own.
  const add = (step: Node): void => {
    if (step.type === 'SequenceExpression') step.expressions.forEach(add);
    else steps.push(step);
  };
  if (loop.type === 'ForStatement' && loop.update) add(loop.update);
  const body = loop.body;
  if (body.type === 'BlockStatement') {
    for (const statement of body.body) if (statement.type === 'ExpressionStatement') add(statement.expression);
  } else if (body.type === 'ExpressionStatement') add(body.expression);
  return steps;
}

/** `(x << 8)`, `((x + 1) << 8) - 1`, `(x << 1) | 1`: the variable shifted left by a constant, then adjusted bitwise or by adding. */
function shiftsLeft(expression: Node, name: string): boolean {
  const node = unwrapExpression(expression as TSESTree.Expression);
  if (node.type !== 'BinaryExpression') return false;
  if (node.operator === '<<') return (constantNumber(node.right, EMPTY_SCOPE) ?? 0) >= 1 && readsVariable(node.left, name);
  return SHIFT_ADJUSTING_OPERATORS.has(node.operator) && (shiftsLeft(node.left, name) || shiftsLeft(node.right, name));
}

const SHIFT_ADJUSTING_OPERATORS: ReadonlySet<string> = new Set(['+', '-', '|', '&', '^']);

/** The variable a step shifts, divides or multiplies by a constant: `mask >>= 1`, `n = n >>> 8`, `n /= 2`, `size *= 2`. */
function halvedVariable(step: Node): string | null {
  if (step.type !== 'AssignmentExpression' || step.left.type !== 'Identifier') return null;
  const name = step.left.name;
  const right = unwrapExpression(step.right);
  if (HALVING_OPERATORS.has(step.operator)) return step.operator !== '/=' || dividesDown(right) ? name : null;
  // `size *= 2` while below a bound: as many rounds as doublings fit under it.
  const isFactor = (side: Node) => (constantNumber(side, EMPTY_SCOPE) ?? 0) >= 2;
  if (step.operator === '*=') return isFactor(right) ? name : null;
  if (step.operator === '=' && right.type === 'BinaryExpression' && right.operator === '*') {
    const left = unwrapExpression(right.left as TSESTree.Expression);
    const other = unwrapExpression(right.right);
    const isVariable = (side: Node) => side.type === 'Identifier' && side.name === name;
    if ((isVariable(left) && isFactor(other)) || (isVariable(other) && isFactor(left))) return name;
  }
  // `n = n >> 1`, `n = n >>> 8`
  if (step.operator === '=' && right.type === 'BinaryExpression' && (right.operator === '>>' || right.operator === '>>>')) {
    const shifted = unwrapExpression(right.left as TSESTree.Expression);
    return shifted.type === 'Identifier' && shifted.name === name ? name : null;
  }
  // `mask = ((mask + 1) << 8) - 1`, `bit = (bit << 1) | 1`: a 32-bit number shifted left runs out of bits.
  if (step.operator === '=' && shiftsLeft(right, name)) return name;
  // `n = Math.floor(n / 10)`, `n = (n / 16) | 0`: one step per digit; `x = x / base` the same without rounding.
  if (step.operator === '=' && dividedVariable(right) === name) return name;
  if (step.operator === '=' && right.type === 'BinaryExpression' && right.operator === '/') {
    const dividend = unwrapExpression(right.left as TSESTree.Expression);
    return dividend.type === 'Identifier' && dividend.name === name && dividesDown(right.right) ? name : null;
  }
  return null;
}

/**
 * A divisor a loop shrinks its variable by: a constant of at least 2, or a name or member (`bytes /= threshold`,
 * `Math.ceil(n / this.nodeSize)`): code dividing a value round after round divides by more than 1.
 */
function dividesDown(divisor: Node): boolean {
  const constant = constantNumber(divisor, EMPTY_SCOPE);
  if (constant !== undefined) return constant >= 2;
  const value = unwrapExpression(divisor as TSESTree.Expression);
  return value.type === 'Identifier' || value.type === 'MemberExpression';
}

/**
 * The variable an integer division by a constant of at least 2 (or a named divisor, see `dividesDown`) divides:
 * `Math.floor(n / 10)`, `Math.ceil(n / size)`, `(n / 16) | 0`, `~~(n / 2)`.
 */
function dividedVariable(node: Node): string | null {
  let quotient: Node | null = null;
  if (node.type === 'CallExpression' && node.arguments.length === 1) {
    const path = memberPath(unwrapExpression(node.callee));
    if (path?.length === 2 && path[0] === 'Math' && ROUNDING_METHODS.has(path[1])) quotient = unwrapExpression(node.arguments[0] as TSESTree.Expression);
  } else if (node.type === 'BinaryExpression' && node.operator === '|' && constantNumber(node.right, EMPTY_SCOPE) === 0) {
    quotient = unwrapExpression(node.left as TSESTree.Expression);
  } else if (node.type === 'UnaryExpression' && node.operator === '~' && node.argument.type === 'UnaryExpression' && node.argument.operator === '~') {
    quotient = unwrapExpression(node.argument.argument);
  }
  if (quotient?.type !== 'BinaryExpression' || quotient.operator !== '/') return null;
  // `Math.floor((col - 1) / 26)`: the same division of the variable moved by a constant.
  let dividend = unwrapExpression(quotient.left as TSESTree.Expression);
  if (dividend.type === 'BinaryExpression' && (dividend.operator === '-' || dividend.operator === '+') && constantNumber(dividend.right, EMPTY_SCOPE) !== undefined) dividend = unwrapExpression(dividend.left as TSESTree.Expression);
  if (dividend.type !== 'Identifier') return null;
  return dividesDown(quotient.right) ? dividend.name : null;
}

const ROUNDING_METHODS: ReadonlySet<string> = new Set(['floor', 'trunc', 'ceil', 'round']);

const EMPTY_SCOPE = new Scope(null, null);

export function counterName(loop: TSESTree.ForStatement): string | null {
  return updatedName(counterUpdate(loop));
}

/** The update step of the loop's counter: `i++`, or the one of `i++, j++` whose variable the test reads. */
function counterUpdate(loop: TSESTree.ForStatement): Node | null {
  const update = loop.update;
  if (update?.type !== 'SequenceExpression') return update ?? null;
  const test = loop.test;
  if (test?.type !== 'BinaryExpression') return null;
  const tested = [test.left, test.right].map((side) => unwrapExpression(side as Node)).flatMap((side) => (side.type === 'Identifier' ? [side.name] : []));
  return update.expressions.find((part) => tested.includes(updatedName(part) ?? '')) ?? null;
}

function updatedName(update: Node | null): string | null {
  if (update?.type === 'UpdateExpression' && update.argument.type === 'Identifier') return update.argument.name;
  if (update?.type === 'AssignmentExpression' && update.left.type === 'Identifier') return update.left.name;
  return null;
}

function countsDown(update: Node | null | undefined, counter: string): boolean {
  if (update?.type === 'UpdateExpression') return update.operator === '--';
  return update?.type === 'AssignmentExpression' && update.operator === '-=' && update.left.type === 'Identifier' && update.left.name === counter;
}

/** `xs.length` or `xs.length - 1`: the length read a count starts from. */
function lengthCountedFrom(start: Node | undefined): Node | undefined {
  const target = start && unwrapExpression(start as TSESTree.Expression);
  if (target?.type === 'BinaryExpression' && target.operator === '-' && target.right.type === 'Literal' && typeof target.right.value === 'number') {
    const left = unwrapExpression(target.left as Node);
    return isLengthRead(left) ? left : undefined;
  }
  return target && isLengthRead(target) ? target : undefined;
}

function counterStart(loop: TSESTree.ForStatement, counter: string): number | undefined {
  const start = counterStartExpression(loop, counter);
  return start ? constantNumber(start, EMPTY_SCOPE) : undefined;
}

export function counterStartExpression(loop: TSESTree.ForStatement, counter: string): Node | undefined {
  const init = loop.init;
  if (init?.type === 'VariableDeclaration') return declaredInHeader(loop, counter);
  if (init?.type === 'AssignmentExpression' && init.left.type === 'Identifier' && init.left.name === counter) return unwrapExpression(init.right);
  return undefined;
}

/** The initial value a `for` header's declaration gives a variable: `n` in `for (var i = 0, n = list.length; ...)`. */
function declaredInHeader(loop: TSESTree.ForStatement, name: string): Node | undefined {
  if (loop.init?.type !== 'VariableDeclaration') return undefined;
  const declarator = loop.init.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
  return declarator?.init ? unwrapExpression(declarator.init) : undefined;
}

export function sizeOfIterated(node: Node, scope: Scope, depth = 0): number {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (isSmallRuntimeValue(target, scope) || namesFixedTuple(target)) return 0;
  if (isSettingsCollection(target)) return FEW_ENTRIES_SIZE;
  if (target.type === 'ConditionalExpression' && depth < 4) return sizeOfAlternatives(target, scope, depth);
  if (target.type === 'LogicalExpression' && target.operator !== '&&' && depth < 4) {
    // `opts.plugins || []`: as large as the larger side.
    return Math.max(sizeOfIterated(target.left, scope, depth + 1), sizeOfIterated(target.right, scope, depth + 1));
  }
  if (target.type === 'ArrayExpression') {
    const spreads = target.elements.some((element) => element?.type === 'SpreadElement');
    return !spreads && target.elements.length <= SMALL_LITERAL_ARRAY ? 0 : 1;
  }
  // `'xxxxxxxx-xxxx-4xxx'.replace(/[xy]/g, fill)`: a template written in the code, the same few characters every call.
  if (target.type === 'Literal' && typeof target.value === 'string') return target.value.length <= SMALL_LITERAL_STRING ? 0 : 1;
  // `ifaces[name]` of `os.networkInterfaces()`, `FLAVORS[kind]` of a table written in the code: an entry of a few.
  if (target.type === 'MemberExpression' && target.computed && ((isFilledLiteral(target.object, scope) && isConstantData(target, scope)) || isSmallRuntimeEntry(target.object, scope))) return 0;
  // `servers[tld]` of `require('./servers.json')`: one entry of a data file shipped with the code, a fixed few.
  if (target.type === 'MemberExpression' && target.computed && isShippedData(target.object, scope)) return FEW_ENTRIES_SIZE;
  // `rawHeaders[name]`: the values of one header field.
  if (target.type === 'MemberExpression' && target.computed && isHeaderMap(target.object)) return 0;
  // `filename.replace(/"/g, '')`, `this.field`: a value named as a short string, its value unknown here.
  if (isUnknownShortString(target, scope)) return 0;
  if (target.type === 'Identifier') {
    if (isArgumentList(target.name, scope)) return 0;
    const declared = unchangedInit(target.name, scope);
    if (declared) {
      const init = declared.node;
      // An empty literal the function itself fills (`const out = []; for (...) out.push(x)`) is as large as what
      // filled it; one kept by an outer scope (registered handlers) stays small.
      if (init.type === 'ArrayExpression' && init.elements.length <= SMALL_LITERAL_ARRAY) {
        // `[...items]` is as large as what it spreads.
        if (init.elements.some((element) => element?.type === 'SpreadElement')) return 1;
        return init.elements.length === 0 && declared.scope === scope ? 1 : 0;
      }
      // `const VERSIONS = new Set(['2.0', '3.0', '3.1'])`: a collection of the entries written out.
      const written = collectedLiteral(init, declared.scope);
      if (written) return sizeOfIterated(written, declared.scope, depth + 1);
      // `const steps = ['a', 'b'].map(...)`, `const parts = file.split('/')`: sized by the call that made it;
      // `const handlers = opts.handlers || []`, `const paths = require('module').globalPaths`: by what it reads.
      // `var required = REQUIRED_KEYS`: a copy of a constant list is as small.
      if (init.type === 'Identifier' && depth < 4 && sizeOfIterated(init, declared.scope, depth + 1) === 0) return 0;
      if ((init.type === 'CallExpression' || init.type === 'MemberExpression' || init.type === 'LogicalExpression' || init.type === 'ConditionalExpression') && depth < 4) {
        return sizeOfIterated(init, declared.scope, depth + 1);
      }
    }
    // `let args = ['describe', '--long']; ... args = args.filter(keep)`: a list written out that later only keeps
    // some of its entries is as small.
    const narrowed = declared ? undefined : narrowedLiteral(target.name, scope);
    if (narrowed && depth < 4) return sizeOfIterated(narrowed, scope, depth + 1);
    // `var option; ... option = options[key]`: declared bare and set in one place, or in the branches of a test
    // (`let parts; if (admin) parts = [a, b]; else parts = [a, b, c];`): as large as the largest.
    const binding = declared ? undefined : scope.lookup(target.name);
    if (binding?.kind === 'opaque' && binding.assigned.length > 0 && binding.assigned.length <= MAX_BRANCH_VALUES && depth < 4) {
      let size = 0;
      for (const assigned of binding.assigned) size = Math.max(size, sizeOfIterated(assigned.value, assigned.scope, depth + 1));
      return size;
    }
  }
  // `options[key]`: one setting's value.
  if (target.type === 'MemberExpression' && target.computed && isSettingsValue(target.object, scope)) return FEW_ENTRIES_SIZE;
  // `OPTIONS.required`: a list written out in a table of the code.
  if (target.type === 'MemberExpression' && !target.computed && isConstantData(target, scope)) return 0;
  // `view.split(path.sep).slice(-1)[0]`, `name.split('.')[0]`: one segment.
  if (target.type === 'MemberExpression' && target.computed && target.property.type === 'Literal' && typeof target.property.value === 'number' && isSegmentList(target.object)) return 0;
  // `Uint8Array.of(137, 80, 78, 71)`, `new Array(16)`: made of constants.
  if ((target.type === 'CallExpression' || target.type === 'NewExpression') && isConstantData(target, scope)) return 0;
  if (target.type === 'CallExpression') {
    const callee = unwrapExpression(target.callee);
    if (isNumberText(target, scope)) return 0;
    // `encodeURI(filename)`: as long as the text it escapes, give or take a few characters each.
    if (callee.type === 'Identifier' && TEXT_ESCAPING_GLOBALS.has(callee.name) && !scope.lookup(callee.name) && target.arguments[0] && depth < 4) {
      return sizeOfIterated(target.arguments[0], scope, depth + 1);
    }
    // The keys of an object: fewer than a list's elements, none to speak of for the runtime's few entries.
    if (isObjectEntriesCall(target)) {
      const object = target.arguments[0];
      if (!object || object.type === 'SpreadElement') return OBJECT_KEYS_SIZE;
      // `Object.keys(UNIT_MAP)` of a table written out in the code: its few keys.
      const fixed = isHeaderMap(withoutEmptyFallback(unwrapExpression(object))) || isConstantData(object, scope) || hasFixedKeys(object, scope) || (depth < 4 && sizeOfIterated(object, scope, depth + 1) === 0);
      return fixed ? 0 : objectKeysSize(object, scope);
    }
    // `path.basename(file)`, `path.join(dir, name)`: a path or a part of one, a short string.
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && PATH_STRING_FUNCTIONS.has(callee.property.name) && isPathModule(callee.object, scope)) return 0;
    // `file.split('/').pop()`: one segment of a path or a dotted name.
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && (callee.property.name === 'pop' || callee.property.name === 'shift') && isSegmentList(callee.object)) return 0;
    // `_.filter(list, fn)`: a package's helper takes the collection as an argument (see `keptElementsOf`).
    if (callee.type === 'MemberExpression' && depth < 4 && moduleOf(unwrapExpression(callee.object), scope) === undefined) {
      // `xs.filter(Boolean).map(...)`: as many elements as `xs`; `xs.concat(ys)`: as many as the larger part.
      if (isElementwise(target)) {
        let size = sizeOfIterated(callee.object, scope, depth + 1);
        if (isConcat(target)) for (const part of target.arguments) size = Math.max(size, part.type === 'SpreadElement' ? 1 : sizeOfIterated(part, scope, depth + 1));
        return size;
      }
      // `key.toLowerCase()`, `name.replace(/_/g, '-')`: a short string stays short through normalising and replacing.
      if (keepsStringShort(callee) && sizeOfIterated(callee.object, scope, depth + 1) === 0) return 0;
      if (splitsHeaderValue(target, scope)) return 0;
      // `version.match(SEMVER)`, `PATTERN.exec(line)` without the g flag: the groups the pattern writes out.
      if (matchesGroups(target, callee, scope)) return 0;
      // `headers.entries()` of a Headers object or map; `rgb.entries()`, `list.values()`: as many as the receiver holds.
      if (!callee.computed && callee.property.type === 'Identifier' && ELEMENT_ITERATORS.has(callee.property.name) && target.arguments.length === 0) {
        return isHeaderMap(callee.object) ? 0 : sizeOfIterated(callee.object, scope, depth + 1);
      }
      if (splitsIntoSegments(target)) return FEW_ENTRIES_SIZE;
    }
    const copied = depth < 4 ? copiedCollection(target) ?? keptElementsOf(target, scope) : undefined;
    if (copied) return sizeOfIterated(copied, scope, depth + 1);
  }
  return 1;
}

/** `rgb`, `this.hsl`, `fgRgba`, `vec3`: a colour's channels or a vector's components, a few numbers whatever the input. */
function namesFixedTuple(node: Node): boolean {
  if (node.type !== 'Identifier' && (node.type !== 'MemberExpression' || node.computed)) return false;
  const name = lastName(node);
  return name !== null && FIXED_TUPLE_NAME.test(name);
}

const FIXED_TUPLE_NAME = /^(?:rgba?|hsla?|hsva?|hwb|cmyk|lab|lch|xyz|oklab|oklch|vec[234]|quat)$|[a-z](?:Rgba?|Hsla?|Hsva?|Cmyk|Vec[234])$/;

/**
 * `cwd`, `this.filename`: a value named as a short string (see `namesShortString`) whose value the code does not
 * show; a variable set once to something else is sized by that instead.
 */
export function isUnknownShortString(node: Node, scope: Scope): boolean {
  return isNamedShortString(node, scope) || isShortConcatenation(node, scope, 0);
}

function isNamedShortString(node: Node, scope: Scope): boolean {
  // `reply.getHeader('Vary')`: one header's value, a line at most.
  if (node.type === 'CallExpression' && calleeName(node) === 'getHeader') return true;
  if (node.type !== 'MemberExpression' && (node.type !== 'Identifier' || unchangedInit(node.name, scope))) return false;
  return namesShortString(node);
}

/** `salt + '-' + secret`, `` `${prefix}:${id}` ``: short strings and numbers joined, still a short string. */
export function isShortConcatenation(node: Node, scope: Scope, depth: number): boolean {
  if (depth > 8) return false;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isShortPart(node.left, scope, depth) && isShortPart(node.right, scope, depth);
  return node.type === 'TemplateLiteral' && node.expressions.length > 0 && isShortTemplate(node, scope, depth);
}

const SHORT_PART_LENGTH = 64;

function isShortPart(node: Node, scope: Scope, depth: number): boolean {
  if (node.type === 'Literal') return typeof node.value === 'number' || (typeof node.value === 'string' && node.value.length <= SHORT_PART_LENGTH);
  if (node.type === 'TemplateLiteral') return isShortTemplate(node, scope, depth);
  return isNamedShortString(node, scope) || isShortConcatenation(node, scope, depth + 1);
}

function isShortTemplate(node: TSESTree.TemplateLiteral, scope: Scope, depth: number): boolean {
  return node.quasis.every((quasi) => quasi.value.raw.length <= SHORT_PART_LENGTH) && node.expressions.every((part) => isShortPart(part, scope, depth + 1));
}

/**
 * `const [hours, minutes] = text.split(':').map(Number)`, `[a, b] = pair.map(trim)`: a call whose result is taken
 * apart into names written out, with no rest element; its author expects that many elements.
 */
export function destructuredIntoNames(call: Node): boolean {
  const parent = (call as { parent?: Node }).parent;
  const pattern = parent?.type === 'VariableDeclarator' && parent.init === call ? parent.id : parent?.type === 'AssignmentExpression' && parent.right === call ? parent.left : undefined;
  return pattern?.type === 'ArrayPattern' && pattern.elements.length <= SMALL_LITERAL_ARRAY && pattern.elements.every((element) => element?.type !== 'RestElement');
}

/** String methods whose result is about as long as the string they are called on. */
const LENGTH_KEEPING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'substring', 'substr', 'normalize']);

function keepsStringShort(callee: TSESTree.MemberExpression): boolean {
  if (callee.computed || callee.property.type !== 'Identifier') return false;
  return LENGTH_KEEPING_METHODS.has(callee.property.name) || STRING_NORMALISERS.has(callee.property.name);
}

/** `n.toFixed(2)`, `count.toString()`, `String(Math.round(x))`: the digits of a number, a few characters. */
function isNumberText(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    if (NUMBER_FORMATS.has(callee.property.name)) return true;
    return callee.property.name === 'toString' && isNumeric(callee.object, scope, 0);
  }
  return callee.type === 'Identifier' && callee.name === 'String' && !scope.lookup('String') && call.arguments.length === 1 && isNumeric(call.arguments[0], scope, 0);
}

/** Methods only numbers have, each giving the number's text. */
const NUMBER_FORMATS: ReadonlySet<string> = new Set(['toFixed', 'toPrecision', 'toExponential']);
const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const NUMBER_FUNCTIONS: ReadonlySet<string> = new Set(['Number', 'parseInt', 'parseFloat', 'Date.now']);

/** An expression that evaluates to a number by its form: arithmetic, `Math.round(x)`, a length, a variable set once to one. */
function isNumeric(node: Node, scope: Scope, depth: number): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  switch (target.type) {
    case 'Literal':
      return typeof target.value === 'number';
    case 'BinaryExpression':
      return ARITHMETIC_OPERATORS.has(target.operator) || (target.operator === '+' && depth < 4 && isNumeric(target.left, scope, depth + 1) && isNumeric(target.right, scope, depth + 1));
    case 'UnaryExpression':
      return target.operator === '-' || target.operator === '+' || target.operator === '~';
    case 'MemberExpression':
      return isLengthRead(target);
    case 'CallExpression': {
      const path = memberPath(unwrapExpression(target.callee));
      return path !== null && !scope.lookup(path[0]) && (NUMBER_FUNCTIONS.has(path.join('.')) || (path.length === 2 && path[0] === 'Math'));
    }
    case 'Identifier': {
      const declared = depth < 4 ? unchangedInit(target.name, scope) : undefined;
      return declared !== undefined && isNumeric(declared.node, declared.scope, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * `Array.isArray(keys) ? keys : keys.split('.')`: the branch that derives the collection from the other says what it
 * is (here a key path); otherwise as large as the larger branch.
 */
function sizeOfAlternatives(choice: TSESTree.ConditionalExpression, scope: Scope, depth: number): number {
  const consequent = unwrapExpression(choice.consequent);
  const alternate = unwrapExpression(choice.alternate);
  const derived = derivedFrom(alternate, consequent) ? alternate : derivedFrom(consequent, alternate) ? consequent : undefined;
  if (derived) return sizeOfIterated(derived, scope, depth + 1);
  return Math.max(sizeOfIterated(consequent, scope, depth + 1), sizeOfIterated(alternate, scope, depth + 1));
}

/** `name.method(...)` made from the plain name `source`. */
function derivedFrom(node: Node, source: Node): boolean {
  if (source.type !== 'Identifier' || node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const object = unwrapExpression(callee.object);
  return object.type === 'Identifier' && object.name === source.name;
}

/** Parameter and variable names that hold settings: what they carry are short lists (handlers, plugins, places to look). */
const OPTIONS_NAME = /^_?(?:opt|opts|options|config|conf|cfg|settings|configuration)$|[a-z](?:Options|Opts|Config|Settings)$/;
/** Names of lists that extend or configure a program, or that it wires to (streams piped to, observers), rather than hold its data: a few entries each. */
const SETTINGS_LIST_NAME = /^_?(?:plugins|presets|hooks|handlers|listeners|middlewares?|interceptors|extensions|loaders|algorithms|searchPlaces|reporters|parsers|serializers|formatters|validators|transforms|strategies|adapters|pipes|destinations|observers|subscribers|watchers|types|mimeTypes|languages|locales|encodings|protocols|signals|eventNames|[lL]ogLevels|(?:[lL]og)?[lL]evelNames)$/;

/** A list kept in an options object or named as one that configures the program. */
function isSettingsCollection(node: Node): boolean {
  return isOptionsMember(node) || isSettingsList(node);
}

/** `plugins`, `this.algorithms`, `opts.hooks`: a list named as one that configures the program. */
function isSettingsList(node: Node): boolean {
  const name = lastName(node);
  return name !== null && SETTINGS_LIST_NAME.test(name);
}

/**
 * A settings value: the options object itself, a member of it, or a name given one (`const sep = opts.delimiter`).
 * What it holds is set by the caller's configuration, not by the data the program works on.
 */
export function isSettingsValue(node: Node, scope: Scope, depth = 0): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'Identifier') {
    if (OPTIONS_NAME.test(target.name)) return true;
    const declared = unchangedInit(target.name, scope);
    if (declared === undefined) return false;
    if (declared.node.type === 'MemberExpression') return isOptionsMember(declared.node);
    // `const saltLength = opts.saltLength !== undefined ? opts.saltLength : 8`: a setting with a number or a word for
    // default. (`const values = config.values || []` may be the caller's data: a query's parameters.)
    return hasScalarDefault(declared.node) && depth < 4 && isSettingsValue(declared.node, declared.scope, depth + 1);
  }
  // `process.env.KEEP_ALIVE || 'false'`: a setting with a default written in the code.
  if (target.type === 'LogicalExpression' && (target.operator === '||' || target.operator === '??')) {
    return isSettingsValue(target.left, scope, depth) && isSettingOrDefault(target.right, scope, depth);
  }
  // `opts.validity !== undefined ? opts.validity : 0`: a setting or its default.
  if (target.type === 'ConditionalExpression') {
    const sides = [target.consequent, target.alternate];
    return sides.some((side) => isSettingsValue(side, scope, depth)) && sides.every((side) => isSettingOrDefault(side, scope, depth));
  }
  return isOptionsMember(target) || isEnvironmentVariable(target, scope);
}

function hasScalarDefault(node: Node): boolean {
  const isScalar = (side: Node) => side.type === 'Literal' && (typeof side.value === 'number' || typeof side.value === 'string' || typeof side.value === 'boolean');
  if (node.type === 'LogicalExpression') return isScalar(unwrapExpression(node.right));
  return node.type === 'ConditionalExpression' && (isScalar(unwrapExpression(node.consequent)) || isScalar(unwrapExpression(node.alternate)));
}

function isSettingOrDefault(node: Node, scope: Scope, depth: number): boolean {
  return isConstantData(node, scope) || isSettingsValue(node, scope, depth);
}

/** `process.env.NAME`, `process.env[name]`: a variable of the environment the program runs in. */
function isEnvironmentVariable(node: Node, scope: Scope): boolean {
  return node.type === 'MemberExpression' && isProcessEnv(unwrapExpression(node.object as TSESTree.Expression), scope);
}

/** `opts.constructorHandlers`, `this.options.plugins`, `config.searchPlaces`: a collection kept in an options object. */
function isOptionsMember(node: Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  let current: Node = node;
  let inner: Node = node;
  while (current.type === 'MemberExpression') {
    inner = current;
    current = unwrapExpression(current.object as TSESTree.Expression);
  }
  if (current.type === 'Identifier') return OPTIONS_NAME.test(current.name);
  // `this.options.x`: the options object is the first member read from `this`.
  if (current.type !== 'ThisExpression' || inner === node) return false;
  const first = (inner as TSESTree.MemberExpression).property;
  return !(inner as TSESTree.MemberExpression).computed && first.type === 'Identifier' && OPTIONS_NAME.test(first.name);
}

/**
 * `var checks = { string: function (x) {...}, number: function (x) {...} }`, never changed: an object written out in
 * the code with a few keys, whatever their values. Members assigned to it later, or keys written by computed names,
 * make it a store instead.
 */
function hasFixedKeys(object: Node, scope: Scope): boolean {
  const target = unwrapExpression(object as TSESTree.Expression);
  if (target.type === 'Identifier' && isCompiledEnum(target.name, scope)) return true;
  const declared = target.type === 'Identifier' ? unchangedInit(target.name, scope) : undefined;
  const init = declared?.node;
  if (init?.type !== 'ObjectExpression' || init.properties.length === 0 || init.properties.length > CONSTANT_ENTRIES_LIMIT) return false;
  if (!init.properties.every((property) => property.type === 'Property' && !property.computed)) return false;
  const binding = declared!.binding;
  return !(binding.kind === 'value' && binding.keyedWrites) && !scope.holderOf((target as TSESTree.Identifier).name)?.memberAssignments?.get(binding);
}

/**
 * A TypeScript enum as the compiler writes it: `var Kind; (function (Kind) { Kind[Kind["A"] = 0] = "A"; ... })(Kind ||
 * (Kind = {}))`, the variable's only value the object that function fills with the members written out.
 */
function isCompiledEnum(name: string, scope: Scope): boolean {
  const binding = scope.lookup(name);
  if (binding?.kind !== 'opaque' || binding.assigned.length !== 1 || !isEmptyLiteral(binding.assigned[0].value)) return false;
  // `Kind = {}` inside `Kind || (Kind = {})` (or `Kind || (exports.Kind = Kind = {})`), the argument of the call.
  let node: Node | undefined = (binding.assigned[0].value as { parent?: Node }).parent;
  while (node && (node.type === 'AssignmentExpression' || node.type === 'LogicalExpression')) node = (node as { parent?: Node }).parent;
  if (node?.type !== 'CallExpression' || node.arguments.length !== 1) return false;
  const filler = unwrapExpression(node.callee);
  if ((filler.type !== 'FunctionExpression' && filler.type !== 'ArrowFunctionExpression') || filler.params[0]?.type !== 'Identifier' || filler.body.type !== 'BlockStatement') return false;
  const param = filler.params[0].name;
  const statements = filler.body.body;
  return statements.length <= CONSTANT_ENTRIES_LIMIT && statements.every((statement) => statement.type === 'ExpressionStatement' && isEnumMemberWrite(statement.expression, param));
}

/** `Kind[Kind["A"] = 0] = "A"` or `Kind["A"] = "a"`: a member written into the enum object. */
function isEnumMemberWrite(node: Node, param: string): boolean {
  if (node.type !== 'AssignmentExpression' || node.left.type !== 'MemberExpression' || !node.left.computed) return false;
  const object = node.left.object;
  return object.type === 'Identifier' && object.name === param;
}

/** A variable holding an array or object literal with entries (an empty one is a stack or a cache filled later). */
function isFilledLiteral(object: Node, scope: Scope): boolean {
  const target = unwrapExpression(object as TSESTree.Expression);
  const init = target.type === 'Identifier' ? unchangedInit(target.name, scope)?.node : undefined;
  return (init?.type === 'ArrayExpression' && init.elements.length > 0) || (init?.type === 'ObjectExpression' && init.properties.length > 0);
}

/** A JSON file of the code's own, loaded by a relative path: `require('./servers.json')`, `import data from './x.json'`. */
function isShippedData(object: Node, scope: Scope): boolean {
  const source = moduleOf(unwrapExpression(object as TSESTree.Expression), scope);
  return source !== undefined && source.startsWith('.') && source.endsWith('.json');
}

/** `os.networkInterfaces()`, or a variable never changed that holds it: its entries are a few small lists. */
function isSmallRuntimeEntry(object: Node, scope: Scope): boolean {
  const target = unwrapExpression(object as TSESTree.Expression);
  if (isSmallRuntimeValue(target, scope)) return true;
  const declared = target.type === 'Identifier' ? unchangedInit(target.name, scope) : undefined;
  return declared !== undefined && isSmallRuntimeValue(declared.node, declared.scope);
}

/** `require('module').globalPaths`, `process.argv`, `os.cpus()`: a few entries, whatever the input. */
function isSmallRuntimeValue(node: Node, scope: Scope): boolean {
  const called = node.type === 'CallExpression';
  const read = moduleMember(called ? unwrapExpression((node as TSESTree.CallExpression).callee) : node, scope);
  return read !== undefined && isSmallRuntimeCollection(read.spec, read.member, called);
}

/** The module member a name imported from it (`import { globalPaths } from 'module'`) or an access on it reads. */
function moduleMember(access: Node, scope: Scope): { spec: string; member: string } | undefined {
  if (access.type === 'Identifier') {
    const binding = scope.lookup(access.name);
    return binding?.kind === 'import' && binding.path.length === 1 ? { spec: binding.source, member: binding.path[0]! } : undefined;
  }
  if (access.type !== 'MemberExpression' || access.computed || access.property.type !== 'Identifier') return undefined;
  const owner = moduleOf(unwrapExpression(access.object), scope);
  return owner === undefined ? undefined : { spec: owner, member: access.property.name };
}

/** The module a value is: `require('os')`, a name bound to it or imported as a whole, or the `process`/`module` globals. */
export function moduleOf(node: Node, scope: Scope): string | undefined {
  if (node.type === 'CallExpression') {
    if (node.arguments.length !== 1) return undefined;
    // `tslib_1.__importDefault(require('underscore'))`: the module a compiler's interop helper wraps.
    const inner = node.arguments[0];
    const helper = lastName(unwrapExpression(node.callee));
    if (helper !== null && isInteropHelper(helper) && inner.type === 'CallExpression') return moduleOf(inner, scope);
    return requiredSpecifier(node);
  }
  // `os_1.default` of `const os_1 = __importDefault(require('os'))`: the module itself.
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'default') return moduleOf(unwrapExpression(node.object), scope);
  if (node.type !== 'Identifier') return undefined;
  const binding = scope.lookup(node.name);
  if (!binding) return node.name === 'process' || node.name === 'module' ? node.name : undefined;
  if (binding.kind === 'import') return binding.path.length === 0 || (binding.path.length === 1 && binding.path[0] === 'default') ? binding.source : undefined;
  const declared = unchangedInit(node.name, scope);
  return declared && declared.node.type === 'CallExpression' ? moduleOf(declared.node, declared.scope) : undefined;
}

/** `Array.from(xs)`, `Array.prototype.slice.call(arguments, 1)`, `[].slice.call(xs)`: a copy of `xs`, as large. */
function copiedCollection(call: TSESTree.CallExpression): Node | undefined {
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const callee = unwrapExpression(call.callee);
  const path = memberPath(callee);
  if (path && path.length === 2 && path[0] === 'Array' && path[1] === 'from') return first;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'call') return undefined;
  const method = unwrapExpression(callee.object);
  if (method.type !== 'MemberExpression' || method.computed || method.property.type !== 'Identifier' || method.property.name !== 'slice') return undefined;
  const owner = unwrapExpression(method.object);
  const isArrayPrototype = owner.type === 'ArrayExpression' ? owner.elements.length === 0 : memberPath(owner)?.join('.') === 'Array.prototype';
  return isArrayPrototype ? first : undefined;
}

/** `castArray(options.prepare)` with lodash's `castArray`: a list of what the argument holds (see `keepsElements`). */
function keptElementsOf(call: TSESTree.CallExpression, scope: Scope): Node | undefined {
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const callee = unwrapExpression(call.callee);
  const read = moduleMember(callee, scope) ?? requiredMember(callee, scope);
  return read && lookupApi(read.spec, [read.member])?.keepsElements ? first : undefined;
}

/** `const { castArray } = require('lodash')`: the module member a variable destructured from a require holds. */
function requiredMember(node: Node, scope: Scope): { spec: string; member: string } | undefined {
  const binding = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  if (binding?.kind !== 'value' || binding.path.length !== 1 || binding.assigned.length !== 0) return undefined;
  const spec = moduleOf(unwrapExpression(binding.init as TSESTree.Expression), binding.scope);
  return spec === undefined ? undefined : { spec, member: binding.path[0]! };
}

function isConcat(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee) as TSESTree.MemberExpression;
  return callee.property.type === 'Identifier' && callee.property.name === 'concat';
}

/**
 * Separators of path, key-path and version segments: a few parts, not a pass over data (`'.'`, `'/'`, `path.sep`,
 * and `path.delimiter` between the directories of `PATH`).
 */
const SEGMENT_SEPARATORS = new Set(['/', '\\', '.']);
/** `/\//`, `/\./`, `/[\\/]/`: the same separators as a regular expression. */
const SEGMENT_SEPARATOR_PATTERN = /^(?:\\[/\\.]|\/|\[(?:\\[/\\.]|[/.])+\])$/;

const PATH_SEPARATOR_MEMBERS = new Set(['sep', 'delimiter']);

function splitsIntoSegments(call: TSESTree.CallExpression): boolean {
  const callee = call.callee as TSESTree.MemberExpression;
  if (callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'split' || call.arguments.length === 0) return false;
  return isSegmentSeparator(unwrapExpression(call.arguments[0] as TSESTree.Expression));
}

/** `'/'`, `'.'`, `/[\\/]/`, `path.sep`, or `path.sep || '/'`. */
function isSegmentSeparator(separator: Node): boolean {
  if (separator.type === 'LogicalExpression') return isSegmentSeparator(unwrapExpression(separator.left)) && isSegmentSeparator(unwrapExpression(separator.right));
  if (separator.type === 'Literal') {
    if (typeof separator.value === 'string') return SEGMENT_SEPARATORS.has(separator.value);
    return 'regex' in separator && !!separator.regex && SEGMENT_SEPARATOR_PATTERN.test(separator.regex.pattern);
  }
  const path = memberPath(separator);
  return !!path && PATH_SEPARATOR_MEMBERS.has(path[path.length - 1]);
}

/** Names given to the value of one header field: `header`, `authHeader`, `contentType`. */
const HEADER_VALUE_NAME = /^(?:header|\w+Header|contentType|contentDisposition)$/;

/** `res.headers['cache-control'].split(',')`, `req.getHeader('accept').split(',')`: the few parts of one header field. */
function splitsHeaderValue(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = call.callee as TSESTree.MemberExpression;
  if (callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'split') return false;
  let value = normalizedString(unwrapExpression(callee.object));
  // `function getBoundary(header) { header.split(';') }`, `contentTypeHeader.split(',')`: one field's value, by name.
  if (value.type === 'Identifier' && HEADER_VALUE_NAME.test(value.name)) return true;
  if (value.type === 'Identifier') value = unchangedInit(value.name, scope)?.node ?? value;
  if (value.type === 'CallExpression') {
    // `res.getHeader('link')`, `req.get('accept')`, `response.headers.get('link')`
    const getter = unwrapExpression(value.callee);
    if (getter.type !== 'MemberExpression' || getter.computed || getter.property.type !== 'Identifier') return false;
    return getter.property.name === 'getHeader' || (getter.property.name === 'get' && HTTP_MESSAGE_NAME.test(lastName(getter.object) ?? ''));
  }
  return value.type === 'MemberExpression' && lastName(value.object) === 'headers';
}

/** `vary.trim().toLowerCase()`: the string a chain of case and whitespace normalisations starts from. */
function normalizedString(node: Node): Node {
  let value = node;
  while (value.type === 'CallExpression' && value.arguments.length === 0) {
    const callee = unwrapExpression(value.callee);
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !STRING_NORMALISERS.has(callee.property.name)) break;
    value = unwrapExpression(callee.object);
  }
  return value;
}

const STRING_NORMALISERS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase']);

/** Maps of header fields to their values: `headers`, `rawHeaders`, `responseHeaders`. */
function matchesGroups(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, scope: Scope): boolean {
  if (callee.computed || callee.property.type !== 'Identifier') return false;
  if (callee.property.name === 'match') return call.arguments.length === 1 && isOneMatchPattern(call.arguments[0], scope);
  return callee.property.name === 'exec' && isOneMatchPattern(callee.object, scope);
}

/** A regular expression literal without the g flag, or a variable never changed holding one. */
function isOneMatchPattern(node: Node, scope: Scope): boolean {
  const pattern = patternExpression(node, scope);
  return pattern.type === 'Literal' && 'regex' in pattern && !!pattern.regex && !pattern.regex.flags.includes('g');
}

/** The expression that makes a pattern: the node itself, or the value of a variable never changed that holds it. */
export function patternExpression(node: Node, scope: Scope): Node {
  const pattern = unwrapExpression(node as TSESTree.Expression);
  return pattern.type === 'Identifier' ? (unchangedInit(pattern.name, scope)?.node ?? pattern) : pattern;
}

/** `map.entries()`, `Object.keys(o)` and their kin: views of a collection's elements or an object's entries. */
export const ELEMENT_ITERATORS: ReadonlySet<string> = new Set(['entries', 'keys', 'values']);

const OBJECT_ENTRY_LISTS: ReadonlySet<string> = new Set([...ELEMENT_ITERATORS, 'getOwnPropertyNames']);

/** `Object.keys(o)`, `Object.entries(o)`, `Reflect.ownKeys(o)` and their kin: a list of the entries of the object passed first. */
export function isObjectEntriesCall(call: TSESTree.CallExpression): boolean {
  const path = memberPath(unwrapExpression(call.callee));
  return path?.length === 2 && ((path[0] === 'Object' && OBJECT_ENTRY_LISTS.has(path[1])) || (path[0] === 'Reflect' && path[1] === 'ownKeys'));
}
const HEADER_MAP_NAME = /^(?:headers|[a-z]+Headers)$/;

/** `res.headers`, `requestHeaders`: an object of one message's header fields, a few dozen at most. */
function isHeaderMap(node: Node): boolean {
  return HEADER_MAP_NAME.test(lastName(node) ?? '');
}

/** Names of requests, responses and their header maps. */
const HTTP_MESSAGE_NAME = /^(?:req|request|res|response|headers)$/;

/** `xs.map(f)` and friends: a result with (at most) as many elements as `xs`. */
function isElementwise(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && ELEMENTWISE_METHODS.has(callee.property.name);
}
/** Values of a variable declared bare that are sized one by one (more is a variable a loop keeps setting). */
const MAX_BRANCH_VALUES = 4;

/**
 * A collection stored in a few places (`this.levels = options.levels || ['error', 'warn']`): as large as the largest
 * value stored; undefined when one of them is an empty literal, a list or table filled later with data.
 */
export function sizeOfStoredValues(stored: readonly AssignedValue[]): number | undefined {
  if (stored.length === 0 || stored.length > MAX_BRANCH_VALUES) return undefined;
  let size = 0;
  for (const { value, scope } of stored) {
    if (isEmptyLiteral(unwrapExpression(value as TSESTree.Expression))) return undefined;
    size = Math.max(size, sizeOfIterated(value, scope, 1));
  }
  return size;
}

/** The array literal a variable starts as when every later value is a filter or slice of itself (see `sizeOfIterated`). */
function narrowedLiteral(name: string, scope: Scope): Node | undefined {
  const binding = scope.lookup(name);
  if (binding?.kind !== 'value' || binding.path.length !== 0 || binding.assigned.length === 0) return undefined;
  const init = unwrapExpression(binding.init as TSESTree.Expression);
  // An empty one is filled later (`let out = []; ... out.push(row)`): as large as what filled it.
  if (init.type !== 'ArrayExpression' || init.elements.length === 0) return undefined;
  return binding.assigned.every(({ value }) => keepsOwnEntries(value, name)) ? init : undefined;
}

function keepsOwnEntries(value: Node, name: string): boolean {
  const call = unwrapExpression(value as TSESTree.Expression);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && NARROWING_METHODS.has(callee.property.name) && callee.object.type === 'Identifier' && callee.object.name === name;
}

/** Array methods whose result holds some of the receiver's entries and nothing else. */
const NARROWING_METHODS: ReadonlySet<string> = new Set(['filter', 'slice']);

/** Array methods whose result holds some or all of the receiver's entries, or those of constant arguments too. */
const REORDERING_METHODS: ReadonlySet<string> = new Set(['reverse', 'slice', 'sort', 'concat', 'toReversed', 'toSorted']);
/**
 * Array methods whose result has as many entries as the receiver, at most (`concat`: as its largest part). Not a
 * sort: sorting what a loop walks is a pass of its own (`Object.keys(headers).sort()`).
 */
const ELEMENTWISE_METHODS: ReadonlySet<string> = new Set(['map', 'filter', 'flat', 'slice', 'concat', 'reverse', 'toReversed']);

/** Constructors whose single numeric argument is the length of what they make: `new Uint8Array(32)`, `new Array(8)`. */
const SIZED_CONSTRUCTORS = new Set(['Array', 'Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']);
const SIZED_BUFFER_FACTORIES = new Set(['alloc', 'allocUnsafe', 'allocUnsafeSlow']);
/** What `arguments.length` counts: the arguments written at a call, a handful. */
const ARGUMENT_COUNT = 8;

/**
 * A number known without running the code: a literal, a constant, or the length of something of constant size (a
 * literal array or string, `new Uint8Array(KEY_BYTES)`, `Buffer.alloc(16)`, the `arguments` of a call).
 */
export function constantNumber(node: Node, scope: Scope, depth = 0): number | undefined {
  const target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'Literal' && typeof target.value === 'number') return target.value;
  // `i > -1`
  if (target.type === 'UnaryExpression' && target.operator === '-' && target.argument.type === 'Literal' && typeof target.argument.value === 'number') return -target.argument.value;
  if (target.type === 'Identifier') {
    const init = unchangedInit(target.name, scope);
    if (init?.node.type === 'Literal' && typeof init.node.value === 'number') return init.node.value;
    if (init && depth < 3 && (init.node.type === 'MemberExpression' || init.node.type === 'BinaryExpression' || init.node.type === 'CallExpression')) return constantNumber(init.node, init.scope, depth + 1);
    return undefined;
  }
  if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' && target.property.name === 'length' && depth < 3) {
    return constantLength(unwrapExpression(target.object), scope, depth + 1);
  }
  if (depth >= 3) return undefined;
  // `MAX_BYTES + RESERVE`: arithmetic on constants.
  if (target.type === 'BinaryExpression' && ARITHMETIC.has(target.operator) && target.left.type !== 'PrivateIdentifier') {
    const left = constantNumber(target.left, scope, depth + 1);
    const right = left === undefined ? undefined : constantNumber(target.right, scope, depth + 1);
    return left === undefined || right === undefined ? undefined : ARITHMETIC.get(target.operator)!(left, right);
  }
  // `Math.min(bytesRead, MAX_BYTES)`: at most the smallest constant among them.
  if (target.type === 'CallExpression') {
    const path = memberPath(unwrapExpression(target.callee));
    if (!path || path.length !== 2 || path[0] !== 'Math' || path[1] !== 'min' || scope.lookup('Math')) return undefined;
    let bound: number | undefined;
    for (const arg of target.arguments) {
      const value = arg.type === 'SpreadElement' ? undefined : constantNumber(arg, scope, depth + 1);
      if (value !== undefined) bound = bound === undefined ? value : Math.min(bound, value);
    }
    return bound;
  }
  return undefined;
}

const ARITHMETIC: ReadonlyMap<string, (a: number, b: number) => number> = new Map([
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
  ['**', (a, b) => a ** b],
  ['<<', (a, b) => a << b],
  ['>>', (a, b) => a >> b],
  ['>>>', (a, b) => a >>> b],
]);

/** `arguments`, or a rest parameter (`...args`): the arguments written at a call, a handful. */
function isArgumentList(name: string, scope: Scope): boolean {
  const binding = scope.lookup(name);
  return name === 'arguments' ? !binding : binding?.kind === 'param' && binding.rest === true;
}

/** The length of a variable holding a literal array or string, or an array made with a constant length. */
export function constantLength(object: Node, scope: Scope, depth = 0): number | undefined {
  if (object.type === 'ArrayExpression') return arrayLiteralLength(object);
  if (object.type !== 'Identifier') return undefined;
  if (isArgumentList(object.name, scope)) return ARGUMENT_COUNT;
  const initial = unchangedInit(object.name, scope);
  const init = initial?.node;
  if (!init) return undefined;
  if (init.type === 'Literal' && typeof init.value === 'string') return init.value.length;
  // `const list = TYPES`, `const list = TYPES.slice().reverse()`: as long as the constant it copies, at most.
  if (depth < 3 && init.type === 'Identifier') return constantLength(init, initial.scope, depth + 1);
  if (depth < 3 && init.type === 'CallExpression') {
    const callee = unwrapExpression(init.callee);
    const copies = callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name !== 'concat' && REORDERING_METHODS.has(callee.property.name);
    if (copies) return constantLength(unwrapExpression(callee.object), initial.scope, depth + 1);
  }
  if (init.type === 'ArrayExpression') return arrayLiteralLength(init);
  if ((init.type === 'NewExpression' || init.type === 'CallExpression') && init.arguments.length === 1) {
    const callee = unwrapExpression(init.callee);
    const path = memberPath(callee);
    const sized = init.type === 'NewExpression' ? callee.type === 'Identifier' && SIZED_CONSTRUCTORS.has(callee.name) : !!path && path.length === 2 && path[0] === 'Buffer' && SIZED_BUFFER_FACTORIES.has(path[1]);
    if (sized) return constantNumber(init.arguments[0], scope, depth);
  }
  return undefined;
}

/** The array literal a `new Set([...])` or `new Map([...])` starts from, when the constructor is the built-in one. */
function collectedLiteral(init: Node, scope: Scope): TSESTree.ArrayExpression | undefined {
  if (init.type !== 'NewExpression' || init.arguments.length !== 1 || init.arguments[0].type !== 'ArrayExpression') return undefined;
  const callee = unwrapExpression(init.callee);
  return callee.type === 'Identifier' && (callee.name === 'Set' || callee.name === 'Map') && !scope.lookup(callee.name) ? init.arguments[0] : undefined;
}

/** An empty literal is filled later: its length is not known. */
function arrayLiteralLength(array: TSESTree.ArrayExpression): number | undefined {
  return array.elements.length > 0 && array.elements.every((element) => element?.type !== 'SpreadElement') ? array.elements.length : undefined;
}

/** Largest default of a count parameter that still announces a small count (`length = 10`): callers may pass more. */
const SMALL_PARAMETER_DEFAULT = 64;

/**
 * `function randomString(length = 10)`: a count parameter never reassigned whose default is a small number; the
 * default tells the scale the function is written for.
 */
function smallParameterDefault(node: Node, scope: Scope): number | undefined {
  if (node.type !== 'Identifier') return undefined;
  const binding = scope.lookup(node.name);
  if (binding?.kind !== 'param' || !binding.defaultValue || binding.assigned.length > 0) return undefined;
  const value = constantNumber(binding.defaultValue, scope);
  return value !== undefined && value <= SMALL_PARAMETER_DEFAULT ? value : undefined;
}

/**
 * The tasks of a list handed to a task runner (`async.series(tasks, done)`): the entries of an array or object
 * literal, in the call or in a variable never changed, or the function a `map` callback makes per element
 * (`hosts.map((host) => function job(done) {...})`). `inCall`: an array written in the call, whose functions are the
 * call's callbacks already.
 */
export function taskListOf(arg: Node | undefined, scope: Scope): { entries: Node[]; scope: Scope; inCall: boolean } | undefined {
  let list = arg && unwrapExpression(arg as TSESTree.Expression);
  let inCall = true;
  if (list?.type === 'Identifier') {
    const declared = unchangedInit(list.name, scope);
    if (!declared) return undefined;
    list = declared.node;
    scope = declared.scope;
    inCall = false;
  }
  if (list?.type === 'ArrayExpression') return { entries: list.elements.filter((entry): entry is TSESTree.Expression => entry !== null && entry.type !== 'SpreadElement'), scope, inCall };
  if (list?.type === 'ObjectExpression') {
    const entries = list.properties.flatMap((property) => (property.type === 'Property' ? [property.value] : []));
    return { entries, scope, inCall: false };
  }
  const made = list?.type === 'CallExpression' ? functionMadePerElement(list) : undefined;
  return made ? { entries: [made], scope, inCall: false } : undefined;
}

/** `items.map(function (item) { return function job(done) {...}; })`: the function the callback returns. */
function functionMadePerElement(call: TSESTree.CallExpression): Node | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'map') return undefined;
  const callback = call.arguments[0];
  if (callback?.type !== 'FunctionExpression' && callback?.type !== 'ArrowFunctionExpression') return undefined;
  const made = callback.body.type === 'BlockStatement' ? soleReturned(callback.body) : callback.body;
  return made?.type === 'FunctionExpression' || made?.type === 'ArrowFunctionExpression' ? made : undefined;
}

/** The initial value of a variable that is never assigned again, the scope it is evaluated in, and its binding. */
export function unchangedInit(name: string, scope: Scope): { node: Node; scope: Scope; binding: Binding } | undefined {
  const binding = scope.lookup(name);
  if (binding?.kind !== 'value' || binding.path.length !== 0 || binding.assigned.length !== 0) return undefined;
  return { node: unwrapExpression(binding.init as TSESTree.Expression), scope: binding.scope, binding };
}

/** Limits of data written out in the code that still counts as small: characters of a string, entries of a literal. */
const CONSTANT_TEXT_LIMIT = 4096;
export const CONSTANT_ENTRIES_LIMIT = 64;

/** Entries a constant counts as small up to, in all: a table naming another table sixty times stands for thousands. */
const CONSTANT_DATA_BUDGET = 512;

/** How deep a constant may nest: an entry of a table of lists of records (`TABLES[kind]`, each unit `{ from, to }`). */
const CONSTANT_DATA_DEPTH = 6;

/** `entries` of `const entries = []`: a list the code fills before it copies or reorders it (`entries.reverse()`). */
export function startsEmpty(node: Node, scope: Scope): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  const declared = target.type === 'Identifier' ? unchangedInit(target.name, scope) : undefined;
  return declared !== undefined && isEmptyLiteral(declared.node);
}

export function isEmptyLiteral(node: Node): boolean {
  return (node.type === 'ArrayExpression' && node.elements.length === 0) || (node.type === 'ObjectExpression' && node.properties.length === 0);
}

/** The `path` functions that return a path or a part of one. */
const PATH_STRING_FUNCTIONS: ReadonlySet<string> = new Set(['basename', 'extname', 'dirname', 'join', 'resolve', 'relative', 'normalize', 'format', 'toNamespacedPath']);

function isPathModule(node: Node, scope: Scope): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  // `path.posix.basename(p)`, `path.win32.join(...)`
  if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier' && (target.property.name === 'posix' || target.property.name === 'win32')) return isPathModule(target.object, scope);
  const specifier = moduleOf(target, scope);
  return specifier === 'path' || specifier === 'node:path' || specifier === 'path/posix' || specifier === 'node:path/posix';
}

/** `file.split('/')`, or a slice of it (`.slice(-1)`): the segments of a path or a dotted name. */
function isSegmentList(node: Node): boolean {
  let target = unwrapExpression(node as TSESTree.Expression);
  if (target.type === 'CallExpression' && target.callee.type === 'MemberExpression' && !target.callee.computed && target.callee.property.type === 'Identifier' && target.callee.property.name === 'slice') {
    target = unwrapExpression(target.callee.object);
  }
  return target.type === 'CallExpression' && target.callee.type === 'MemberExpression' && splitsIntoSegments(target);
}

/** Global functions whose result is as long as the text they are given, give or take a few characters each. */
const TEXT_ESCAPING_GLOBALS: ReadonlySet<string> = new Set(['encodeURI', 'encodeURIComponent', 'decodeURI', 'decodeURIComponent', 'escape', 'unescape', 'String']);

/** Array and buffer constructors: what they make of constants is a table of fixed length. */
const ARRAY_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'Array', 'Buffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);

/** `exports.name` or `module.exports.name` read in the module that assigns it: the value the file assigns. */
function exportedValue(access: TSESTree.MemberExpression, scope: Scope): { value: Node; scope: Scope } | undefined {
  const path = memberPath(access);
  const name = path?.length === 2 && path[0] === 'exports' && !scope.lookup('exports') ? path[1] : path?.length === 3 && path[0] === 'module' && path[1] === 'exports' && !scope.lookup('module') ? path[2] : undefined;
  if (name === undefined) return undefined;
  let owner: Scope | null = scope;
  while (owner && !owner.owner) owner = owner.parent;
  const entry = owner?.owner?.file.namedExports.get(name);
  // An empty literal is a store the module fills (`exports.cache = {}`), not a table.
  return entry && 'type' in entry.value && !isEmptyLiteral(entry.value) ? { value: entry.value, scope: entry.scope } : undefined;
}

/**
 * Data written out in the code, of bounded size: literals, object and array literals of such (`{ strict: true }`), and
 * variables never changed that hold them, or their JSON text (`JSON.stringify(DEFAULTS)`).
 */
/** The value written for `name` in the object literal a never-changed variable holds: `OPTIONS.name`. */
function writtenMember(access: TSESTree.MemberExpression, scope: Scope): { value: Node; scope: Scope } | undefined {
  const object = unwrapExpression(access.object);
  if (access.computed || access.property.type !== 'Identifier' || object.type !== 'Identifier') return undefined;
  const init = unchangedInit(object.name, scope);
  if (init?.node.type !== 'ObjectExpression' || scope.holderOf(object.name)?.memberAssignments?.get(init.binding)) return undefined;
  const value = findProperty(init.node, access.property.name);
  return value ? { value, scope: init.scope } : undefined;
}

export function isConstantData(node: Node, scope: Scope): boolean {
  const budget = { left: CONSTANT_DATA_BUDGET };
  return isConstantWithin(node, scope, 0, budget);
}

function isConstantWithin(node: Node, scope: Scope, depth: number, budget: { left: number }): boolean {
  if (depth > CONSTANT_DATA_DEPTH || --budget.left < 0) return false;
  const target = unwrapExpression(node as TSESTree.Expression);
  const constant = (child: Node, childScope = scope): boolean => isConstantWithin(child, childScope, depth + 1, budget);
  switch (target.type) {
    case 'Literal':
      return typeof target.value !== 'string' || target.value.length <= CONSTANT_TEXT_LIMIT;
    case 'TemplateLiteral':
      return target.expressions.length === 0 && target.quasis[0].value.raw.length <= CONSTANT_TEXT_LIMIT;
    case 'UnaryExpression':
      return constant(target.argument);
    // `1024 * 1024`, `1 << 20`: arithmetic on constants written in the code.
    case 'BinaryExpression':
      return (target.operator === '+' || ARITHMETIC_OPERATORS.has(target.operator)) && constant(target.left) && constant(target.right);
    case 'ArrayExpression':
      return target.elements.length <= CONSTANT_ENTRIES_LIMIT && target.elements.every((element) => element !== null && element.type !== 'SpreadElement' && constant(element));
    case 'ObjectExpression':
      return target.properties.length <= CONSTANT_ENTRIES_LIMIT && target.properties.every((property) => property.type === 'Property' && !property.computed && property.kind === 'init' && constant(property.value));
    case 'Identifier': {
      if (target.name === 'undefined') return !scope.lookup('undefined');
      const init = unchangedInit(target.name, scope);
      // A literal whose members are assigned elsewhere (`DEFAULTS.extra = list`) is not fixed.
      if (!init || scope.holderOf(target.name)?.memberAssignments?.get(init.binding)) return false;
      return constant(init.node, init.scope);
    }
    case 'MemberExpression': {
      // `exports.lineTypes` in compiled TypeScript: the module's own export, as the file assigns it.
      const exported = exportedValue(target, scope);
      if (exported) return constant(exported.value, exported.scope);
      // `OPTIONS.required` of `const OPTIONS = { required: ['auth', 'repo'], defaults: { cwd: process.cwd() } }`: the
      // member read, whatever the others hold.
      const written = writtenMember(target, scope);
      if (written) return constant(written.value, written.scope);
      // An entry of a table written out in the code: `FLAVORS[name]`.
      return constant(target.object);
    }
    case 'NewExpression': {
      // `new Uint8Array([137, 80, 78, 71])`, `new Array(256)`: a table of fixed length.
      const callee = unwrapExpression(target.callee);
      return callee.type === 'Identifier' && ARRAY_CONSTRUCTORS.has(callee.name) && !scope.lookup(callee.name) && target.arguments.every((arg) => arg.type !== 'SpreadElement' && constant(arg));
    }
    case 'CallExpression': {
      const callee = unwrapExpression(target.callee);
      const path = memberPath(callee);
      // `Uint8Array.of(137, 80, 78, 71)`, `Buffer.from('89504e47', 'hex')`: made of constants.
      if (path?.length === 2 && ARRAY_CONSTRUCTORS.has(path[0]!) && (path[1] === 'of' || path[1] === 'from') && !scope.lookup(path[0]!)) {
        return target.arguments.every((arg) => arg.type !== 'SpreadElement' && constant(arg));
      }
      const serialised = path?.length === 2 && path[0] === 'JSON' && path[1] === 'stringify' && target.arguments.length >= 1;
      if (serialised || isObjectEntriesCall(target)) return constant(target.arguments[0]!);
      // `Math.pow(1024, 3)`: the global Math on constants.
      if (path?.length === 2 && path[0] === 'Math' && !scope.lookup('Math')) return target.arguments.every((arg) => arg.type !== 'SpreadElement' && constant(arg));
      // `['major', 'minor', 'patch'].reverse()`: a copy or reordering of constant entries is as constant.
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !REORDERING_METHODS.has(callee.property.name)) return false;
      const argumentsConstant = callee.property.name !== 'concat' || target.arguments.every((arg) => arg.type !== 'SpreadElement' && constant(arg));
      return argumentsConstant && !startsEmpty(callee.object, scope) && constant(callee.object);
    }
    default:
      return false;
  }
}
