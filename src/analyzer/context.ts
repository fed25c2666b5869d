import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FunctionInfo } from './model';
import type { CallTarget } from './resolve';
import type { ApiEffect } from './knowledge/types';
import { calleeName } from './syntax';

/** Anything that can say what a call site calls: the local resolver, or the whole-program solver. */
export interface TargetLookup {
  target(site: CallSite): CallTarget;
}

export const EVENT_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'addEventListener']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'head', 'options', 'route', 'handle']);
/** `.then(cb)` and its kin: the callback is a promise reaction. */
export const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

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
  return !isPromiseExecutor(fn) && callbackContext(fn, targets) !== null;
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

const MIDDLEWARE = 'middleware';
const HANDLER_OF = 'handler registered with ';

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
