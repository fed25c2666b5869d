import type { TSESTree } from '@typescript-eslint/types';
import type { ApiInfo } from './knowledge/types';
import { isKnownModule, lookupApi, lookupDistinctiveMethod, lookupFsMethodByName, lookupGlobal, lookupInstanceApi, lookupTranspilerHelper, undeclaredModule } from './knowledge';
import type { AssignedValue, Binding, BundleTable, CallSite, ClassInfo, ExportEntry, FileModel, FunctionInfo, Node } from './model';
import { Scope, bundleTableOfNode, classOfNode, functionOfNode } from './model';
import { EQUALITY_OPERATORS, STORING_METHODS, babelHelperName, boundFunction, calleeName, findProperty, immediateCallArgument, isInheritsFunctionName, isInteropHelper, isRelativeSpecifier, isWithin, keyName, lastName, memberPath, namesError, namesShortString, prototypeOwner, requiredSpecifier, testsMissing, thisPrivateFieldAccess, unwrapExpression } from './syntax';
import { INHERITS_KEY, createdClassOf, holdsFunction, isCreatedClassMethod, isHelperDeclaration, prototypeOwnerOf } from './collect';
import { FUNCTION_TYPES, rootName, walkWithinFunction } from './walk';
import { mayLeaveFunction } from './control-flow';
import { isConstantData, isSettingsValue, isShortConcatenation, regexLiteral, taskListOf, unchangedInit } from './loop-size';
import { EVENT_METHODS, PROMISE_COMBINATORS, PROMISE_METHODS, endsWithCompletionCallback, isPromiseExecutor } from './context';

/** What an expression evaluates to, as far as the analyzer can tell without running it. */
export type Value =
  | { k: 'module'; spec: string; path: string[] }
  | { k: 'global'; path: string[] }
  /** `binding`: the variable holding the instance, whose members the code may add (`that.send = function () {}`). */
  | { k: 'api-instance'; type: string; path: string[]; binding?: BindingRef }
  | { k: 'fn'; fn: FunctionInfo; binding?: BindingRef }
  | { k: 'class'; cls: ClassInfo; binding?: BindingRef }
  | { k: 'instance'; cls: ClassInfo }
  | { k: 'proto-instance'; binding: BindingRef }
  | { k: 'object'; node: TSESTree.ObjectExpression; scope: Scope; binding?: BindingRef }
  | { k: 'namespace'; file: FileModel }
  /** `members`: the binding of a parameter the function fills (`lib.sign = ...`), whose members are known. */
  | { k: 'param'; name: string; path: string[]; members?: BindingRef }
  /**
   * A member of another file of the project, resolved later against that file's exports; `newAt` marks `new`,
   * `callsAt` the calls along the path (`load(o).named(n)`: [0, 1]), in order.
   */
  | { k: 'import'; spec: string; path: string[]; newAt?: number; callsAt?: number[] }
  /** `ofPackage`: an object made by a package the tables do not describe (`new JoyCon()`), or its method. */
  | { k: 'unknown'; member?: string; ofPackage?: string };

interface BindingRef {
  binding: Binding;
  scope: Scope;
}

export type CallTarget =
  | { kind: 'api'; info: ApiInfo; name: string; guessed: boolean; weak?: boolean }
  | { kind: 'function'; fn: FunctionInfo; guessed: boolean }
  | { kind: 'import'; spec: string; path: string[]; newAt?: number; callsAt?: number[]; isNew: boolean; hasCallback: boolean; promised: boolean; fallback?: CallTarget }
  | { kind: 'unknown' };

export interface ModuleLocator {
  /** The analyzed model of a relative import, or undefined when it cannot be found or parsed. */
  resolveFile(from: FileModel, specifier: string): FileModel | undefined;
}

const UNKNOWN: Value = { k: 'unknown' };

/** Where a member is read: its offset, in the function whose own statements run in text order. */
interface ReadPosition {
  at: number;
  fn: FunctionInfo | null;
}
const EVENT_SUBSCRIPTIONS = new Set(['on', 'once', 'addListener']);
const MAX_DEPTH = 24;
/**
 * Parameter names that stand for an HTTP server's request and response, or a socket, by the universal convention
 * of handlers.
 */
const HTTP_REQUEST = { type: 'http#IncomingMessage', what: 'HTTP request' };
const HTTP_RESPONSE = { type: 'http#ServerResponse', what: 'HTTP response' };
/** Only what a socket does on its own: its listeners (`socket.on('data', cb)`) are still guessed as waits. */
const SOCKET = { type: 'net#Socket', what: 'socket', ownEffectsOnly: true };
/** `module.exports = function (grunt) { ... grunt.file.read(p) }`: what Grunt hands its plugins, members of members included. */
const GRUNT = { type: 'grunt#Grunt', what: 'Grunt, as handed to a plugin', nested: true };
const CONVENTIONAL_PARAMETERS: ReadonlyMap<string, { type: string; what: string; ownEffectsOnly?: boolean; nested?: boolean }> = new Map([
  ['req', HTTP_REQUEST],
  ['request', HTTP_REQUEST],
  ['res', HTTP_RESPONSE],
  ['response', HTTP_RESPONSE],
  ['socket', SOCKET],
  ['sock', SOCKET],
  ['grunt', GRUNT],
]);

/**
 * Names a program gives the connections it holds, for receivers of unknown origin: a Redis client (`this.redis`,
 * `redisClient`, `pubRedis`), whose every command is a round trip; a socket (`this.socket`, `tlsSocket`) and a
 * WebSocket (`this.ws`), whose writes and sends go out over the network.
 */
const CONNECTION_NAMES: readonly { name: RegExp; types: readonly string[]; what: string; methods?: ReadonlySet<string> }[] = [
  { name: /^_?(?:redis(?:Client|Connection)?|[a-z]+Redis)$/, types: ['ioredis#Redis'], what: 'a Redis client' },
  // A stream socket's methods first; `send` is a datagram socket's.
  { name: /^_?(?:socket|sock|[a-z]+Socket)$/, types: ['net#Socket', 'dgram#Socket'], what: 'a socket' },
  { name: /^_?(?:ws|websocket|webSocket)$/, types: ['globalThis#WebSocket'], what: 'a WebSocket' },
  { name: /^_?(?:mdns|multicastDns)$/, types: ['multicast-dns#MulticastDNS'], what: 'an mDNS socket' },
  // A WebRTC data channel (`this._channel.send(chunk)`), a chat or pub/sub channel: a send goes out.
  { name: /^_?(?:channel|dataChannel|[a-z]+DataChannel)$/, types: ['globalThis#WebSocket'], what: 'a data channel', methods: new Set(['send']) },
  // `this._stream.write(chunk)`: writes queue, as a file stream's do (a loop formatting rows before each still computes).
  // Not `end`: a transform ending itself (`stream.end()` with `this` handed in) only finishes in memory.
  // A pipe to another process (`this.writePipe`, `child.stdin`) is a stream too.
  { name: /^_?(?:stream|writable|stdin|[a-z]+(?:Stream|Pipe))$/, types: ['fs#WriteStream'], what: 'a stream', methods: new Set(['write', 'close']) },
];

/**
 * `this.connection.redis.llen(key)`, `this.ws.send(frame)`: a call on a receiver named as a connection or stream;
 * `heldParameter`, the parameter the receiver holds (`this.client = redisClient`), named so when the receiver is not.
 */
function connectionByName(site: CallSite, callee: Node, member: string, heldParameter?: string): CallTarget | undefined {
  const written = callee.type === 'MemberExpression' ? lastName(callee.object) : null;
  const namedAs = (name: string | null | undefined) => (name ? CONNECTION_NAMES.find((convention) => convention.name.test(name)) : undefined);
  let receiver = written;
  let connection = namedAs(written);
  if (!connection && heldParameter !== undefined && heldParameter !== written) [receiver, connection] = [heldParameter, namedAs(heldParameter)];
  if (!connection || (connection.methods && !connection.methods.has(member))) return undefined;
  const command = connection.types.map((type) => lookupInstanceApi(type, [member])).find((info) => info !== undefined);
  return command && command.effect !== 'none' ? { kind: 'api', info: command, name: `${site.calleeText} (${receiver} taken for ${connection.what})`, guessed: true } : undefined;
}

/**
 * `redisClient` for the receiver `this.client` of a class whose constructor stores its parameter so (`this.client =
 * redisClient`): the parameter stays unknown when resolved, but its name is the caller's word for it.
 */
function fieldParameterName(callee: Node, fn: FunctionInfo): string | undefined {
  if (callee.type !== 'MemberExpression') return undefined;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type !== 'MemberExpression' || receiver.computed || receiver.object.type !== 'ThisExpression' || receiver.property.type !== 'Identifier') return undefined;
  const self = thisValue(fn);
  const stored = self.k === 'instance' ? self.cls.fields.get(receiver.property.name) : undefined;
  if (stored?.length !== 1) return undefined;
  const value = unwrapExpression(stored[0].value as TSESTree.Expression);
  return value.type === 'Identifier' && stored[0].scope.lookup(value.name)?.kind === 'param' ? value.name : undefined;
}

/** `this.client`, `db`, `this.pool`, `pgConnection`: names a program gives its handle on a database or service. */
const SERVICE_HANDLE_NAME = /^_?(?:client|db|database|conn|connection|pool|driver)$|[a-z](?:Client|Db|Database|Connection|Pool)$/;

function callsServiceHandle(site: CallSite): boolean {
  const callee = unwrapExpression(site.node.callee);
  const receiver = callee.type === 'MemberExpression' ? lastName(callee.object) : null;
  return receiver !== null && SERVICE_HANDLE_NAME.test(receiver);
}

/** Methods of event emitters and streams that return the object they are called on, so calls chain. */
const RECEIVER_RETURNING_METHODS: ReadonlySet<string> = new Set([
  'on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'off', 'removeListener', 'removeAllListeners',
  'setMaxListeners', 'setEncoding', 'pause', 'resume',
]);

/** Values that are objects: what a constructor may return instead of its own instance. */
const OBJECT_VALUE_KINDS: ReadonlySet<Value['k']> = new Set(['instance', 'proto-instance', 'object', 'api-instance']);
/** Defaults of a parameter that stand for it: modules and functions, not data (`options = {}` stays the caller's). */
const INJECTED_DEFAULT_KINDS: ReadonlySet<Value['k']> = new Set(['module', 'global', 'api-instance', 'fn', 'class', 'import']);
/** How many assignments of one member are tried for one that resolves. */
const MAX_ASSIGNMENTS_TRIED = 4;
/** Method names of built-in objects: too common to guess a same-file target from the name alone. */
const BUILTIN_METHOD_NAMES = new Set([
  'map', 'forEach', 'filter', 'reduce', 'some', 'every', 'find', 'push', 'pop', 'shift', 'unshift', 'slice', 'splice',
  'concat', 'join', 'split', 'indexOf', 'includes', 'toString', 'valueOf', 'call', 'apply', 'bind', 'then', 'catch',
  'finally', 'get', 'set', 'has', 'delete', 'clear', 'add', 'keys', 'values', 'entries', 'replace', 'match', 'test',
  'exec', 'trim', 'toLowerCase', 'toUpperCase', 'charAt', 'charCodeAt', 'substring', 'substr', 'emit', 'on', 'once',
  'write', 'end', 'read', 'close', 'open', 'send', 'init', 'create', 'constructor', 'next', 'resolve', 'reject',
  'sort', 'reverse', 'fill', 'assign', 'log', 'error', 'warn', 'info', 'debug', 'getTime', 'toISOString', 'toJSON',
]);

/** Methods whose callback is not told an operation's end: iteration, promise reactions, listeners, middleware. */
const NON_IO_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'map', 'forEach', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'flatMap', 'sort',
  'replace', 'replaceAll', 'call', 'apply', 'bind', 'use', 'subscribe', ...PROMISE_METHODS, ...EVENT_METHODS,
]);

/**
 * Resolves expressions to values and call sites to targets. With a locator, relative imports are followed into
 * other files; without one, they stay `import` values for a later, cross-file pass.
 */
export class Resolver {
  private readonly memo = new Map<Node, Value>();
  private readonly targets = new Map<CallSite, CallTarget>();
  /** Sites resolved as `f.call(...)`/`f.apply(...)` calls of `f`. */
  private readonly invokedBy = new Map<CallSite, 'call' | 'apply'>();
  private readonly returned = new Map<FunctionInfo, ReadonlySet<string>>();

  constructor(private readonly locator: ModuleLocator | null = null) {}

  callTarget(site: CallSite): CallTarget {
    let target = this.targets.get(site);
    if (!target) {
      target = this.computeCallTarget(site);
      this.targets.set(site, target);
    }
    return target;
  }

  /** Resolves an arbitrary expression evaluated in the scope of `fn`. */
  valueOf(node: Node, fn: FunctionInfo): Value {
    return this.expr(node, fn.scope, fn, 0);
  }

  /**
   * The arguments the called function receives by position: those of the call, but for `f.call(thisArg, ...)`
   * (`this` first) and `f.apply(thisArg, args)` (one array: none known) resolved as calls of `f`.
   */
  positionalArguments(site: CallSite): readonly TSESTree.CallExpressionArgument[] {
    this.callTarget(site);
    return receivedArguments(site.node, this.invokedBy.get(site));
  }

  /** How many arguments the callee receives, or -1 when that is not known (`.apply`, spread arguments). */
  suppliedArgumentCount(site: CallSite): number {
    this.callTarget(site);
    if (this.invokedBy.get(site) === 'apply') return -1;
    const args = receivedArguments(site.node, this.invokedBy.get(site));
    return args.some((arg) => arg.type === 'SpreadElement') ? -1 : args.length;
  }

  private computeCallTarget(site: CallSite): CallTarget {
    const direct = this.computeDirectCallTarget(site, site.node.callee);
    // `Q.nfcall(fs.readFile, file)`: the call is a call of the function it is handed.
    const handed = direct.kind === 'api' && direct.info.invokes !== undefined ? site.node.arguments[direct.info.invokes] : undefined;
    if (handed && handed.type !== 'SpreadElement') {
      const target = this.computeDirectCallTarget(site, handed);
      return target.kind === 'unknown' ? direct : target;
    }
    const invoked = site.node.type === 'CallExpression' ? invokedThroughCallOrApply(site.node.callee) : undefined;
    if (!invoked) return direct;
    if (direct.kind === 'function') {
      // `helper.call(this, x)` resolves to helper itself (see `member`): its arguments start after `this`.
      const receiver = this.expr(invoked.fn, site.fn.scope, site.fn, 0);
      if (receiver.k === 'fn' && receiver.fn === direct.fn) this.invokedBy.set(site, invoked.method);
      return direct;
    }
    // Another file's export is resolved later, by its path: `fs.readFileSync.apply(this, args)` with `fs` from a
    // local module, or `parser.apply(null, arguments)` with `parser = require('./parser')`, is a call of that
    // function when what comes first is a `this` value, not a plugin's compiler.
    if (direct.kind === 'import' && !passesThisValue(site.node)) return direct;
    if (direct.kind !== 'unknown' && direct.kind !== 'import') return direct;
    // `fs.statSync.apply(fs, arguments)`: when `.call`/`.apply` is not a method of its own (a webpack plugin's
    // `apply(compiler)`, `Reflect.apply`), it calls what it is taken from.
    const target = this.computeDirectCallTarget(site, invoked.fn, invoked.method);
    if (target.kind !== 'unknown') this.invokedBy.set(site, invoked.method);
    return target;
  }

  private computeDirectCallTarget(site: CallSite, callee: Node, invokedBy?: 'call' | 'apply'): CallTarget {
    const node = site.node;
    const value = this.expr(callee, site.fn.scope, site.fn, 0);
    if (invokedBy && !CALLABLE_VALUE_KINDS.has(value.k)) return { kind: 'unknown' };
    // `.apply` passes the arguments as one array: whether the last is a callback is not known.
    const hasCallback = invokedBy === 'apply' ? false : lastArgumentIsFunction(node, site.fn.scope);
    const args = receivedArguments(node, invokedBy);
    switch (value.k) {
      case 'module': {
        const api = lookupApi(value.spec, value.path);
        const name = `${value.spec}${value.path.length ? '.' + value.path.join('.') : ''}`;
        // `fsUtil.readFileSync(file)` with `fsUtil = require('safefs')`, a package the tables do not describe.
        if (api === undefined && value.path.length === 1 && !isKnownModule(value.spec)) {
          const guess = fsMethodGuess(value.path[0]!, hasCallback, resultIsPromised(site)) ?? synchronousVariantGuess(value.path[0]!, name);
          if (guess) return guess;
        }
        // `request(options, (err, res, body) => ...)`, a package the tables do not describe called as a function: by
        // Node's convention, an operation that reports its end to an error-first callback is asynchronous I/O. Not a
        // member (`neoAsync.each(items, fn, done)`, `async.parallel(tasks, done)`): control flow reports its end too.
        const unknownPackage = api === undefined && !isKnownModule(value.spec) && !isRelativeSpecifier(value.spec);
        if (unknownPackage && value.path.length === 0 && endsWithCompletionCallback(node)) {
          return { kind: 'api', info: { effect: 'async-io' }, name: `${name}, which reports to an error-first callback`, guessed: true, weak: true };
        }
        // `series(jobs, done)` with tasks the code does not list: what control flow with a completion callback runs is I/O.
        if (api?.runsTasks !== undefined && !taskListOf(args[api.runsTasks], site.fn.scope) && endsWithCompletionCallback(node)) {
          return { kind: 'api', info: { effect: 'async-io' }, name: `${name}, which runs tasks it is handed and reports to an error-first callback`, guessed: true, weak: true };
        }
        // `this.logStream.write(line)` with `logStream = rotator.getStream(...)` from a package the tables do not describe.
        const named = unknownPackage && value.path.length > 1 ? connectionByName(site, callee, value.path[value.path.length - 1]!) : undefined;
        if (named) return named;
        const promisified = api === undefined ? promisifiedAllMember(value.spec, value.path) : undefined;
        if (promisified) return { kind: 'api', info: promisified, name: `${name} (promisified)`, guessed: false };
        return sized(apiTarget(api, name, hasCallback), node, site.fn.scope);
      }
      case 'global':
        return sized(apiTarget(lookupGlobal(value.path), value.path.join('.'), hasCallback), node, site.fn.scope);
      case 'api-instance':
        return setUpForSync(sized(apiTarget(lookupInstanceApi(value.type, value.path), instanceApiName(value.type, value.path), hasCallback), node, site.fn.scope), site, callee);
      case 'fn': {
        const helper = isHelperDeclaration(value.fn) ? lookupTranspilerHelper(value.fn.name) : undefined;
        if (helper) return { kind: 'api', info: helper, name: value.fn.name, guessed: false };
        return { kind: 'function', fn: value.fn, guessed: false };
      }
      case 'import': {
        const target: CallTarget = { kind: 'import', spec: value.spec, path: value.path, newAt: value.newAt, callsAt: value.callsAt, isNew: site.isNew, hasCallback, promised: resultIsPromised(site) };
        // A method of what a chain of calls into another file made (`PBKDF2.create(cfg).compute(p, s)`) may not link:
        // what its name suggests stands in, as for a receiver of unknown origin.
        const calls = value.callsAt?.length ?? 0;
        const member = value.path[value.path.length - 1];
        if (member !== undefined && (calls > 1 || (calls === 1 && value.newAt !== undefined))) {
          const fallback = this.guessUnknownMember(site, callee, member, undefined, hasCallback);
          if (fallback.kind !== 'unknown') target.fallback = fallback;
        }
        return target;
      }
      case 'class': {
        const ctor = value.cls.methods.get('constructor');
        return ctor ? { kind: 'function', fn: ctor, guessed: false } : { kind: 'unknown' };
      }
      case 'param':
      case 'unknown': {
        // `res.end(body)` in `function send(req, res, body)`: a parameter named as a server's response is one.
        const conventional = value.k === 'param' && value.path.length > 0 ? CONVENTIONAL_PARAMETERS.get(value.name) : undefined;
        if (conventional && value.k === 'param' && (value.path.length === 1 || conventional.nested)) {
          const api = lookupInstanceApi(conventional.type, value.path);
          if (api && !(conventional.ownEffectsOnly && api.effect === 'none')) return { kind: 'api', info: api, name: `${value.name}.${value.path.join('.')} (${conventional.what})`, guessed: true };
        }
        const member = value.k === 'param' ? value.path[value.path.length - 1] : value.member;
        if (member) {
          // `this.client.del(key)` with `this.client = redisClient`: the parameter's name tells what the receiver is.
          const heldParameter = value.k === 'param' && value.path.length === 1 ? value.name : fieldParameterName(callee, site.fn);
          return this.guessUnknownMember(site, callee, member, value.k === 'unknown' ? value.ofPackage : undefined, hasCallback, heldParameter);
        }
        // `query(sql, params, (err, result) => ...)`, an injected function named for an I/O operation that reports its
        // end to an error-first callback: asynchronous I/O, by Node's convention. (An `iterator(item, cb)` of a
        // control-flow helper is not named so.)
        if (value.k === 'param' && namesIoOperation(value.name) && endsWithCompletionCallback(node)) {
          return { kind: 'api', info: { effect: 'async-io' }, name: `${site.calleeText}, a ${value.name} function handed in that reports to an error-first callback`, guessed: true, weak: true };
        }
        return { kind: 'unknown' };
      }
      default:
        return { kind: 'unknown' };
    }
  }

  /** A method of an object of unknown origin (`ofPackage`: made by that package), by its name and how it is called. */
  private guessUnknownMember(site: CallSite, callee: Node, member: string, ofPackage: string | undefined, hasCallback: boolean, heldParameter?: string): CallTarget {
    const named = connectionByName(site, callee, member, heldParameter);
    if (named) return named;
    // `this.#fs.scandirSync(dir)` on an injected file-system adapter: named as a blocking file operation, unless the
    // file defines a method of that name itself (`this.parentBucket.removeTokensSync(n)` in a token bucket).
    const ownMethod = site.fn.file.methodsByName.has(member);
    const variant = ownMethod ? undefined : synchronousVariantGuess(member, ofPackage !== undefined ? `${member} of a ${ofPackage} object` : `${member} of an object of unknown origin`);
    return variant ?? this.guessByMemberName(site, member, hasCallback, resultIsPromised(site));
  }

  /**
   * An unresolved receiver: `options.statSync(p)` on an injected fs object, or `this.parser.write(chunk)` where
   * exactly one function of that name exists in the file. `promised`: the call's result is awaited or chained with
   * `.then`, as a promisified fs method's would be.
   */
  private guessByMemberName(site: CallSite, member: string, hasCallback: boolean, promised: boolean): CallTarget {
    const fsGuess = fsMethodGuess(member, hasCallback, promised);
    if (fsGuess) return fsGuess;
    const distinctive = hasCallback ? lookupDistinctiveMethod(member) : undefined;
    if (distinctive) return { kind: 'api', info: distinctive.info, name: `${site.calleeText} (${distinctive.owner})`, guessed: true };
    // `req.on('end', cb)` on an object of unknown type: waiting for events, most often I/O. An object listening to
    // itself (`this.on('end', cb)` in an emitter's method) waits for the events its own code emits.
    // A function that sets up an object's listeners and returns it (`extract.on('entry', onentry); return extract`)
    // only wires it: the events come when the caller feeds it.
    if (EVENT_SUBSCRIPTIONS.has(member) && hasCallback && !isCalledOnThis(site) && !wiresFieldInConstructor(site) && !this.returnsReceiver(site) && !watchesParameterEnd(site)) {
      const event = site.node.arguments[0];
      if (event?.type === 'Literal' && typeof event.value === 'string') {
        return { kind: 'api', info: { effect: 'async-io' }, name: `${site.calleeText}('${event.value}') events`, guessed: true, weak: true };
      }
    }
    // `body.pipe(dest)`: a stream piped into another; RxJS's `source.pipe(map(...))` passes operators, not objects.
    // A function that pipes a stream and hands it back (`return src.pipe(dest)`) only wires it, as for listeners.
    if (member === 'pipe' && this.pipesIntoObject(site) && !this.returnsReceiver(site) && !this.returnsValueOf(site)) {
      return { kind: 'api', info: { effect: 'async-io' }, name: `the stream piped by ${site.calleeText}`, guessed: true, weak: true };
    }
    // `this.client.all(sql, cb)` in a wrapper that has an `all` of its own: a client of another service is not this file's.
    const candidates = BUILTIN_METHOD_NAMES.has(member) || callsServiceHandle(site) ? undefined : site.fn.file.methodsByName.get(member);
    // `self.imap.openBox(...)` inside `openBox` itself: a wrapper delegating to the object it wraps, not recursion.
    if (candidates && candidates.length === 1 && !encloses(candidates[0], site.fn)) return { kind: 'function', fn: candidates[0], guessed: true };
    // `stores.bySeqStore.get(key, (err, value) => ...)`, `client.send(payload, cb)`: by Node's convention, an
    // operation that reports its end to an error-first callback is asynchronous I/O.
    if (!NON_IO_CALLBACK_METHODS.has(member) && (endsWithCompletionCallback(site.node) || (!CALLBACK_COLLECTION_METHODS.has(member) && handsOnCompletionCallback(site.node, site.fn.scope)))) {
      return { kind: 'api', info: { effect: 'async-io' }, name: `${site.calleeText}, which reports to an error-first callback`, guessed: true, weak: true };
    }
    // `this.client.del(key, ensureCallback(fn))`: a database or service client handed a callback answers through it.
    if (hasCallback && callsServiceHandle(site) && !NON_IO_CALLBACK_METHODS.has(member) && !CALLBACK_COLLECTION_METHODS.has(member)) {
      return { kind: 'api', info: { effect: 'async-io' }, name: `${site.calleeText}, a request to a service client that answers through a callback`, guessed: true, weak: true };
    }
    return { kind: 'unknown' };
  }

  /** `this.on(...)` in an emitter's own method, or `ex.on(...); return ex`: listeners wired for events others cause. */
  onlyWiresListeners(site: CallSite): boolean {
    return isCalledOnThis(site) || wiresFieldInConstructor(site) || this.returnsReceiver(site) || this.listensToProcess(site);
  }

  /** `process.on('exit', cleanup)`: a listener for the process's own events (exit, signals), run when they come, never by the call. */
  listensToProcess(site: CallSite): boolean {
    const callee = unwrapExpression(site.node.callee);
    if (site.isNew || callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !EVENT_METHODS.has(callee.property.name)) return false;
    const receiver = this.valueOf(callee.object, site.fn);
    // The global, or `import process from 'node:process'`.
    return (receiver.k === 'global' && receiver.path.length === 1 && receiver.path[0] === 'process') || (receiver.k === 'module' && receiver.spec === 'process' && receiver.path.length === 0);
  }

  private returnsReceiver(site: CallSite): boolean {
    const callee = unwrapExpression(site.node.callee);
    if (callee.type !== 'MemberExpression') return false;
    const receiver = unwrapExpression(callee.object);
    return receiver.type === 'Identifier' && this.returnedNames(site.fn).has(receiver.name);
  }

  /** `return a.pipe(b)`, or `s = s.pipe(b); ... return s`: the call's value is what the function returns. */
  private returnsValueOf(site: CallSite): boolean {
    const parent = (site.node as { parent?: Node }).parent;
    if (parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === site.node)) return true;
    const holder = parent?.type === 'AssignmentExpression' && parent.right === site.node ? parent.left : parent?.type === 'VariableDeclarator' && parent.init === site.node ? parent.id : null;
    return holder?.type === 'Identifier' && this.returnedNames(site.fn).has(holder.name);
  }

  /** The variables a function returns (`return extract`) or hands to a wrapper it returns, found once per function. */
  private returnedNames(fn: FunctionInfo): ReadonlySet<string> {
    let names = this.returned.get(fn);
    if (!names) {
      const found = new Set<string>();
      // `return duplexer(parser, out)`, `const result = new Wrapper(parser); return result`: wrapped, as good as returned.
      const addWrapped = (value: Node): void => {
        if ((value.type !== 'CallExpression' && value.type !== 'NewExpression') || value.callee.type !== 'Identifier' || fn.scope.lookup(value.callee.name)?.kind === 'param') return;
        for (const argument of value.arguments) if (argument.type === 'Identifier') found.add(argument.name);
      };
      walkWithinFunction(fn.node as Node, (node) => {
        if (node.type !== 'ReturnStatement' || !node.argument) return;
        const value = unwrapExpression(node.argument);
        if (value.type === 'Identifier') {
          found.add(value.name);
          const declared = unchangedInit(value.name, fn.scope);
          if (declared) addWrapped(declared.node);
        } else {
          addWrapped(value);
        }
      });
      this.returned.set(fn, (names = found));
    }
    return names;
  }

  private pipesIntoObject(site: CallSite): boolean {
    const args = site.node.arguments;
    if (args.length === 0 || args.length > 2 || (args.length === 2 && args[1].type !== 'ObjectExpression')) return false;
    const destination = unwrapExpression(args[0] as TSESTree.Expression);
    if (destination.type === 'Identifier' || destination.type === 'MemberExpression') return true;
    return destination.type === 'CallExpression' && this.expr(destination, site.fn.scope, site.fn, 0).k === 'api-instance';
  }

  expr(input: Node, scope: Scope, fn: FunctionInfo, depth: number): Value {
    const node = unwrapExpression(input);
    const cached = this.memo.get(node);
    if (cached) return cached;
    if (depth > MAX_DEPTH) return UNKNOWN;
    this.memo.set(node, UNKNOWN);
    const value = this.computeExpr(node, scope, fn, depth + 1);
    this.memo.set(node, value);
    return value;
  }

  private computeExpr(node: Node, scope: Scope, fn: FunctionInfo, depth: number): Value {
    switch (node.type) {
      case 'Identifier':
        return this.identifier(node.name, scope, fn, depth);
      case 'MemberExpression': {
        const object = this.expr(node.object, scope, fn, depth);
        let name = node.computed ? (node.property.type === 'Literal' ? String(node.property.value) : null) : keyName(node.property);
        // `fs[follow ? 'stat' : 'lstat'](p, cb)`: a known API's member chosen among names written in the code.
        if (name === null && (object.k === 'module' || object.k === 'global')) name = writtenKey(node.property, scope, 0) ?? null;
        // `this[_write](buf)` with `const _write = Symbol('_write')`: the member the class declares as `[_write] (buf) {}`.
        if (name === null && node.property.type === 'Identifier' && isSymbolConstant(node.property.name, scope)) name = node.property.name;
        if (name === null) return UNKNOWN;
        return this.member(object, name, fn.file, depth, { at: node.range[0], fn: scope.owner });
      }
      case 'ThisExpression':
        return thisValue(fn);
      case 'Super':
        return this.superValue(fn, depth);
      case 'CallExpression':
        return this.callResult(node, scope, fn, depth);
      case 'NewExpression': {
        const callee = this.expr(node.callee, scope, fn, depth);
        if (callee.k === 'class') return { k: 'instance', cls: callee.cls };
        if (callee.k === 'fn') {
          // `var Parser = function () { var parser = new gparser.Parser(); ...; return parser; }`: `new` gives the object
          // the constructor returns.
          const returned = returnedExpression(callee.fn);
          if (returned && returned.type !== 'ThisExpression') {
            const value = this.expr(returned, callee.fn.scope, callee.fn, depth);
            if (OBJECT_VALUE_KINDS.has(value.k)) return value;
          }
          if (callee.binding) return { k: 'proto-instance', binding: callee.binding };
        }
        if (callee.k === 'import' && callee.newAt === undefined) return { ...callee, newAt: callee.path.length };
        return instanceFromApi(callee);
      }
      case 'AwaitExpression':
        return this.expr(node.argument, scope, fn, depth);
      case 'YieldExpression':
        // A generator handed to a runner (`__awaiter(this, void 0, void 0, function* () {...})`, `co(function* () {...})`)
        // gets back what each yielded promise settles to, as `await` would.
        return node.argument && !node.delegate && fn.isGenerator && fn.role === 'callback' ? this.expr(node.argument, scope, fn, depth) : UNKNOWN;
      case 'ImportExpression':
        return node.source.type === 'Literal' && typeof node.source.value === 'string' ? this.moduleValue(node.source.value, [], fn.file, depth) : UNKNOWN;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionDeclaration': {
        const info = functionOfNode.get(node);
        return info ? { k: 'fn', fn: info } : UNKNOWN;
      }
      case 'ClassExpression':
      case 'ClassDeclaration': {
        const cls = classOfNode.get(node);
        return cls ? { k: 'class', cls } : UNKNOWN;
      }
      case 'ObjectExpression':
        return { k: 'object', node, scope };
      case 'LogicalExpression': {
        // `fs && promisify(fs.open)`: the value is what the right side gives, when there is one at all.
        if (node.operator === '&&') return this.expr(node.right, scope, fn, depth);
        const left = this.expr(node.left, scope, fn, depth);
        if (left.k === 'unknown' || left.k === 'param') return this.expr(node.right, scope, fn, depth);
        if (!isReturnedMember(left)) return left;
        // `opts.isFile || defaultIsFile` with `opts` made by another module: an option that is usually unset, so
        // the default is what runs.
        const right = this.expr(node.right, scope, fn, depth);
        return right.k !== 'unknown' ? right : left;
      }
      case 'ConditionalExpression': {
        // A hook the caller may hand in is taken to be its default: `init.createXHR ? init.createXHR() : new XMLHttpRequest()`.
        if (callsTestedMember(node)) {
          const fallback = this.expr(node.alternate, scope, fn, depth);
          if (fallback.k !== 'unknown' && fallback.k !== 'param') return fallback;
        }
        // `(_a = opts.fetch) !== null && _a !== void 0 ? _a : defaultFetch`, compiled `??`: as `||` above, an
        // option handed in leaves the default to what is known.
        const consequent = this.expr(node.consequent, scope, fn, depth);
        return consequent.k !== 'unknown' && consequent.k !== 'param' ? consequent : this.expr(node.alternate, scope, fn, depth);
      }
      case 'AssignmentExpression':
        return this.expr(node.right, scope, fn, depth);
      case 'SequenceExpression':
        return this.expr(node.expressions[node.expressions.length - 1], scope, fn, depth);
      default:
        return UNKNOWN;
    }
  }

  private identifier(name: string, scope: Scope, fn: FunctionInfo, depth: number): Value {
    const binding = scope.lookup(name);
    if (!binding) {
      if (name === 'undefined' || name === 'arguments') return UNKNOWN;
      // CommonJS: `exports.fileLoader(p)` calls what this module exports under that name.
      if (name === 'exports') return { k: 'namespace', file: fn.file };
      // `fs.readFileSync(p)` with `fs` never declared nor assigned: Node's fs, as the code expects.
      const module = fn.file.assignedGlobals.has(name) ? undefined : undeclaredModule(name);
      if (module) return { k: 'module', spec: module, path: [] };
      return { k: 'global', path: [name] };
    }
    const owner = scope.holderOf(name) ?? scope;
    if (binding.kind === 'function' ? fn === binding.fn : binding.kind === 'value' && isWithin(fn.node, binding.init)) {
      // `function _typeof(o) { return _typeof = pick(), _typeof(o); }` and tslib's `var __assign = ... || function () {
      // __assign = Object.assign || ...; return __assign.apply(this, arguments); }`: a function that redefines itself
      // calls its replacement, not itself.
      const redefinition = binding.assigned.find((assigned) => assigned.scope.owner === fn);
      if (redefinition) return withBinding(this.assignedValue(redefinition, fn.file, depth), { binding, scope: owner });
    }
    return this.bindingValue(binding, owner, fn.file, depth);
  }

  private bindingValue(binding: Binding, owner: Scope, file: FileModel, depth: number): Value {
    const ref: BindingRef = { binding, scope: owner };
    switch (binding.kind) {
      case 'import':
        return this.moduleValue(binding.source, binding.path, file, depth);
      case 'function':
        return { k: 'fn', fn: binding.fn, binding: ref };
      case 'class':
        return { k: 'class', cls: binding.cls, binding: ref };
      case 'value': {
        const ownerFn = binding.scope.owner ?? file.moduleFn;
        let value = this.expr(binding.init, binding.scope, ownerFn, depth);
        for (const part of binding.path) value = this.member(value, part, file, depth);
        if (value.k === 'unknown' && binding.assigned.length > 0) value = this.assignedValue(hostAssignment(binding.assigned), file, depth);
        else if (value.k === 'fn' && binding.path.length === 0 && isThrowingStub(value.fn)) value = this.loadTimeReplacement(binding, file, depth) ?? value;
        return binding.path.length === 0 ? withBinding(value, ref) : value;
      }
      case 'param': {
        if (binding.typeName) {
          const typeBinding = binding.fn.scope.lookup(binding.typeName);
          // `function from(Id: Id)`: the parameter shadows its own type's name.
          if (typeBinding && typeBinding !== binding) {
            const type = this.bindingValue(typeBinding, binding.fn.scope.holderOf(binding.typeName) ?? binding.fn.scope, file, depth);
            if (type.k === 'class') return { k: 'instance', cls: type.cls };
            if (type.k === 'import' && type.newAt === undefined) return { ...type, newAt: type.path.length };
            const instance = instanceFromApi(type);
            if (instance.k !== 'unknown') return instance;
          }
        }
        // The object an immediately invoked function fills (`(function (nacl) { nacl.sign = ... })(module.exports)`) is
        // known by its members. (A function that patches an object it is given, `fs.readFile = readFile` after
        // `var original = fs.readFile`, is not: its members are still the originals where they are read.)
        const iife = binding.fn.role === 'iife' && binding.fn.parent !== null;
        const fills = iife && (binding.fn.scope.memberAssignments?.has(binding) ?? false);
        // A UMD factory is called by its wrapper: a callback of the wrapper's immediate call.
        const called = iife || (binding.fn.role === 'callback' && binding.fn.parent !== null);
        const passed = called && !fills ? iifeArgument(binding.fn, binding.name) : undefined;
        if (passed) {
          // `(function (_this) { ... })(this)`: the parameter is what the call passes.
          const value = this.expr(passed, binding.fn.parent!.scope, binding.fn.parent!, depth + 1);
          if (value.k !== 'unknown') return value;
        }
        // An injectable dependency (`run = defaultRun`, `fs = require('fs')`, `check = check || defaultCheck`) is taken
        // to be its default.
        const defaultValue = binding.defaultValue ?? defaultAssignedTo(binding);
        if (defaultValue) {
          const fallback = this.expr(defaultValue, binding.fn.scope, binding.fn, depth + 1);
          if (INJECTED_DEFAULT_KINDS.has(fallback.k)) return fallback;
        }
        if (!fills) {
          const constructed = this.constructedWith(binding, depth);
          if (constructed) return constructed;
        }
        return fills ? { k: 'param', name: binding.name, path: [], members: ref } : { k: 'param', name: binding.name, path: [] };
      }
      case 'opaque':
        return binding.assigned.length > 0 ? withBinding(this.assignedValue(hostAssignment(binding.assigned), file, depth), ref) : UNKNOWN;
    }
  }

  /**
   * A constructor's parameter that the file's own `new DB(await mysql.createConnection(options))` hands an object of
   * a known API: that object (a class wrapping a connection made by its static factory).
   */
  private constructedWith(binding: Extract<Binding, { kind: 'param' }>, depth: number): Value | undefined {
    const constructor = binding.fn;
    const cls = constructor.classInfo;
    const className = cls && cls.methods.get('constructor') === constructor ? cls.name : constructor.role === 'declared' ? constructor.name : '';
    const index = constructor.params.indexOf(binding.name);
    if (!className || index < 0) return undefined;
    for (const site of constructionsOf(constructor.file).get(className) ?? []) {
      const arg = site.node.arguments[index];
      const caller = site.fn;
      if (!arg || arg.type === 'SpreadElement' || constructedClass(caller.scope.lookup(className)) !== (cls ?? constructor)) continue;
      const value = this.expr(arg, caller.scope, caller, depth + 1);
      if (value.k === 'api-instance') return value;
    }
    return undefined;
  }

  /**
   * `let readFile = () => { throw unsupported }; try { readFile = require('fs').promises.readFile } catch {}`: the
   * value the module's own top-level code puts in place of a stub while it loads, before any function can run.
   */
  private loadTimeReplacement(binding: Binding, file: FileModel, depth: number): Value | undefined {
    for (const assigned of binding.assigned) {
      if ((assigned.scope.owner ?? file.moduleFn) !== file.moduleFn) continue;
      const value = this.assignedValue(assigned, file, depth);
      if (value.k !== 'unknown') return value;
    }
    return undefined;
  }

  /**
   * `__webpack_require__(3)` in a module of a bundle: the module of that id in the bundle's table, by what its own
   * `module.exports = ...` sets (`require("fs")` for an external), or else by the `exports` object it fills.
   */
  private bundledModuleValue(requireName: string, id: TSESTree.Literal['value'], scope: Scope, depth: number): Value | undefined {
    if (typeof id !== 'number' && typeof id !== 'string') return undefined;
    const binding = scope.lookup(requireName);
    if (binding?.kind !== 'param' || binding.assigned.length > 0) return undefined;
    const required = bundledModule(binding.fn, requireName, id);
    return required && this.moduleFunctionValue(required, 0, 1, depth);
  }

  /**
   * `require_hasher()` of esbuild's `var require_hasher = __commonJS({ "node_modules/hasher/index.js"(exports,
   * module) {...} })` (rolldown's `__commonJSMin((exports, module) => {...})`): what that module exports.
   */
  private lazyModuleValue(name: string, scope: Scope, depth: number): Value | undefined {
    const declared = unchangedInit(name, scope);
    const init = declared?.node;
    if (init?.type !== 'CallExpression' || init.arguments.length !== 1 || !LAZY_MODULE_HELPERS.has(calleeName(init) ?? '')) return undefined;
    const [wrapped] = init.arguments;
    const module = wrapped.type === 'ObjectExpression' && wrapped.properties.length === 1 && wrapped.properties[0].type === 'Property' ? wrapped.properties[0].value : wrapped;
    return this.moduleFunctionValue(module, 1, 0, depth);
  }

  /** A module wrapped in a function of a bundle: what its `module.exports = ...` sets, or else the `exports` it fills. */
  private moduleFunctionValue(wrapper: Node, moduleAt: number, exportsAt: number, depth: number): Value | undefined {
    const module = functionOfNode.get(wrapper);
    if (!module || module.node.type === 'Program') return undefined;
    const moduleParam = module.node.params[moduleAt];
    const exportsParam = module.node.params[exportsAt];
    const replaced = moduleParam?.type === 'Identifier' ? moduleExportsAssignment(module.node, moduleParam.name) : undefined;
    if (replaced) return this.expr(replaced, module.scope, module, depth + 1);
    if (exportsParam?.type !== 'Identifier') return undefined;
    const exportsBinding = module.scope.lookup(exportsParam.name);
    return exportsBinding ? { k: 'param', name: exportsParam.name, path: [], members: { binding: exportsBinding, scope: module.scope } } : undefined;
  }

  private assignedValue(assigned: AssignedValue, file: FileModel, depth: number): Value {
    return this.expr(assigned.value, assigned.scope, assigned.scope.owner ?? file.moduleFn, depth);
  }

  private callResult(node: TSESTree.CallExpression, scope: Scope, fn: FunctionInfo, depth: number): Value {
    const callee = unwrapExpression(node.callee);
    const firstArg = node.arguments[0];
    if (callee.type === 'Identifier' && callee.name === 'require' && isRequireFunction(scope)) {
      const specifier = requiredSpecifier(node);
      return specifier !== undefined ? this.moduleValue(specifier, [], fn.file, depth) : UNKNOWN;
    }
    if (callee.type === 'Identifier' && firstArg?.type === 'Literal') {
      const bundled = this.bundledModuleValue(callee.name, firstArg.value, scope, depth);
      if (bundled) return bundled;
    }
    if (callee.type === 'Identifier' && !firstArg) {
      const wrapped = this.lazyModuleValue(callee.name, scope, depth);
      if (wrapped) return wrapped;
    }
    const bound = boundFunction(node);
    if (bound) return this.expr(bound, scope, fn, depth);
    // A compiled `this.#pool`: the field the class wrote.
    const privateRead = thisPrivateFieldAccess(node);
    if (privateRead && !privateRead.value) return this.member(thisValue(fn), privateRead.key, fn.file, depth + 1);
    // `var __importDefault = (this && this.__importDefault) || function (mod) {...}`: the compiler's helper, by its name.
    if (callee.type === 'Identifier' && isInteropHelper(callee.name) && firstArg && firstArg.type !== 'SpreadElement') return this.expr(firstArg, scope, fn, depth);
    // `var _ref = _asyncToGenerator(function* () {...})`: calling the result runs the generator to its end.
    if (callee.type === 'Identifier' && babelHelperName(callee.name) === BABEL_ASYNC_HELPER && firstArg && firstArg.type !== 'SpreadElement') return this.expr(firstArg, scope, fn, depth);
    // `return _createClass(Parser, [...])`: Babel's helper hands back the class it defined the members on.
    const created = createdClassOf(node);
    if (created) return this.expr(created, scope, fn, depth);
    const value = this.expr(callee, scope, fn, depth);
    const assigned = value.k === 'global' && value.path.length === 2 && value.path[0] === 'Object' && value.path[1] === 'assign' ? objectAssignResult(node) : undefined;
    if (assigned) return this.expr(assigned, scope, fn, depth);
    // A bundle's own copy of that helper (`(0, _asyncToGenerator2.default)(function* () {...})`), known by what it does.
    if (value.k === 'fn' && firstArg?.type === 'FunctionExpression' && firstArg.generator && drivesGeneratorParameter(value.fn)) return this.expr(firstArg, scope, fn, depth);
    if ((isPromisify(value) || isModuleInterop(value)) && firstArg && firstArg.type !== 'SpreadElement') {
      const wrapped = this.expr(firstArg, scope, fn, depth);
      // `promisify(Promise, fs.readlink)`: a hand-written promisify taking the promise class first.
      const second = node.arguments[1];
      const isPromiseClass = wrapped.k === 'unknown' || (wrapped.k === 'global' && wrapped.path[wrapped.path.length - 1] === 'Promise');
      if (isPromiseClass && value.k === 'fn' && second && second.type !== 'SpreadElement') return this.expr(second, scope, fn, depth);
      return wrapped;
    }
    // `once(fn)`, `thunky(fn)`: a known wrapper runs its argument when called.
    const wrappedAt = value.k === 'module' ? lookupApi(value.spec, value.path)?.wraps : undefined;
    const wrappedArg = wrappedAt === undefined ? undefined : node.arguments[wrappedAt];
    if (wrappedArg && wrappedArg.type !== 'SpreadElement') return this.expr(wrappedArg, scope, fn, depth);
    // `withTimeout(globalThis.fetch, ms)`, `memoize(fs.readFile)`: a package's wrapper still does its argument's I/O.
    if (isUnknownPackageFunction(value) && firstArg && firstArg.type !== 'SpreadElement') {
      const wrapped = this.expr(firstArg, scope, fn, depth);
      if (isIoApiFunction(wrapped)) return wrapped;
    }
    if (value.k === 'fn') {
      // `bind(this.parse, this)` with a helper that returns `function () { return fn.apply(me, arguments) }`
      const forwarded = forwardedParamIndex(value.fn);
      const arg = forwarded >= 0 ? node.arguments[forwarded] : undefined;
      if (arg && arg.type !== 'SpreadElement') return this.expr(arg, scope, fn, depth);
      return this.returnedValue(value.fn, depth);
    }
    // `new Walker(opts).on('done', resolve).start()`: event-emitter methods hand back their receiver.
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && RECEIVER_RETURNING_METHODS.has(callee.property.name)) {
      return this.expr(callee.object, scope, fn, depth);
    }
    // A factory in another file: `ForkContext.newRoot(...)` is whatever that function returns; so is a method of
    // what it made (`query(options).named(name)`, `new Query(options).path(p)`: a builder's `return this`).
    if (value.k === 'import' && canCallAtEnd(value)) return { ...value, callsAt: [...(value.callsAt ?? []), value.path.length] };
    return instanceFromApi(value);
  }

  /**
   * `{ ...defaultFindOptions, ..._options }`: a member one of the spread objects has, the last first. Spread options
   * of unknown origin are taken to leave the defaults as they are, as for an injectable dependency.
   */
  private spreadMember(node: TSESTree.ObjectExpression, scope: Scope, name: string, file: FileModel, depth: number): Value {
    for (let i = node.properties.length - 1; i >= 0; i--) {
      const spread = node.properties[i];
      if (spread.type !== 'SpreadElement') continue;
      const source = this.expr(spread.argument, scope, scope.owner ?? file.moduleFn, depth + 1);
      if (source.k !== 'object') continue;
      const found = this.member(source, name, file, depth + 1);
      if (found.k !== 'unknown') return found;
    }
    return { k: 'unknown', member: name };
  }

  /** `super` in a method: the base class for a static method, else an instance of it (whose own methods `super.x` reaches). */
  private superValue(fn: FunctionInfo, depth: number): Value {
    const self = thisValue(fn);
    const cls = self.k === 'instance' || self.k === 'class' ? self.cls : null;
    if (!cls?.superClass) return UNKNOWN;
    const base = this.expr(cls.superClass, cls.scope, cls.scope.owner ?? fn.file.moduleFn, depth);
    if (self.k === 'class') return base;
    if (base.k === 'class') return { k: 'instance', cls: base.cls };
    if (base.k === 'fn' && base.binding) return { k: 'proto-instance', binding: base.binding };
    if (base.k === 'import' && base.newAt === undefined) return { ...base, newAt: base.path.length };
    return instanceFromApi(base);
  }

  /** A factory's single returned value, e.g. `function client() { return new Pool() }`. */
  returnedValue(fn: FunctionInfo, depth: number): Value {
    const returned = returnedExpression(fn);
    return returned ? this.expr(returned, fn.scope, fn, depth) : UNKNOWN;
  }

  private moduleValue(specifier: string, path: string[], from: FileModel, depth: number): Value {
    if (isRelativeSpecifier(specifier)) {
      if (!this.locator) return { k: 'import', spec: specifier, path };
      const target = this.locator.resolveFile(from, specifier);
      return target ? this.exportValue(target, path, depth) : UNKNOWN;
    }
    const spec = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    // A default import of a CommonJS or core module is the module object itself.
    const normalised = path[0] === 'default' ? path.slice(1) : path;
    return { k: 'module', spec, path: normalised };
  }

  private exportValue(file: FileModel, path: string[], depth: number): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    let value: Value;
    let rest: string[];
    if (path.length === 0 || (path[0] === 'default' && file.commonJsModuleObject)) {
      value = file.commonJsModuleObject && file.defaultExport ? this.exportEntry(file, file.defaultExport, depth) : { k: 'namespace', file };
      rest = path.slice(path.length === 0 ? 0 : 1);
    } else if (path[0] === 'default') {
      const entry = file.defaultExport ?? file.namedExports.get('default');
      value = entry ? this.exportEntry(file, entry, depth) : UNKNOWN;
      rest = path.slice(1);
    } else {
      value = this.namedExport(file, path[0], depth);
      rest = path.slice(1);
    }
    for (const part of rest) value = this.member(value, part, file, depth);
    return value;
  }

  private namedExport(file: FileModel, name: string, depth: number): Value {
    const entry = file.namedExports.get(name);
    if (entry) return this.exportEntry(file, entry, depth);
    if (file.commonJsModuleObject && file.defaultExport) return this.member(this.exportEntry(file, file.defaultExport, depth), name, file, depth);
    for (const source of file.starExports) {
      const value = this.moduleValue(source, [name], file, depth + 1);
      if (value.k !== 'unknown') return value;
    }
    return UNKNOWN;
  }

  private exportEntry(file: FileModel, entry: ExportEntry | AssignedValue, depth: number): Value {
    const value = entry.value as Node | FunctionInfo | ClassInfo;
    if (!('type' in value)) return UNKNOWN;
    if (value.type === 'ExportSpecifier') {
      const parent = (value as { parent?: Node }).parent;
      const source = parent?.type === 'ExportNamedDeclaration' ? parent.source?.value : undefined;
      return source ? this.moduleValue(source, [keyName(value.local)], file, depth + 1) : UNKNOWN;
    }
    if (value.type === 'ExportAllDeclaration') return this.moduleValue(value.source.value, [], file, depth + 1);
    return this.expr(value, entry.scope, entry.scope.owner ?? file.moduleFn, depth);
  }

  /** `readAt`: where the member is read, so that an assignment further down the same function is not yet seen. */
  member(object: Value, name: string, file: FileModel, depth: number, readAt?: ReadPosition): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    switch (object.k) {
      case 'module':
        // `readline.Interface.prototype.question.call(this, ...)`: the prototype holds the methods of its instances.
        if (name === 'prototype' && object.path.length > 0) {
          const made = instanceFromApi(object);
          if (made.k === 'api-instance') return made;
        }
        return { k: 'module', spec: object.spec, path: [...object.path, name] };
      case 'global':
        if (name === 'exports' && object.path.length === 1 && object.path[0] === 'module') return this.exportValue(file, [], depth + 1);
        return { k: 'global', path: [...object.path, name] };
      case 'api-instance': {
        // `var that = new EventEmitter(); that.send = function () {...}`: a member the code added.
        const added = object.binding && this.memberAssignment(object.binding, name, file, depth, readAt);
        return added || { k: 'api-instance', type: object.type, path: [...object.path, name] };
      }
      case 'namespace':
        return this.exportValue(object.file, [name], depth + 1);
      case 'param': {
        const assigned = object.members && this.memberAssignment(object.members, name, file, depth);
        return assigned || { k: 'param', name: object.name, path: [...object.path, name] };
      }
      case 'import':
        return { ...object, path: [...object.path, name] };
      case 'fn': {
        const assigned = object.binding && this.memberAssignment(object.binding, name, file, depth);
        if (assigned) return assigned;
        if (name === 'call' || name === 'apply') return object;
        // `Base.prototype.render.call(this, ...)`: the prototype holds what the constructor's instances share.
        if (name === 'prototype' && object.binding) return { k: 'proto-instance', binding: object.binding };
        return { k: 'unknown', member: name };
      }
      case 'class': {
        const method = findStaticMethod(object.cls, name);
        if (method) return { k: 'fn', fn: method };
        const assigned = object.binding && this.memberAssignment(object.binding, name, file, depth);
        if (assigned) return assigned;
        return name === 'prototype' ? { k: 'instance', cls: object.cls } : { k: 'unknown', member: name };
      }
      case 'instance':
        return this.instanceMember(object.cls, name, file, depth, 0);
      case 'proto-instance': {
        const own = this.memberAssignment(object.binding, `prototype.${name}`, file, depth);
        if (own) return own;
        // `Diff.prototype = { diff() {...} }`, `Printer.prototype = new Visitor()`
        const prototype = this.memberAssignment(object.binding, 'prototype', file, depth);
        if (prototype && (prototype.k === 'object' || prototype.k === 'proto-instance' || prototype.k === 'instance' || (prototype.k === 'import' && prototype.newAt !== undefined))) {
          const found = this.member(prototype, name, file, depth + 1);
          if (found.k !== 'unknown') return found;
        }
        const base = this.baseConstructor(object.binding, file, depth);
        return base ? this.instanceOf(base, name, file, depth + 1) : { k: 'unknown', member: name };
      }
      case 'object': {
        const property = findProperty(object.node, name);
        if (property) {
          const fn = functionOfNode.get(property);
          if (fn) return { k: 'fn', fn };
          return this.expr(property, object.scope, object.scope.owner ?? file.moduleFn, depth);
        }
        const assigned = object.binding && this.memberAssignment(object.binding, name, file, depth);
        return assigned ?? this.spreadMember(object.node, object.scope, name, file, depth);
      }
      case 'unknown':
        // `joycon.loadSync(files)`: a method of the object a package made, not of one of its members.
        return object.ofPackage !== undefined && object.member === undefined ? { k: 'unknown', member: name, ofPackage: object.ofPackage } : { k: 'unknown', member: name };
      default:
        return { k: 'unknown', member: name };
    }
  }

  /**
   * The constructor an ES5 constructor inherits from: `Child.prototype = Object.create(Base.prototype)`,
   * `util.inherits(Child, Base)`, `Object.setPrototypeOf(Child.prototype, Base.prototype)`.
   */
  baseConstructor(ref: BindingRef, file: FileModel, depth: number): Value | null {
    if (depth > MAX_DEPTH) return null;
    const members = ref.scope.memberAssignments?.get(ref.binding);
    const prototype = members?.get('prototype')?.[0];
    if (prototype) {
      const made = unwrapExpression(prototype.value as TSESTree.Expression);
      const path = made.type === 'CallExpression' ? memberPath(unwrapExpression(made.callee)) : null;
      const base = path?.join('.') === 'Object.create' && made.type === 'CallExpression' ? prototypeOwner(made.arguments[0]) : null;
      if (base) return this.expr(base, prototype.scope, prototype.scope.owner ?? file.moduleFn, depth + 1);
    }
    const inherits = members?.get(INHERITS_KEY)?.[0];
    if (!inherits) return null;
    const call = inherits.value as TSESTree.CallExpression;
    const owner = inherits.scope.owner ?? file.moduleFn;
    if (!isInheritsFunction(this.expr(call.callee, inherits.scope, owner, depth + 1))) return null;
    const base = call.arguments[1];
    return this.expr(prototypeOwner(base) ?? base, inherits.scope, owner, depth + 1);
  }

  /** A member of an instance of `constructor`: a class, an ES5 constructor, or one imported from another file. */
  private instanceOf(constructor: Value, name: string, file: FileModel, depth: number): Value {
    switch (constructor.k) {
      case 'class':
        return this.instanceMember(constructor.cls, name, file, depth, 1);
      case 'fn':
        return constructor.binding ? this.member({ k: 'proto-instance', binding: constructor.binding }, name, file, depth) : { k: 'unknown', member: name };
      case 'import':
        return constructor.newAt === undefined ? { ...constructor, newAt: constructor.path.length, path: [...constructor.path, name] } : { k: 'unknown', member: name };
      default:
        return { k: 'unknown', member: name };
    }
  }

  private memberAssignment(ref: BindingRef, key: string, file: FileModel, depth: number, readAt?: ReadPosition): Value | null {
    let assigned = ref.scope.memberAssignments?.get(ref.binding)?.get(key);
    // `originals.load = instance.load; instance.load = function () {...}`: the read keeps the member as it was.
    if (assigned && readAt) assigned = assigned.filter((entry) => entry.scope.owner !== readAt.fn || entry.value.range[1] <= readAt.at);
    if (!assigned || assigned.length === 0) return null;
    // The first assignment that says what it is: `this.parser = this.parser.write(chunk)` does not, alone, nor does
    // what the caller may hand in (`this.db = options.db` beside `this.db = new sqlite3.Database(path)`).
    const first = this.assignedValue(assigned[0], file, depth);
    let value = first;
    for (let i = 1; (value.k === 'unknown' || value.k === 'param') && i < Math.min(assigned.length, MAX_ASSIGNMENTS_TRIED); i++) value = this.assignedValue(assigned[i], file, depth);
    return value.k === 'unknown' && first.k === 'param' ? first : value;
  }

  instanceMember(cls: ClassInfo, name: string, file: FileModel, depth: number, level: number): Value {
    const method = cls.methods.get(name);
    if (method) return { k: 'fn', fn: method };
    const fields = cls.fields.get(name);
    if (fields) {
      for (const field of fields) {
        const value = this.assignedValue(field, file, depth);
        if (value.k !== 'unknown' && value.k !== 'param') return value;
      }
    }
    const typeName = cls.fieldTypes.get(name);
    if (typeName) {
      const binding = cls.scope.lookup(typeName);
      if (binding) {
        const type = this.bindingValue(binding, cls.scope.holderOf(typeName) ?? cls.scope, file, depth + 1);
        if (type.k === 'class') return { k: 'instance', cls: type.cls };
        if (type.k === 'import' && type.newAt === undefined) return { ...type, newAt: type.path.length };
        const instance = instanceFromApi(type);
        if (instance.k !== 'unknown') return instance;
      }
    }
    // `Parser.prototype.DefaultParser = LtxParser` after `class Parser {}`.
    const holder = cls.scope.holderOf(cls.name);
    const binding = holder?.bindings.get(cls.name);
    if (binding?.kind === 'class' && binding.cls === cls) {
      const assigned = this.memberAssignment({ binding, scope: holder! }, `prototype.${name}`, file, depth);
      if (assigned) return assigned;
    }
    if (cls.superClass && level < 8) {
      const ownerFn = cls.scope.owner ?? file.moduleFn;
      const parent = this.expr(cls.superClass, cls.scope, ownerFn, depth);
      if (parent.k === 'class') return this.instanceMember(parent.cls, name, file, depth, level + 1);
      // `class Third extends Base` with Base from another file, or an ES5 constructor: for what this class does not
      // assign itself (a field set from a parameter stays unknown, and may still be taken for fs by its method's name).
      if ((parent.k === 'import' || parent.k === 'fn') && !fields) return this.instanceOf(parent, name, file, depth + 1);
      // `class Parser extends EventEmitter`: `on` and `emit` are the runtime class's methods.
      if (parent.k === 'module' && !fields) {
        const made = instanceFromApi(parent);
        if (made.k === 'api-instance') return { ...made, path: [name] };
      }
    }
    return { k: 'unknown', member: name };
  }
}

/** `xhr.send()` after `xhr.open('GET', url, false)` in the same function: a synchronous request (see `blocksAfterSyncSetup`). */
function setUpForSync(target: CallTarget, site: CallSite, callee: Node): CallTarget {
  if (target.kind !== 'api') return target;
  const setup = target.info.blocksAfterSyncSetup;
  if (!setup || callee.type !== 'MemberExpression') return target;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type !== 'Identifier') return target;
  const synchronous = site.fn.calls.some((call) => {
    const setupCallee = unwrapExpression(call.node.callee);
    if (setupCallee.type !== 'MemberExpression' || setupCallee.computed || setupCallee.property.type !== 'Identifier' || setupCallee.property.name !== setup.method) return false;
    const object = unwrapExpression(setupCallee.object);
    const flag = call.node.arguments[setup.argument];
    return object.type === 'Identifier' && object.name === receiver.name && flag?.type === 'Literal' && flag.value === false;
  });
  return synchronous ? { ...target, info: { effect: 'blocking-io', alternative: setup.alternative, note: 'a synchronous request' } } : target;
}

/** Written in the code for `computedArgument`: constant data, or one of the code's own modules chosen by name. */
export function isFixedArgument(arg: TSESTree.Expression, scope: Scope): boolean {
  return isConstantData(arg, scope) || namesOwnModule(arg);
}

/**
 * An API whose `computedArgument` was found written in the code, or whose `sizeArgument` is small: the call does
 * nothing worth reporting.
 */
export function withoutCost<T extends { info: ApiInfo }>(target: T): T {
  return { ...target, info: { ...target.info, effect: 'none' } };
}

/**
 * `'./locale/' + lang`, `` `../languages/${code}` ``: one of the code's own modules, chosen among the files shipped
 * with it, which loads like a lazy `require('./x')` of a fixed one, not like a file the caller names.
 */
function namesOwnModule(node: TSESTree.Expression): boolean {
  let first: Node = node;
  while (first.type === 'BinaryExpression' && first.operator === '+') first = first.left;
  if (first.type === 'Literal') return typeof first.value === 'string' && first.value.startsWith('.');
  return first.type === 'TemplateLiteral' && (first.quasis[0]?.value.cooked ?? '').startsWith('.');
}

/** How a method of an instance table reads in messages: `pg.Client.query`, `module.require` for the instance itself. */
export function instanceApiName(type: string, path: readonly string[]): string {
  return [type.replace('#', '.'), ...path].join('.');
}

export function apiTarget(info: ApiInfo | undefined, name: string, hasCallback: boolean): CallTarget {
  if (!info) return { kind: 'unknown' };
  if (info.when === 'no-callback' && hasCallback) {
    return { kind: 'api', info: { ...info, effect: info.withCallback ?? 'none' }, name, guessed: false };
  }
  if (info.when === 'callback' && !hasCallback) return { kind: 'unknown' };
  // `stream.write(data, done)`: told when the data is written, the call waits for the I/O like any other.
  if (info.queues && hasCallback) return { kind: 'api', info: { ...info, queues: false }, name, guessed: false };
  return { kind: 'api', info, name, guessed: false };
}

/** Input-sized work on a small constant (`randomBytes(16)`) costs nothing worth reporting. */
const SMALL_CONSTANT_SIZE = 4096;

function sized(target: CallTarget, call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): CallTarget {
  if (target.kind !== 'api') return target;
  const args = call.arguments;
  const from = target.info.effect === 'cpu-heavy' ? target.info.sizeArgumentsFrom : undefined;
  if (from !== undefined) {
    const sources = args.slice(from);
    const small = sources.length > 0 && sources.every((source) => source.type !== 'SpreadElement' && isSmallSizeArgument(source, scope));
    return small ? withoutCost(target) : target;
  }
  const deciding = decidingArgument(target.info);
  const arg = deciding && args[deciding.at];
  if (!deciding || !arg || arg.type === 'SpreadElement') return target;
  const costless =
    deciding.test === 'fixed'
      ? isFixedArgument(arg, scope)
      : isSmallSizeArgument(arg, scope) || (target.info.quotesText === true && (isText(arg, scope, 0) || comparedWithEmptyForm(call)));
  return costless ? withoutCost(target) : target;
}

/** `JSON.stringify(options) === '{}'`: a test for an empty object or list, made on a small one. */
function comparedWithEmptyForm(call: Node): boolean {
  const parent = (call as { parent?: Node }).parent;
  if (parent?.type !== 'BinaryExpression' || !EQUALITY_OPERATORS.has(parent.operator)) return false;
  const other = parent.left === call ? parent.right : parent.left;
  return other.type === 'Literal' && (other.value === '{}' || other.value === '[]');
}

/** Methods only strings have: a value they are called on is a text. */
const TEXT_ONLY_METHODS: ReadonlySet<string> = new Set([
  'charAt', 'charCodeAt', 'codePointAt', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd',
  'isWellFormed', 'toWellFormed', 'normalize', 'padStart', 'padEnd', 'startsWith', 'endsWith', 'substring', 'substr', 'localeCompare',
  'replace', 'replaceAll', 'split', 'match', 'matchAll', 'search',
]);
/** Methods whose result is always a string. */
const TEXT_RESULT_METHODS: ReadonlySet<string> = new Set([
  'toString', 'join', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'toWellFormed', 'normalize', 'padStart', 'padEnd',
  'replace', 'replaceAll', 'substring', 'substr', 'charAt', 'toFixed', 'toISOString',
]);

/**
 * A string by its form (`'a' + b`, a template, `String(x)`, `parts.join(' ')`), by its declared type (`s: string`),
 * or by what the function does with it (`s.isWellFormed()`, `PATTERN.test(s)`).
 */
function isText(node: Node, scope: Scope, depth: number): boolean {
  const target = unwrapExpression(node as TSESTree.Expression);
  switch (target.type) {
    case 'Literal':
      return typeof target.value === 'string';
    case 'TemplateLiteral':
      return true;
    case 'BinaryExpression':
      return target.operator === '+' && depth < 4 && (isText(target.left, scope, depth + 1) || isText(target.right, scope, depth + 1));
    case 'CallExpression': {
      const callee = unwrapExpression(target.callee);
      if (callee.type === 'Identifier') return callee.name === 'String' && !scope.lookup('String');
      return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && TEXT_RESULT_METHODS.has(callee.property.name);
    }
    case 'Identifier': {
      const binding = scope.lookup(target.name);
      if (binding?.kind === 'param') return binding.text === true || usedAsText(target.name, binding, binding.fn);
      if (binding?.kind === 'value' && depth < 4 && !binding.assigned.length) return isText(binding.init, binding.scope, depth + 1);
      return false;
    }
    default:
      return false;
  }
}

/** `s.isWellFormed()`, `s.charCodeAt(0)`, `PATTERN.test(s)` in the function that declares `s`: it is a text. */
function usedAsText(name: string, binding: Binding, fn: FunctionInfo): boolean {
  fn.textNames ??= namesUsedAsText(fn);
  return fn.textNames.has(name) && fn.scope.lookup(name) === binding;
}

function namesUsedAsText(fn: FunctionInfo): Set<string> {
  const names = new Set<string>();
  for (const site of fn.calls) {
    const callee = unwrapExpression(site.node.callee);
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') continue;
    const member = callee.property.name;
    const subject = TEXT_ONLY_METHODS.has(member) ? unwrapExpression(callee.object) : (member === 'test' || member === 'exec') && regexLiteral(callee.object, fn.scope) !== undefined ? site.node.arguments[0] : undefined;
    if (subject?.type === 'Identifier') names.add(subject.name);
  }
  return names;
}

/**
 * The argument that decides whether an API call costs anything worth reporting, here or for a call resolved in
 * another file: the module id of a computed `require` (`fixed`, see `isFixedArgument`) or the input of a CPU-heavy
 * API (`small`, see `isSmallSizeArgument`).
 */
export function decidingArgument(info: ApiInfo): { at: number; test: 'fixed' | 'small' } | undefined {
  if (info.computedArgument !== undefined) return { at: info.computedArgument, test: 'fixed' };
  return info.effect === 'cpu-heavy' && info.sizeArgument !== undefined ? { at: info.sizeArgument, test: 'small' } : undefined;
}

/**
 * Small as the size of a CPU-heavy API's work: `randomBytes(16)`, `JSON.parse('{"a":1}')`, `JSON.stringify(DEFAULTS)`
 * with DEFAULTS written out in the code; `JSON.stringify(options.delimiter)` for a message, a setting, not the data;
 * `hash(salt + '-' + id)`, short strings; `JSON.stringify(err)`, an error's few own fields.
 */
export function isSmallSizeArgument(arg: TSESTree.Expression, scope: Scope, depth = 0): boolean {
  if (arg.type === 'Literal' && typeof arg.value === 'number') return arg.value <= SMALL_CONSTANT_SIZE;
  if (isConstantData(arg, scope) || isSettingsValue(arg, scope) || namesShortString(arg) || namesError(arg, false) || isShortConcatenation(arg, scope, 0)) return true;
  // `JSON.stringify({ filename, path: templatePath, views: this.config.views })`: a few small fields written out.
  return depth < SMALL_RECORD_DEPTH && isSmallRecord(arg, scope, depth + 1);
}

/** Nesting of records written out in a call, each of at most SMALL_RECORD_FIELDS small fields. */
const SMALL_RECORD_DEPTH = 3;
const SMALL_RECORD_FIELDS = 8;

function isSmallRecord(node: TSESTree.Expression, scope: Scope, depth: number): boolean {
  // A number written in a field is a value, not a size (`{ retries: 100000 }`).
  const small = (value: TSESTree.Node): boolean => value.type === 'Literal' || isSmallSizeArgument(value as TSESTree.Expression, scope, depth);
  if (node.type === 'ArrayExpression') return node.elements.length <= SMALL_RECORD_FIELDS && node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && small(element));
  if (node.type !== 'ObjectExpression' || node.properties.length > SMALL_RECORD_FIELDS) return false;
  return node.properties.every((property) => property.type === 'Property' && !property.computed && small(property.value));
}

function instanceFromApi(value: Value): Value {
  let info: ApiInfo | undefined;
  if (value.k === 'module' && !isKnownModule(value.spec)) return { k: 'unknown', ofPackage: value.spec };
  if (value.k === 'module') info = lookupApi(value.spec, value.path);
  else if (value.k === 'global') info = lookupGlobal(value.path);
  else if (value.k === 'api-instance') info = lookupInstanceApi(value.type, value.path);
  return info?.returns ? { k: 'api-instance', type: info.returns, path: [] } : UNKNOWN;
}

/** Functions that wrap a callback API in a promise-returning one, by module ('' is the module itself). */
const PROMISIFIERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['util', ['promisify']],
  ['util.promisify', ['']],
  ['pify', ['']],
  ['thenify', ['']],
  ['es6-promisify', ['', 'promisify']],
  ['bluebird', ['promisify', 'fromCallback', 'promisifyAll']],
  ['q', ['denodeify', 'nfbind']],
]);

/**
 * `CP.execAsync(cmd)` with `CP = Bluebird.promisifyAll(require('child_process'))`: the promise form of a described
 * callback method, which `promisifyAll` adds under the name with `Async` appended.
 */
function promisifiedAllMember(spec: string, path: readonly string[]): ApiInfo | undefined {
  const last = path[path.length - 1];
  if (!last?.endsWith('Async') || last.length === 5) return undefined;
  const base = lookupApi(spec, [...path.slice(0, -1), last.slice(0, -5)]);
  return base && base.effect !== 'blocking-io' && base.effect !== 'none' ? base : undefined;
}

function isPromisify(value: Value): boolean {
  if (value.k !== 'module') return false;
  // `_util.default.promisify`: the module object an interop helper wraps as `default`.
  const path = value.path[0] === 'default' ? value.path.slice(1) : value.path;
  return path.length <= 1 && (PROMISIFIERS.get(value.spec)?.includes(path.length === 0 ? '' : path[0]) ?? false);
}

/** A string the key expression can take that is written in the code: a literal, a branch of `?:`, a variable set to one. */
function writtenKey(node: Node, scope: Scope, depth: number): string | undefined {
  const key = unwrapExpression(node as TSESTree.Expression);
  if (key.type === 'Literal') return typeof key.value === 'string' ? key.value : undefined;
  if (depth > 2) return undefined;
  if (key.type === 'ConditionalExpression') return writtenKey(key.consequent, scope, depth + 1) ?? writtenKey(key.alternate, scope, depth + 1);
  if (key.type !== 'Identifier') return undefined;
  const binding = scope.lookup(key.name);
  if (binding?.kind === 'value' && binding.path.length === 0) return writtenKey(binding.init, binding.scope, depth + 1);
  if (binding?.kind === 'param' && binding.assigned.length === 0 && !binding.rest) return passedString(binding.fn, binding.fn.params.indexOf(binding.name));
  const assigned = binding?.kind === 'opaque' ? binding.assigned[0] : undefined;
  return assigned ? writtenKey(assigned.value, assigned.scope, depth + 1) : undefined;
}

/**
 * `doExec('exec', arguments)`, `isTypeSync.bind(undefined, 'statSync', 'isFile')`: the first string the file's own
 * calls of a function pass for its parameter at `index`.
 */
function passedString(fn: FunctionInfo, index: number): string | undefined {
  if (index < 0 || !fn.name) return undefined;
  let byIndex = passedStrings.get(fn);
  if (!byIndex) passedStrings.set(fn, (byIndex = new Map()));
  if (!byIndex.has(index)) byIndex.set(index, findPassedString(fn, index));
  return byIndex.get(index);
}

/** Per function and parameter position: one scan of the file's calls however many keys read the parameter. */
const passedStrings = new WeakMap<FunctionInfo, Map<number, string | undefined>>();

function findPassedString(fn: FunctionInfo, index: number): string | undefined {
  for (const caller of [fn.file.moduleFn, ...fn.file.functions]) {
    for (const site of caller.calls) {
      // `f.bind(thisArg, a, b)`: the bound arguments come after `this`.
      const bound = boundFunction(site.node);
      const called = unwrapExpression(bound ?? site.node.callee);
      const at = bound ? index + 1 : index;
      if (called.type !== 'Identifier' || called.name !== fn.name || localFunctionOf(caller.scope.lookup(called.name)) !== fn) continue;
      const arg = site.node.arguments[at];
      if (arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
    }
  }
  return undefined;
}

function isSymbolConstant(name: string, scope: Scope): boolean {
  const binding = scope.lookup(name);
  if (binding?.kind !== 'value' || binding.path.length !== 0 || binding.assigned.length !== 0) return false;
  const init = unwrapExpression(binding.init as TSESTree.Expression);
  if (init.type !== 'CallExpression') return false;
  const callee = memberPath(unwrapExpression(init.callee));
  return callee !== null && callee[0] === 'Symbol' && (callee.length === 1 || (callee.length === 2 && callee[1] === 'for'));
}

function encloses(outer: FunctionInfo, fn: FunctionInfo): boolean {
  for (let current: FunctionInfo | null = fn; current; current = current.parent) if (current === outer) return true;
  return false;
}

/** A function of a package the tables do not describe. */
function isUnknownPackageFunction(value: Value): boolean {
  return value.k === 'module' && !isRelativeSpecifier(value.spec) && lookupApi(value.spec, value.path) === undefined;
}

const IO_EFFECTS: ReadonlySet<string> = new Set(['async-io', 'threadpool', 'blocking-io']);

/** A function of the runtime or a known package that does I/O when called (`fs.readFile`, `fetch`). */
function isIoApiFunction(value: Value): boolean {
  const info = value.k === 'module' ? lookupApi(value.spec, value.path) : value.k === 'global' ? lookupGlobal(value.path) : undefined;
  return info !== undefined && IO_EFFECTS.has(info.effect);
}

/** A function whose body only throws: a placeholder for what the module sets up when the platform supports it. */
function isThrowingStub(fn: FunctionInfo): boolean {
  const body = fn.node.type === 'Program' ? null : fn.node.body;
  return body?.type === 'BlockStatement' && body.body.length === 1 && body.body[0]!.type === 'ThrowStatement';
}

/** Wrappers that return their argument's behaviour: a hand-written `promisify`. */
const PROMISIFY_NAMES = new Set(['promisify', 'pify', 'promisifyAll']);

function isModuleInterop(value: Value): boolean {
  if (value.k === 'fn') return isInteropHelper(value.fn.name) || PROMISIFY_NAMES.has(value.fn.name);
  if (value.k === 'module' && value.spec.startsWith('@babel/runtime/helpers/')) return true;
  if (value.k === 'module' && value.spec === 'tslib') return ['__importDefault', '__importStar'].includes(value.path[0]);
  return false;
}

/** `opts.make ? opts.make() : fallback`: the consequent calls the member the test checks is set. */
function callsTestedMember(node: TSESTree.ConditionalExpression): boolean {
  const test = memberPath(unwrapExpression(node.test), true);
  const consequent = unwrapExpression(node.consequent);
  const called = consequent.type === 'CallExpression' ? memberPath(unwrapExpression(consequent.callee), true) : null;
  return test !== null && test.length > 1 && called !== null && called.join('.') === test.join('.');
}

/** A member of what a call into another module returned (`normalize(options).isFile`): may well be unset. */
function isReturnedMember(value: Value): boolean {
  return value.k === 'import' && value.callsAt !== undefined && value.path.length > value.callsAt[value.callsAt.length - 1];
}

/** Calls followed along one path of another module: enough for a builder's chain, bounded for the linker. */
const MAX_CHAINED_CALLS = 4;

/**
 * Whether calling the value can be recorded: not a second call of the same result (`make()()`), nor a call of what
 * `new` just made, which the linker would apply in the other order.
 */
function canCallAtEnd(value: Extract<Value, { k: 'import' }>): boolean {
  const calls = value.callsAt;
  if (value.newAt === value.path.length) return false;
  return calls === undefined || (calls.length < MAX_CHAINED_CALLS && calls[calls.length - 1] < value.path.length);
}

function withBinding(value: Value, ref: BindingRef): Value {
  if ((value.k === 'fn' || value.k === 'class' || value.k === 'object' || (value.k === 'api-instance' && value.path.length === 0)) && !value.binding) return { ...value, binding: ref };
  return value;
}

/** `this` inside a method is its instance (or the object literal); arrows see their enclosing function's `this`. */
function thisValue(fn: FunctionInfo): Value {
  let current: FunctionInfo | null = fn;
  while (current && (current.node.type === 'ArrowFunctionExpression' || runsWithCallersThis(current))) current = current.parent;
  if (!current) return UNKNOWN;
  if (current.classInfo) {
    const method = (current.node as { parent?: Node }).parent;
    const isStatic = (method?.type === 'MethodDefinition' || method?.type === 'PropertyDefinition') && method.static;
    return isStatic ? { k: 'class', cls: current.classInfo } : { k: 'instance', cls: current.classInfo };
  }
  if (current.objectInfo && !isCreatedClassMethod(current)) return { k: 'object', node: current.objectInfo.node, scope: current.objectInfo.scope };
  if (current.hostClass) return { k: 'instance', cls: current.hostClass };
  // `function _initialize() { this.rules = this.load(); }` with `{ initialize: _initialize, load: _load }`: a method
  // of that object, not a constructor of its own, unless named as one (`{ Client: Client }`).
  if (current.holderObject && !CONSTRUCTOR_NAME.test(current.name)) return { k: 'object', node: current.holderObject.node, scope: current.holderObject.scope };
  const constructor = prototypeOwnerOf(current);
  // A function that is itself the constructor (not a prototype method) makes instances only when it has a prototype.
  if (constructor && (!holdsFunction(constructor.binding, current) || hasPrototype(constructor.binding, constructor.scope))) return { k: 'proto-instance', binding: constructor };
  // `this.verify = function () { return this.index(d) > -1; }` in a constructor: a method of the instance being built.
  const holder = (current.node as { parent?: Node }).parent;
  if (current.parent && holder?.type === 'AssignmentExpression' && holder.right === current.node && holder.left.type === 'MemberExpression' && holder.left.object.type === 'ThisExpression') return thisValue(current.parent);
  return UNKNOWN;
}

/**
 * TypeScript's `__awaiter(this, void 0, void 0, function* () {...})`: a generator handed to its runner with `this`.
 * Compiled for ES5, the body is a plain function run by the same helpers: `__generator(this, function (_a) {...})`.
 */
function runsWithCallersThis(fn: FunctionInfo): boolean {
  const call = fn.role === 'callback' || fn.role === 'array-callback' ? fn.callbackOf?.node : undefined;
  if (!call) return false;
  // `files.forEach(function (file) { this.send(file); }, this)`: an array method's thisArg.
  if (call.arguments[0] === fn.node && call.arguments[1]?.type === 'ThisExpression' && THIS_ARG_METHODS.has(calleeName(call) ?? '')) return true;
  if (fn.role !== 'callback' || call.arguments[0]?.type !== 'ThisExpression') return false;
  return fn.isGenerator || THIS_PASSING_HELPERS.has(calleeName(call) ?? '');
}

const THIS_PASSING_HELPERS: ReadonlySet<string> = new Set(['__awaiter', '__generator']);
/** Constructors are named in PascalCase. */
const CONSTRUCTOR_NAME = /^[A-Z]/;
/** Babel's and SWC's compiled async function: a function that runs the generator it is handed first (see `isAsyncFunctionHelper`). */
const BABEL_ASYNC_HELPER = '_asyncToGenerator';
/** Array methods whose second argument is the `this` of their callback. */
const THIS_ARG_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap']);

/**
 * A compiler's async-function helper written out as plain code (Babel's `function (fn) { return function () { var gen
 * = fn.apply(this, arguments); ... gen[key](arg) ... } }`, bundled): it calls its first parameter into a variable and
 * steps that generator, or hands it to the function that does (`asyncGeneratorStep(gen, ...)`).
 */
export function drivesGeneratorParameter(helper: FunctionInfo): boolean {
  const node = helper.node;
  if (node.type === 'Program' || node.params[0]?.type !== 'Identifier') return false;
  const param = node.params[0].name;
  let generator: string | undefined;
  const steps = (fn: FunctionInfo, level: number): boolean => {
    for (const site of fn.calls) {
      const callee = unwrapExpression(site.node.callee);
      const object = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
      if (generator === undefined) {
        const declarator = (site.node as { parent?: Node }).parent;
        const invoked = object?.type === 'Identifier' && object.name === param && callee.type === 'MemberExpression' && !callee.computed && (keyName(callee.property) === 'apply' || keyName(callee.property) === 'call');
        if (invoked && declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier') generator = declarator.id.name;
      } else if ((object?.type === 'Identifier' && object.name === generator) || site.node.arguments.some((arg) => arg.type === 'Identifier' && arg.name === generator)) {
        return true;
      }
    }
    return level < GENERATOR_DRIVER_DEPTH && fn.children.some((child) => steps(child, level + 1));
  };
  return steps(helper, 0);
}

/** How deep a generator driver nests the step: the function it returns, a promise executor, the step function. */
const GENERATOR_DRIVER_DEPTH = 3;

/**
 * Of the values a variable is given, the one a Linux host runs: `os = require('./linux')` under `case 'linux':` or
 * `if (process.platform === 'linux')`, or in the `else` of a test for another platform; else the first one.
 */
function hostAssignment(assigned: readonly AssignedValue[]): AssignedValue {
  if (assigned.length === 1) return assigned[0];
  let fallback: AssignedValue | undefined;
  for (const entry of assigned) {
    const branch = platformBranch(entry.value);
    if (branch === 'host') return entry;
    if (branch === 'other-else') fallback ??= entry;
  }
  return fallback ?? assigned[0];
}

/** Whether `node` runs under a platform test: on Linux (`host`), in the `else` of a test for another one (`other-else`). */
function platformBranch(node: Node): 'host' | 'other-else' | undefined {
  let child = node;
  for (let parent = (node as { parent?: Node }).parent, level = 0; parent && level < PLATFORM_BRANCH_DEPTH; child = parent, parent = (parent as { parent?: Node }).parent, level++) {
    if (parent.type === 'SwitchCase') return parent.test?.type === 'Literal' && parent.test.value === HOST_PLATFORM ? 'host' : undefined;
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      const named = testedPlatform(parent.test);
      if (named === undefined) continue;
      const inConsequent = parent.consequent === child;
      if (named === HOST_PLATFORM) return inConsequent ? 'host' : undefined;
      return inConsequent ? undefined : 'other-else';
    }
    if (FUNCTION_TYPES.has(parent.type)) return undefined;
  }
  return undefined;
}

/** `process.platform === 'win32'`, `os.platform() == 'darwin'`: the platform an equality test names. */
function testedPlatform(test: Node): string | undefined {
  const expression = unwrapExpression(test as TSESTree.Expression);
  if (expression.type !== 'BinaryExpression' || (expression.operator !== '===' && expression.operator !== '==')) return undefined;
  const literal = [expression.left, expression.right].find((side): side is TSESTree.StringLiteral => side.type === 'Literal' && typeof side.value === 'string');
  return literal && PLATFORM_NAMES.has(literal.value) ? literal.value : undefined;
}

const HOST_PLATFORM = 'linux';
const PLATFORM_NAMES: ReadonlySet<string> = new Set(['linux', 'win32', 'darwin', 'freebsd', 'openbsd', 'sunos', 'aix', 'android']);
/** How far up an assignment its platform test may sit: statement, block, case or branch, and an `else if` chain. */
const PLATFORM_BRANCH_DEPTH = 8;

/** `require` is Node's own, or one made for an ES module with `createRequire(import.meta.url)`. */
function isRequireFunction(scope: Scope): boolean {
  const binding = scope.lookup('require');
  if (!binding) return true;
  if (binding.kind !== 'value' || binding.path.length !== 0) return false;
  const init = unwrapExpression(binding.init as TSESTree.Expression);
  if (init.type !== 'CallExpression') return false;
  const name = calleeName(init);
  return name === 'createRequire' || name === 'createRequireFromPath';
}

/**
 * The parameter a wrapper factory forwards every call to: `function bind(fn, me) { return function () { return
 * fn.apply(me, arguments); }; }` returns a function that only calls its first parameter. -1 when it is not such a factory.
 */
function forwardedParamIndex(factory: FunctionInfo): number {
  const node = factory.node;
  const returned = returnedExpression(factory);
  if (node.type === 'Program' || !returned || (returned.type !== 'FunctionExpression' && returned.type !== 'ArrowFunctionExpression')) return -1;
  const call = onlyCallOf(returned);
  if (!call) return -1;
  const invoked = invokedThroughCallOrApply(call.callee);
  const callee = unwrapExpression(invoked ? invoked.fn : call.callee);
  if (callee.type !== 'Identifier') return -1;
  const name = callee.name;
  return node.params.findIndex((param) => param.type === 'Identifier' && param.name === name);
}

/**
 * What `Object.assign(...)` stands for where one argument decides it: `Object.assign({ parse, extract })` is that
 * object, `Object.assign({}, defaults)` its source, `Object.assign(main, { sync })` the function or object it adds
 * members to (known by its own members, not the added ones).
 */
function objectAssignResult(node: TSESTree.CallExpression): Node | undefined {
  const [target, source] = node.arguments;
  if (!target || node.arguments.some((arg) => arg.type === 'SpreadElement')) return undefined;
  const unwrapped = unwrapExpression(target as TSESTree.Expression);
  if (node.arguments.length === 1) return unwrapped;
  if (node.arguments.length === 2 && unwrapped.type === 'ObjectExpression' && unwrapped.properties.length === 0) return unwrapExpression(source as TSESTree.Expression);
  return FUNCTION_TYPES.has(unwrapped.type) || unwrapped.type === 'Identifier' ? unwrapped : undefined;
}

/** What a function returns when its body ends with it: an arrow's expression body, or a last `return x`. */
export function returnedExpression(fn: FunctionInfo): Node | null {
  const node = fn.node;
  if (node.type === 'Program' || !node.body) return null;
  if (node.body.type !== 'BlockStatement') return unwrapExpression(node.body);
  const last = node.body.body[node.body.body.length - 1];
  const returned = last && (onlyReturnedValue(last) ?? hostPlatformReturn(last));
  if (returned) return unwrapExpression(returned);
  return selfInstantiation(node.body.body[0], fn.name);
}

/**
 * `switch (process.platform) { case 'darwin': return macos; ... default: return linux; }`: what a Linux host gets,
 * from its own case or else the default one.
 */
function hostPlatformReturn(statement: TSESTree.Statement): TSESTree.Expression | null {
  if (statement.type !== 'SwitchStatement' || lastName(unwrapExpression(statement.discriminant.type === 'CallExpression' ? statement.discriminant.callee : statement.discriminant)) !== 'platform') return null;
  const chosen = statement.cases.find((c) => c.test?.type === 'Literal' && c.test.value === HOST_PLATFORM) ?? statement.cases.find((c) => c.test === null);
  let body: readonly TSESTree.Statement[] = chosen?.consequent ?? [];
  if (body.length === 1 && body[0].type === 'BlockStatement') body = body[0].body;
  const last = body[body.length - 1];
  return last ? onlyReturnedValue(last) : null;
}

/** `return x`, or `if (valid) { ...; return x } else { throw ... }`: the value when the other path throws. */
function onlyReturnedValue(statement: TSESTree.Statement): TSESTree.Expression | null {
  if (statement.type === 'ReturnStatement') return statement.argument ?? null;
  if (statement.type !== 'IfStatement' || !statement.alternate) return null;
  const consequent = lastStatementOf(statement.consequent);
  const alternate = lastStatementOf(statement.alternate);
  if (consequent?.type === 'ReturnStatement' && alternate?.type === 'ThrowStatement') return consequent.argument ?? null;
  if (alternate?.type === 'ReturnStatement' && consequent?.type === 'ThrowStatement') return alternate.argument ?? null;
  return null;
}

function lastStatementOf(statement: TSESTree.Statement): TSESTree.Statement | undefined {
  return statement.type === 'BlockStatement' ? statement.body[statement.body.length - 1] : statement;
}

/** Node's `util.inherits`, the `inherits` package, `Object.setPrototypeOf`, or a compiler's `_inherits` helper. */
function isInheritsFunction(value: Value): boolean {
  if (value.k === 'module') {
    const path = value.path[0] === 'default' ? value.path.slice(1) : value.path;
    if (value.spec === 'util') return path.length === 1 && path[0] === 'inherits';
    return (value.spec === 'inherits' || value.spec.startsWith('@babel/runtime/helpers/inherits')) && path.length === 0;
  }
  if (value.k === 'global') return value.path.join('.') === 'Object.setPrototypeOf';
  return value.k === 'fn' && isInheritsFunctionName(value.fn.name) && setsPrototype(value.fn);
}

/** The body sets a prototype: `sub.prototype = Object.create(sup.prototype)`, `Object.setPrototypeOf(...)`. */
function setsPrototype(fn: FunctionInfo): boolean {
  let found = false;
  walkWithinFunction(fn.node, (node) => {
    if (node.type === 'AssignmentExpression' && prototypeOwner(node.left)) found = true;
    else if (node.type === 'CallExpression' && memberPath(unwrapExpression(node.callee))?.join('.') === 'Object.setPrototypeOf') found = true;
    return !found;
  });
  return found;
}

/** The argument an immediately invoked function receives for a parameter: `(function (self) {...})(this)`. */
function iifeArgument(fn: FunctionInfo, name: string): Node | undefined {
  const node = fn.node;
  if (node.type === 'Program') return undefined;
  const index = node.params.findIndex((param) => param.type === 'Identifier' && param.name === name);
  if (index < 0) return undefined;
  const passed = immediateCallArgument(node, index);
  return passed === null ? factoryArgument(node, index) : passed;
}

/**
 * The module function of id `id` in the bundle table holding `wrapper`, when `wrapper` is one of its modules and
 * `requireName` its third parameter (webpack's `function (module, exports, __webpack_require__)`): a table is an array
 * of functions indexed by id, or an object of functions keyed by id (webpack 5, ncc).
 */
function bundledModule(wrapper: FunctionInfo, requireName: string, id: number | string): Node | undefined {
  const node = wrapper.node;
  if (node.type === 'Program' || node.params.length !== 3) return undefined;
  const third = node.params[2];
  if (third.type !== 'Identifier' || third.name !== requireName) return undefined;
  let parent = (node as { parent?: Node }).parent;
  if (parent?.type === 'Property' && parent.value === node) parent = (parent as { parent?: Node }).parent;
  if (parent?.type !== 'ArrayExpression' && parent?.type !== 'ObjectExpression') return undefined;
  let table = bundleTableOfNode.get(parent);
  if (table === undefined) {
    table = bundleTable(parent);
    bundleTableOfNode.set(parent, table);
  }
  if (!table || (table.byIndex && typeof id !== 'number')) return undefined;
  return table.modules.get(String(id));
}

/** The modules of a bundle's table by id, indexed once per table (a bundle requires by id thousands of times). */
function bundleTable(container: TSESTree.ArrayExpression | TSESTree.ObjectExpression): BundleTable | null {
  const modules = new Map<string, Node>();
  if (container.type === 'ArrayExpression') {
    for (const [index, element] of container.elements.entries()) {
      if (element === null) continue;
      if (!isModuleFunction(element)) return null;
      modules.set(String(index), element);
    }
    return { byIndex: true, modules };
  }
  for (const property of container.properties) {
    if (property.type !== 'Property' || property.computed || !isModuleFunction(property.value)) return null;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
    if (key !== undefined) modules.set(key, property.value);
  }
  return { byIndex: false, modules };
}

function isModuleFunction(node: Node): boolean {
  return (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && node.params.length <= 3;
}

/** esbuild's and rolldown's wrappers of a bundled CommonJS module, which run it on the first call. */
const LAZY_MODULE_HELPERS: ReadonlySet<string> = new Set(['__commonJS', '__commonJSMin']);

/** `module.exports = require("fs");` among the top-level statements of a bundled module: the value it exports. */
function moduleExportsAssignment(module: TSESTree.FunctionLike, moduleName: string): Node | undefined {
  const body = module.body;
  if (body?.type !== 'BlockStatement') return undefined;
  for (const statement of body.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') continue;
    const path = memberPath(statement.expression.left);
    if (path?.length === 2 && path[0] === moduleName && path[1] === 'exports') return statement.expression.right;
  }
  return undefined;
}

/**
 * A UMD wrapper's factory, `(function (root, factory) { ... factory(exports, require('./sql')) ... })(this, function
 * (_exports, _sql) {...})`: the argument the wrapper's CommonJS call passes for a parameter, a `require`.
 */
function factoryArgument(factory: Exclude<FunctionInfo['node'], TSESTree.Program>, index: number): Node | undefined {
  const call = (factory as { parent?: Node }).parent;
  if (call?.type !== 'CallExpression' || (call.callee.type !== 'FunctionExpression' && call.callee.type !== 'ArrowFunctionExpression')) return undefined;
  const wrapper = call.callee;
  const position = call.arguments.indexOf(factory as TSESTree.CallExpressionArgument);
  const param = wrapper.params[position];
  if (position < 0 || param?.type !== 'Identifier') return undefined;
  let required: Node | undefined;
  walkWithinFunction(wrapper.body, (child) => {
    if (required) return false;
    if (child.type === 'CallExpression' && child.callee.type === 'Identifier' && child.callee.name === param.name) {
      const arg = child.arguments[index];
      if (arg && requiredSpecifier(arg) !== undefined) required = arg;
    }
    return true;
  });
  return required;
}

/** `if (!(this instanceof Reader)) return new Reader(dir)`: called without `new`, the constructor makes its instance. */
function selfInstantiation(statement: Node | undefined, name: string): Node | null {
  if (statement?.type !== 'IfStatement' || statement.alternate) return null;
  const test = unwrapExpression(statement.test);
  if (test.type !== 'UnaryExpression' || test.operator !== '!') return null;
  const check = unwrapExpression(test.argument);
  if (check.type !== 'BinaryExpression' || check.operator !== 'instanceof' || check.left.type !== 'ThisExpression' || check.right.type !== 'Identifier' || check.right.name !== name) return null;
  const body = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
  if (body.type !== 'ReturnStatement' || !body.argument) return null;
  const made = unwrapExpression(body.argument);
  return made.type === 'NewExpression' && made.callee.type === 'Identifier' && made.callee.name === name ? made : null;
}

/** The call a function's body consists of: `() => f(x)`, `function () { return f(x); }` or `{ f(x); }`. */
function onlyCallOf(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TSESTree.CallExpression | null {
  let expression: Node | null | undefined;
  if (fn.body.type !== 'BlockStatement') expression = fn.body;
  else if (fn.body.body.length === 1) {
    const statement = fn.body.body[0];
    expression = statement.type === 'ReturnStatement' ? statement.argument : statement.type === 'ExpressionStatement' ? statement.expression : null;
  }
  const call = expression ? unwrapExpression(expression) : null;
  return call?.type === 'CallExpression' ? call : null;
}

/** A function declaration used as a constructor: something is assigned to its prototype. */
function hasPrototype(binding: Binding, scope: Scope): boolean {
  const members = scope.memberAssignments?.get(binding);
  if (!members) return false;
  for (const key of members.keys()) if (key === 'prototype' || key.startsWith('prototype.')) return true;
  return false;
}

function findStaticMethod(cls: ClassInfo, name: string): FunctionInfo | undefined {
  return cls.staticMethods.get(name);
}

/**
 * Values a call may invoke, and whose `.call`/`.apply` calls them: the file's functions, APIs of modules and globals
 * and their instances, imports (not objects of unknown type).
 */
export const CALLABLE_VALUE_KINDS: ReadonlySet<Value['k']> = new Set(['module', 'global', 'api-instance', 'fn', 'import']);

export function invokedThroughCallOrApply(callee: TSESTree.Expression): { fn: TSESTree.Expression; method: 'call' | 'apply' } | undefined {
  const member = unwrapExpression(callee);
  if (member.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier') return undefined;
  const method = member.property.name;
  if (method !== 'call' && method !== 'apply') return undefined;
  const fn = unwrapExpression(member.object);
  // `(function () {}).call(this)` is an immediately invoked function, collected as such.
  if (fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') return undefined;
  return { fn: member.object, method };
}

/** `f.call(this, ...)`, `f.apply(null, args)`, `ns.f.apply(ns, args)`: the first argument is a `this` value. */
function passesThisValue(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const first = call.arguments[0];
  if (!first) return false;
  // `void 0`: Sucrase calls imported functions as `_mod.fn.call(void 0, ...)`.
  if (first.type === 'ThisExpression' || (first.type === 'Literal' && first.value === null) || (first.type === 'Identifier' && first.name === 'undefined') || (first.type === 'UnaryExpression' && first.operator === 'void')) return true;
  const invoked = unwrapExpression(call.callee) as TSESTree.MemberExpression;
  const fn = unwrapExpression(invoked.object);
  const owner = fn.type === 'MemberExpression' ? unwrapExpression(fn.object) : null;
  // `Layer.prototype.url.apply({ path }, args)`: a method taken from a prototype is called on what comes first.
  if (owner?.type === 'MemberExpression' && !owner.computed && owner.property.type === 'Identifier' && owner.property.name === 'prototype') return true;
  return first.type === 'Identifier' && owner?.type === 'Identifier' && owner.name === first.name;
}

/** The arguments a function receives when called through `.call` (after `thisArg`) or `.apply` (one array: none known). */
function receivedArguments(node: TSESTree.CallExpression | TSESTree.NewExpression, invokedBy: 'call' | 'apply' | undefined): readonly TSESTree.CallExpressionArgument[] {
  if (invokedBy === undefined) return node.arguments;
  return invokedBy === 'call' ? node.arguments.slice(1) : [];
}

/** fs method names that promise-returning readers, writers and connections share. */
const STREAM_METHOD_NAMES = new Set(['read', 'write', 'open', 'close']);

/** `await x.readdir(p)`, `x.readdir(p).then(...)`: the call returns a promise. */
function resultIsPromised(site: CallSite): boolean {
  if (site.awaited) return true;
  const parent = (site.node as { parent?: Node }).parent;
  // `await Promise.all([fs.readFile(p), fs.stat(p)])`, `return fs.writeFile(p, data)` in an async function.
  if (parent?.type === 'ArrayExpression') return isCombinedPromises(parent);
  if (parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === site.node)) return site.fn.isAsync;
  if (parent?.type !== 'MemberExpression' || parent.object !== site.node || parent.computed || parent.property.type !== 'Identifier') return false;
  const grand = (parent as { parent?: Node }).parent;
  return PROMISE_METHODS.has(parent.property.name) && grand?.type === 'CallExpression' && grand.callee === parent;
}

/** The array handed to `Promise.all` (or `allSettled`, `race`, `any`): its elements are promises. */
function isCombinedPromises(array: TSESTree.ArrayExpression): boolean {
  const call = (array as { parent?: Node }).parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== array) return false;
  const path = memberPath(unwrapExpression(call.callee));
  return path?.length === 2 && path[0] === 'Promise' && PROMISE_COMBINATORS.has(path[1]!);
}

/** Methods that keep a callback in a collection or look it up there (`callbacks.push(cb)`, `handlers.indexOf(cb)`). */
const CALLBACK_COLLECTION_METHODS: ReadonlySet<string> = new Set([...STORING_METHODS, 'indexOf', 'lastIndexOf', 'includes', 'has', 'delete']);

/** Names a function gives the callback it is told to call when its operation ends. */
const COMPLETION_CALLBACK_NAMES: ReadonlySet<string> = new Set(['cb', 'callback']);

/**
 * `client.sendProduceRequest(payload, acks, timeout, cb)`: a method handed, last, the completion callback the calling
 * function was given (a method that only keeps it, `callbacks.push(cb)`, is left out by the caller).
 */
function handsOnCompletionCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): boolean {
  const last = call.arguments[call.arguments.length - 1];
  if (unwrapExpression(call.callee).type !== 'MemberExpression' || last?.type !== 'Identifier' || !COMPLETION_CALLBACK_NAMES.has(last.name)) return false;
  const binding = scope.lookup(last.name);
  return binding?.kind === 'param' && !callsUnconditionally(binding.fn, last.name);
}

/**
 * `function visitPreOrder(cb) { cb(this); for (...) this._children[i].visitPreOrder(cb); }`: a function that always
 * calls the callback itself uses it as a visitor, since a completion callback is called once, when the operation ends.
 */
function callsUnconditionally(fn: FunctionInfo, name: string): boolean {
  const body = fn.node.type === 'Program' ? null : fn.node.body;
  if (body?.type !== 'BlockStatement') return false;
  for (const statement of body.body) {
    const expression = statement.type === 'ExpressionStatement' ? unwrapExpression(statement.expression) : null;
    if (expression?.type === 'CallExpression' && expression.callee.type === 'Identifier' && expression.callee.name === name) return true;
    // After a statement that may leave the function, the call may not be reached.
    if (mayLeaveFunction(statement)) return false;
  }
  return false;
}

/** A call of an fs-named method on an object of unknown origin, taken for that fs method (see `takenForFsMethod`). */
function fsMethodGuess(member: string, hasCallback: boolean, promised: boolean): CallTarget | undefined {
  const fsApi = lookupFsMethodByName(member);
  if (fsApi && takenForFsMethod(fsApi, member, hasCallback, promised)) return { kind: 'api', info: fsApi, name: `fs.${member}`, guessed: true };
  // Promisified fs methods by the promisifyAll convention: `opts.statAsync(path)`.
  const promisified = member.endsWith('Async') ? lookupFsMethodByName(member.slice(0, -5)) : undefined;
  if (promisified && promisified.effect !== 'blocking-io') return { kind: 'api', info: promisified, name: `fs.${member.slice(0, -5)} (promisified)`, guessed: true };
  return undefined;
}

/**
 * Words that name file, process and network operations or the files they work on, as the first word of a method
 * name (`loadConfigSync`, `fileSync`).
 */
const IO_WORDS: ReadonlySet<string> = new Set([
  'file', 'files', 'dir', 'dirs', 'directory', 'folder', 'read', 'write', 'load', 'save', 'store', 'exists', 'exist',
  'stat', 'lstat', 'access', 'find', 'glob', 'locate', 'copy', 'cp', 'move', 'mv', 'rename', 'remove', 'rm', 'rimraf',
  'del', 'delete', 'unlink', 'mkdir', 'mkdirp', 'ensure', 'empty', 'output', 'append', 'exec', 'spawn', 'fork', 'lock',
  'unlock', 'open', 'close', 'list', 'ls', 'scan', 'walk', 'fetch', 'request', 'query', 'download', 'upload', 'resolve',
  'search', 'install', 'clone', 'extract', 'scandir', 'readdir', 'realpath', 'readlink',
]);

/** `originalStat`, `readManifest`, `fetch_page`: a name made of words, one of them an I/O operation's. */
export function namesIoOperation(name: string): boolean {
  return name.split(/_|(?=[A-Z])/).some((word) => IO_WORDS.has(word.toLowerCase()));
}

/**
 * A package's synchronous variant of an I/O call (`finder.loadSync(files)`, `lib.readConfigSync(p)`), by the Node
 * convention that names the blocking form with `Sync`: taken for blocking I/O when the tables do not know the
 * package. The blocking form of a computation (`quantizer.quantizeSync()`) is not I/O, nor is a bare `sync`
 * (`uid.sync(18)` makes an id).
 */
function synchronousVariantGuess(member: string, name: string): CallTarget | undefined {
  if (!member.endsWith('Sync') || !IO_WORDS.has(/^[a-z]+/.exec(member)?.[0] ?? '')) return undefined;
  return { kind: 'api', info: { effect: 'blocking-io' }, name: `${name}, a synchronous variant`, guessed: true };
}

/**
 * Whether a call of an fs-named method on an object of unknown origin is taken for that fs method: a blocking one
 * always, another when the call takes a callback or its result is used as a promise (not for the names
 * promise-returning readers and connections share, `await reader.read()`).
 */
export function takenForFsMethod(api: ApiInfo, member: string, hasCallback: boolean, promised: boolean): boolean {
  return api.effect === 'blocking-io' || hasCallback || (promised && !STREAM_METHOD_NAMES.has(member));
}

/** Callback style: the last argument is a function, a local function, or a parameter named like a callback. */
function lastArgumentIsFunction(node: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): boolean {
  const last = node.arguments[node.arguments.length - 1];
  if (!last) return false;
  if (last.type === 'FunctionExpression' || last.type === 'ArrowFunctionExpression') return true;
  if (last.type === 'CallExpression') return callReturnsFunction(last, scope);
  if (last.type !== 'Identifier') return false;
  const binding = scope.lookup(last.name);
  if (localFunctionOf(binding)) return true;
  if (binding?.kind === 'value' && binding.init.type === 'CallExpression' && callReturnsFunction(binding.init, binding.scope)) return true;
  return /^(cb|callback|done|next|cb[A-Z]\w*|\w*Callback|\w*[a-z_][cC]b)$/.test(last.name);
}

/** `this.onData.bind(this)`, or a call of a local factory, named or written in place, that returns a function (`readdirCb(self, cb)`). */
function callReturnsFunction(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'bind') return true;
  // `(function (_this) { return function (err, data) {...}; })(this)`: CoffeeScript's bound function.
  const factory = callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression' ? functionOfNode.get(callee) : callee.type === 'Identifier' ? localFunctionOf(scope.lookup(callee.name)) : undefined;
  return factory !== undefined && factory.children.some((child) => isReturnedBy(child, factory));
}

/** A file's `new Name(...)` sites by the name called: one pass over the file's calls, however many parameters ask. */
function constructionsOf(file: FileModel): Map<string, CallSite[]> {
  if (file.constructionsByName) return file.constructionsByName;
  const byName = new Map<string, CallSite[]>();
  for (const caller of [file.moduleFn, ...file.functions]) {
    for (const site of caller.calls) {
      const callee = site.isNew ? unwrapExpression(site.node.callee) : null;
      if (callee?.type !== 'Identifier') continue;
      const sites = byName.get(callee.name);
      if (sites) sites.push(site);
      else byName.set(callee.name, [site]);
    }
  }
  file.constructionsByName = byName;
  return byName;
}

/** The class, or constructor function, a binding names. */
function constructedClass(binding: Binding | undefined): ClassInfo | FunctionInfo | undefined {
  return binding?.kind === 'class' ? binding.cls : localFunctionOf(binding);
}

/** The function a binding names: a declaration, or a variable initialised with a function expression. */
function localFunctionOf(binding: Binding | undefined): FunctionInfo | undefined {
  if (binding?.kind === 'function') return binding.fn;
  if (binding?.kind === 'value' && (binding.init.type === 'ArrowFunctionExpression' || binding.init.type === 'FunctionExpression')) return functionOfNode.get(binding.init);
  return undefined;
}

/** A function written as the returned value of `outer`: `return function () {}` or an arrow's expression body. */
function isReturnedBy(inner: FunctionInfo, outer: FunctionInfo): boolean {
  const parent = (inner.node as { parent?: Node }).parent;
  if (!parent) return false;
  if (parent === outer.node) return outer.node.type === 'ArrowFunctionExpression' && outer.node.body === inner.node;
  return parent.type === 'ReturnStatement';
}

/** Events that say a stream or process is done, not data arriving. */
const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set(['close', 'exit', 'error', 'finish', 'end', 'drain', 'unpipe', 'abort', 'timeout', 'disconnect']);

/**
 * `stream.on('close', onclose)` on a stream the caller passed in, outside a promise executor: wiring cleanup or
 * completion callbacks to I/O the caller started (end-of-stream, pump), not waiting for it.
 */
function watchesParameterEnd(site: CallSite): boolean {
  const event = site.node.arguments[0];
  if (event?.type !== 'Literal' || typeof event.value !== 'string' || !LIFECYCLE_EVENTS.has(event.value) || isPromiseExecutor(site.fn)) return false;
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const receiver = unwrapExpression(callee.object);
  const root = rootName(receiver);
  // The parameter itself, or a member the function sets to it (`self.imap = imap; self.imap.on('error', ...)`).
  const key = root !== null && site.fn.scope.lookup(root)?.kind === 'param' ? root : storesParameterIn(receiver, site.fn) ? receiverKey(receiver) : null;
  if (key === null) return false;
  const sameReceiver = (node: Node): boolean => (key === root ? rootName(node) === root : receiverKey(node) === key);
  // `stream.on('end', done); stream.resume()`: a function that also makes the data flow drains the stream.
  return site.fn.calls.every((other) => {
    const method = unwrapExpression(other.node.callee);
    if (method.type !== 'MemberExpression' || !sameReceiver(unwrapExpression(method.object))) return true;
    return !method.computed && method.property.type === 'Identifier' && LISTENER_METHODS.has(method.property.name);
  });
}

/** `self.imap`, `this.stream`, `conn`: a receiver named by a variable or `this` and its members, as text. */
export function receiverKey(node: Node): string | null {
  return memberPath(node, true)?.join('.') ?? null;
}

/** `self.imap = imap` in the function, with `imap` one of its parameters: the member holds what the caller passed. */
function storesParameterIn(member: Node, fn: FunctionInfo): boolean {
  const key = member.type === 'MemberExpression' ? receiverKey(member) : null;
  if (key === null || fn.node.type === 'Program') return false;
  let stores = false;
  walkWithinFunction(fn.node, (child) => {
    if (stores) return false;
    if (child.type === 'AssignmentExpression' && child.operator === '=' && child.right.type === 'Identifier' && receiverKey(child.left) === key) {
      stores = fn.scope.lookup(child.right.name)?.kind === 'param';
    }
    return !stores;
  });
  return stores;
}

/** Methods that add, remove or count listeners and leave the stream as it is. */
const LISTENER_METHODS: ReadonlySet<string> = new Set([...EVENT_METHODS, 'removeListener', 'off', 'removeAllListeners', 'listenerCount', 'setMaxListeners']);

function isCalledOnThis(site: CallSite): boolean {
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type === 'ThisExpression') return true;
  // `var self = this; self.on('end', ...)`
  return receiver.type === 'Identifier' && unchangedInit(receiver.name, site.fn.scope)?.node.type === 'ThisExpression';
}

/**
 * `constructor() { this.cursor.on('end', ...) }`: a class's constructor listening to an object it keeps wires the
 * instance; the events come while the instance is used, not during `new`.
 */
function wiresFieldInConstructor(site: CallSite): boolean {
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression') return false;
  let receiver = unwrapExpression(callee.object);
  // `this.cursor.on('end', a).on('error', b)`: listeners chained on the same object.
  while (receiver.type === 'CallExpression') {
    const chained = unwrapExpression(receiver.callee);
    if (chained.type !== 'MemberExpression' || chained.computed || chained.property.type !== 'Identifier' || !EVENT_METHODS.has(chained.property.name)) return false;
    receiver = unwrapExpression(chained.object);
  }
  if (receiver.type !== 'MemberExpression' || unwrapExpression(receiver.object).type !== 'ThisExpression') return false;
  const method = (site.fn.node as { parent?: Node }).parent;
  return method?.type === 'MethodDefinition' && method.kind === 'constructor';
}

export { Scope };

/** `if (exists === void 0) { exists = fs.existsSync; }`, a compiled default parameter, or `if (!exists) exists = ...`. */
function fillsWhenMissing(value: Node, name: string): boolean {
  const assignment = (value as { parent?: Node }).parent;
  let statement = assignment?.type === 'AssignmentExpression' && assignment.operator === '=' ? (assignment as { parent?: Node }).parent : undefined;
  if (statement?.type !== 'ExpressionStatement') return false;
  let holder = (statement as { parent?: Node }).parent;
  if (holder?.type === 'BlockStatement' && holder.body.length === 1) {
    statement = holder;
    holder = (holder as { parent?: Node }).parent;
  }
  if (holder?.type !== 'IfStatement' || holder.consequent !== statement) return false;
  const test = unwrapExpression(holder.test);
  const negated = test.type === 'UnaryExpression' && test.operator === '!' ? unwrapExpression(test.argument) : null;
  return (negated?.type === 'Identifier' && negated.name === name) || testsMissing(holder.test, name);
}

/** `check = check || defaultCheck` (or `??`) in the parameter's own function: the default the parameter falls back to. */
function defaultAssignedTo(binding: Extract<Binding, { kind: 'param' }>): Node | undefined {
  for (const assigned of binding.assigned) {
    if (assigned.scope.owner !== binding.fn) continue;
    if (fillsWhenMissing(assigned.value, binding.name)) return assigned.value;
    const value = unwrapExpression(assigned.value as TSESTree.Expression);
    if (value.type !== 'LogicalExpression' || value.operator === '&&') continue;
    const left = unwrapExpression(value.left);
    if (left.type === 'Identifier' && left.name === binding.name) return value.right;
  }
  return undefined;
}
