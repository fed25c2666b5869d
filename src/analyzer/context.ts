import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FunctionInfo, Node } from './model';
import type { CallTarget } from './resolve';
import type { ApiEffect } from './knowledge/types';
import { EQUALITY_OPERATORS, STORING_METHODS, calleeName, lastName, memberPath, requiredSpecifier, soleReturned, unwrapExpression } from './syntax';
import { identifiersIn, isPropertyName, walkWithinFunction } from './walk';

/** Anything that can say what a call site calls: the local resolver, or the whole-program solver. */
export interface TargetLookup {
  target(site: CallSite): CallTarget;
}

export const EVENT_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'addEventListener']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'head', 'options', 'route', 'handle']);
/** Tapable's hooks (webpack and its plugins): `compiler.hooks.emit.tap('Plugin', fn)` registers fn for that stage. */
const HOOK_TAP_METHODS: ReadonlySet<string> = new Set(['tap', 'tapAsync', 'tapPromise']);
/** `.then(cb)` and its kin: the callback is a promise reaction. */
export const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);
/** `Promise.all` and its kin: each takes an iterable of promises and settles once they do. */
export const PROMISE_COMBINATORS: ReadonlySet<string> = new Set(['all', 'allSettled', 'race', 'any']);

/**
 * Why a function runs on the event loop where blocking matters: an async function, a request or event handler,
 * a promise or timer callback, or the callback of an async API. Null for plain synchronous functions.
 */
export function eventLoopContext(fn: FunctionInfo, targets: TargetLookup): string | null {
  if (fn.role === 'module') return null;
  // An async request handler is first of all a request handler: that is what makes per-request costs multiply.
  return callbackContext(fn, targets) ?? (fn.isAsync ? `async function ${displayName(fn)}` : null);
}

/**
 * A callback that runs in a later turn of the event loop (an event or request handler, a promise reaction, a timer
 * or async API callback), not on the stack of the function that passes it: calls through it are not recursion.
 */
export function runsLater(fn: FunctionInfo, targets: TargetLookup): boolean {
  return !isPromiseExecutor(fn) && (callbackContext(fn, targets) !== null || isKeptByCallee(fn, targets) || isCompletionCallback(fn, targets));
}

/**
 * `register('name', function () {...})` where `register`, a function of the file, only keeps the function (in a
 * table, a member, a property descriptor): it runs when it is looked up, not during the call that hands it over.
 */
export function isKeptByCallee(fn: FunctionInfo, targets: TargetLookup): boolean {
  const site = fn.callbackOf;
  if (!site || fn.role !== 'callback') return false;
  // Tapable keeps each tap in its hook's list and calls them at that stage of the build.
  const method = calleeName(site.node);
  if (method !== null && HOOK_TAP_METHODS.has(method) && tapsHook(site.node)) return true;
  const target = targets.target(site);
  const at = site.node.arguments.indexOf(fn.node as TSESTree.CallExpressionArgument);
  // `once(fn)`, `util.callbackify(fn)`: a known wrapper hands back a function that runs fn when it is called.
  if (target.kind === 'api') return target.info.wraps === at;
  return target.kind === 'function' && !target.guessed && storesArgument(target.fn, at, targets, 0);
}

export function isPromiseExecutor(fn: FunctionInfo): boolean {
  const site = fn.callbackOf;
  return site !== null && site.isNew && fn.role === 'callback' && calleeName(site.node) === 'Promise';
}

function callbackContext(fn: FunctionInfo, targets: TargetLookup): string | null {
  const site = fn.callbackOf;
  if (!site || (fn.role !== 'callback' && fn.role !== 'array-callback')) return null;
  if (isPromiseExecutor(fn)) return 'promise executor';
  const method = calleeName(site.node);
  if (method && PROMISE_METHODS.has(method)) return `.${method}() callback`;
  if (method && EVENT_METHODS.has(method)) {
    const event = firstStringArgument(site.node);
    return event ? `handler for '${event}' events` : 'event handler';
  }
  if (method && ROUTE_METHODS.has(method) && firstStringArgument(site.node) !== null) return `request handler for ${method.toUpperCase()} ${firstStringArgument(site.node)}`;
  if (method === 'createServer') return 'server request callback';
  // `app.use((req, res, next) => ...)`, `client.interceptors.response.use(null, onError)`: middleware runs per request.
  if (method === 'use' && site.node.arguments.some((arg) => arg === fn.node)) return MIDDLEWARE;
  const target = targets.target(site);
  if (target.kind === 'api' && callsBackLater(target.info.effect)) return target.info.effect === 'timer' ? `${target.name} callback` : `callback of ${target.name}`;
  if (target.kind === 'api' && target.info.handlers) return `${HANDLER_OF}${target.name}`;
  return null;
}

/** `compiler.hooks.emit.tap(...)`, `hooks.done.tapAsync(...)`: a tap on a member of an object named `hooks`. */
function tapsHook(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const hook = unwrapExpression(callee.object);
  return hook.type === 'MemberExpression' && lastName(hook.object) === 'hooks';
}

/** The first parameter of a Node-style completion callback: `(err, result) => ...`. */
const ERROR_PARAMETER = /^_?(err|error|er)$/i;

/**
 * `client.connect((err) => ...)`: a callback taking an error first, passed last to a call of unknown origin, is called
 * once that call's operation ends, in a later turn of the event loop, as Node's asynchronous APIs do. (Whether the
 * callback then runs where blocking matters is left to what the call is known to be.)
 */
function isCompletionCallback(fn: FunctionInfo, targets: TargetLookup): boolean {
  const site = fn.callbackOf;
  if (!site || fn.role !== 'callback') return false;
  const args = site.node.arguments;
  if (args[args.length - 1] !== fn.node || !endsWithCompletionCallback(site.node)) return false;
  const target = targets.target(site);
  return target.kind === 'unknown' || target.kind === 'import';
}

/** `store.get(key, (err, value) => ...)`: the last argument is a function written there that takes an error first. */
export function endsWithCompletionCallback(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const last = writtenFunction(call.arguments[call.arguments.length - 1]);
  const first = last?.params[0];
  return first?.type === 'Identifier' && ERROR_PARAMETER.test(first.name);
}

/**
 * A function written as the argument, or bound to `this` the way CoffeeScript compiles `(err, res) => ...`:
 * `(function (_this) { return function (err, res) {...}; })(this)`.
 */
function writtenFunction(arg: TSESTree.CallExpressionArgument | undefined): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  if (arg?.type === 'FunctionExpression' || arg?.type === 'ArrowFunctionExpression') return arg;
  if (arg?.type !== 'CallExpression' || arg.arguments.length !== 1 || arg.arguments[0].type !== 'ThisExpression') return undefined;
  const binder = unwrapExpression(arg.callee);
  const bound = binder.type === 'FunctionExpression' ? soleReturned(binder.body) : undefined;
  return bound?.type === 'FunctionExpression' ? bound : undefined;
}

const MIDDLEWARE = 'middleware';
const HANDLER_OF = 'handler registered with ';

const PROPERTY_DEFINERS = new Set(['Object.defineProperty', 'Object.defineProperties', 'Reflect.defineProperty', 'Object.assign']);
/** Per target lookup (the local resolver or the solver may answer differently), per helper, per argument position. */
const storedArguments = new WeakMap<TargetLookup, WeakMap<FunctionInfo, Map<number, boolean>>>();

/**
 * A function of the file that only keeps the argument at `index` (in a member, a collection, a property descriptor)
 * and calls nothing that could run it: `_add(name, body) { Object.defineProperty(proto, name, { value: body }) }`.
 */
function storesArgument(helper: FunctionInfo, index: number, targets: TargetLookup, depth: number): boolean {
  if (index < 0 || helper.node.type === 'Program' || depth > 3) return false;
  let byHelper = storedArguments.get(targets);
  if (!byHelper) storedArguments.set(targets, (byHelper = new WeakMap()));
  let known = byHelper.get(helper);
  if (!known) byHelper.set(helper, (known = new Map()));
  let stores = known.get(index);
  if (stores === undefined) {
    known.set(index, false);
    stores = keepsParameter(helper, index, targets, depth);
    known.set(index, stores);
  }
  return stores;
}

function keepsParameter(helper: FunctionInfo, index: number, targets: TargetLookup, depth: number): boolean {
  const node = helper.node as Exclude<FunctionInfo['node'], TSESTree.Program>;
  const param = node.params[index];
  if (param?.type !== 'Identifier' || !node.body) return false;
  const binding = helper.scope.bindings.get(param.name);
  if (binding?.kind !== 'param' || binding.assigned.length > 0) return false;
  if (onlyWrapsParameter(helper, param.name)) return true;
  if (!callsOnlyKeepers(helper, targets, depth)) return false;
  let kept = true;
  const body: Node = node.body;
  walkWithinFunction(body, (child) => {
    if (!kept) return false;
    if (child.type === 'Identifier' && child.name === param.name && !isPropertyName(child)) kept = isKeptReference(child, helper, targets, depth);
    return kept;
  });
  return kept;
}

/**
 * `wrapToDomain(ee, fn) { return function () { ... fn.apply(this, arguments) } }`: the parameter is used only by the
 * function the helper returns, or sets as a member (`instance[method] = function () { callback.apply(...) }`), which
 * runs when that is called, not during this call.
 */
function onlyWrapsParameter(helper: FunctionInfo, name: string): boolean {
  const node = helper.node as Exclude<FunctionInfo['node'], TSESTree.Program>;
  if (!node.body || !onlyInspectsParameter(node.body, name)) return false;
  let wraps = false;
  for (const child of helper.children) {
    if (!usesNameAnywhere(child, name)) continue;
    if (!isHandedBack(child, node)) return false;
    wraps = true;
  }
  return wraps;
}

/** A nested function the helper returns (`return function () {...}`, `(fn) => () => fn()`) or sets as a member. */
function isHandedBack(child: FunctionInfo, helper: Exclude<FunctionInfo['node'], TSESTree.Program>): boolean {
  const holder = (child.node as { parent?: Node }).parent;
  const storedAsMember = holder?.type === 'AssignmentExpression' && holder.operator === '=' && holder.right === child.node && holder.left.type === 'MemberExpression';
  return holder?.type === 'ReturnStatement' || helper.body === child.node || storedAsMember;
}

/** The positions of the parameters a function only wraps in a function it returns or sets as a member; undefined when none. */
export function wrappedParameters(fn: FunctionInfo): number[] | undefined {
  const node = fn.node;
  if (node.type === 'Program' || !fn.children.some((child) => isHandedBack(child, node))) return undefined;
  let positions: number[] | undefined;
  node.params.forEach((param, at) => {
    if (param.type !== 'Identifier') return;
    const binding = fn.scope.bindings.get(param.name);
    if (binding?.kind === 'param' && binding.assigned.length === 0 && onlyWrapsParameter(fn, param.name)) (positions ??= []).push(at);
  });
  return positions;
}

/**
 * The helper's own code only looks at the function it is handed, if it uses it at all: `typeof fn !== 'function'`,
 * `!fn`, `fn.length - 1` (its arity), `fn.name`. None of these runs it.
 */
function onlyInspectsParameter(body: Node, name: string): boolean {
  let inspectsOnly = true;
  walkWithinFunction(body, (child) => {
    if (!inspectsOnly) return false;
    if (child.type === 'Identifier' && child.name === name && !isPropertyName(child)) inspectsOnly = isInspection(child);
    return inspectsOnly;
  });
  return inspectsOnly;
}

const INSPECTED_FUNCTION_PROPERTIES: ReadonlySet<string> = new Set(['length', 'name', 'displayName']);

function isInspection(reference: Node): boolean {
  const parent = (reference as { parent?: Node }).parent;
  if (!parent) return false;
  if (parent.type === 'UnaryExpression') return parent.operator === 'typeof' || parent.operator === '!';
  if (parent.type === 'BinaryExpression') return EQUALITY_OPERATORS.has(parent.operator);
  if (parent.type === 'MemberExpression') {
    const read = parent.object === reference && !parent.computed && parent.property.type === 'Identifier' && INSPECTED_FUNCTION_PROPERTIES.has(parent.property.name);
    const holder = (parent as { parent?: Node }).parent;
    return read && !(holder?.type === 'CallExpression' && holder.callee === parent) && !(holder?.type === 'AssignmentExpression' && holder.left === parent);
  }
  return false;
}

function usesNameAnywhere(fn: FunctionInfo, name: string): boolean {
  return identifiersIn(fn.node).has(name) || fn.children.some((child) => usesNameAnywhere(child, name));
}

/**
 * Calls that cannot run a kept function: storing it, defining a property, constructing an error or a collection,
 * or a function of the file that makes only such calls itself.
 */
function isKeepingCall(site: CallSite, targets: TargetLookup, depth: number): boolean {
  const callee = unwrapExpression(site.node.callee);
  const target = targets.target(site);
  if (takesHandlers(target)) return true;
  if (site.isNew) return callee.type === 'Identifier' && KEEPING_CONSTRUCTORS.test(callee.name);
  const path = memberPath(callee);
  if (path && PROPERTY_DEFINERS.has(path.join('.'))) return true;
  // `var stream = require('stream')` in the helper: loading a module runs nothing it was given.
  if (requiredSpecifier(site.node) !== undefined) return true;
  // `queue.add(fn)` on a class of the project may run what it is given: only the runtime's collections just keep it.
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && STORING_METHODS.has(callee.property.name)) return target.kind !== 'function' && target.kind !== 'import';
  return depth <= 3 && target.kind === 'function' && !target.guessed && callsOnlyKeepers(target.fn, targets, depth + 1);
}

/**
 * `new stream.Transform({ transform: fn })`, `through2(fn)`, `diagnostics_channel.subscribe(name, fn)`: an API that
 * keeps the functions it is given to call them later.
 */
function takesHandlers(target: CallTarget): boolean {
  return target.kind === 'api' && target.info.handlers === true;
}

/** A function of the file with no nested functions whose every call is a keeping one. */
function callsOnlyKeepers(fn: FunctionInfo, targets: TargetLookup, depth: number): boolean {
  return fn.node.type !== 'Program' && fn.children.length === 0 && fn.calls.every((site) => isKeepingCall(site, targets, depth));
}

const KEEPING_CONSTRUCTORS = /Error$|^(Map|Set|WeakMap|WeakSet|Array|Object)$/;

/** The parameter is kept (a member's or a table entry's value) or only tested, never called or handed on to run. */
function isKeptReference(reference: Node, helper: FunctionInfo, targets: TargetLookup, depth: number): boolean {
  let value: Node = reference;
  for (;;) {
    const parent = (value as { parent?: Node }).parent;
    if (!parent) return false;
    switch (parent.type) {
      case 'Property':
        if (parent.value !== value) return false;
        value = parent.parent as Node;
        continue;
      case 'ObjectExpression':
      case 'TSAsExpression':
        value = parent;
        continue;
      case 'ReturnStatement':
        return value.type === 'ObjectExpression';
      case 'AssignmentExpression':
        return parent.right === value && parent.operator === '=' && parent.left.type === 'MemberExpression';
      case 'UnaryExpression':
        return parent.operator === 'typeof' || parent.operator === '!';
      case 'BinaryExpression':
        return parent.operator === 'instanceof' || parent.operator === '===' || parent.operator === '!==';
      case 'IfStatement':
        return parent.test === value;
      case 'CallExpression':
      case 'NewExpression': {
        const at = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
        if (at < 0) return false;
        const site = helper.file.siteOfNode.get(parent);
        if (site?.isNew) return takesHandlers(targets.target(site));
        return site !== undefined && isKeepingCall(site, targets, depth) && isStoringTarget(site, at, targets, depth);
      }
      default:
        return false;
    }
  }
}

/** The call keeps its argument at `index`: a collection or property definer, or a function of the file that keeps it. */
function isStoringTarget(site: CallSite, index: number, targets: TargetLookup, depth: number): boolean {
  const target = targets.target(site);
  if (target.kind === 'function' && !target.guessed) return storesArgument(target.fn, index, targets, depth + 1);
  return true;
}

/**
 * Middleware and the handlers of stream helpers and interceptors run per request or per chunk once data flows:
 * registering one neither does its work nor its I/O.
 */
export function isRegisteredHandler(context: string | null): boolean {
  return context !== null && (context === MIDDLEWARE || context.startsWith(HANDLER_OF));
}

/** An API with this effect calls the callback passed to it in a later turn of the event loop. */
export function callsBackLater(effect: ApiEffect): boolean {
  return effect === 'timer' || effect === 'async-io' || effect === 'threadpool';
}

/** Request handlers, server callbacks and handlers of request-like events run once per request: per-call costs multiply. */
export function isPerRequestContext(context: string | null): boolean {
  return context !== null && (context === MIDDLEWARE || /^(request handler|server request|handler for '(request|connection|message|upgrade|stream|data)' events)/.test(context));
}

export function displayName(fn: { name: string }): string {
  return fn.name === '<anonymous>' ? 'anonymous function' : `'${fn.name}'`;
}

export function firstStringArgument(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const arg = node.arguments[0];
  if (arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  if (arg?.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis[0].value.cooked ?? null;
  return null;
}
