import type { TSESTree } from '@typescript-eslint/types';
import type { ApiInfo } from './knowledge/types';
import type { AssignedValue, AwaitPoint, Binding, CallSite, ClassInfo, FileModel, FunctionInfo, LoopInfo, Node, Scope } from './model';
import { functionOfNode, iterationLoopOfCall } from './model';
import { extendsError, holdsFunction, iterationOf, prototypeOwnerOf } from './collect';
import { CONSTANT_ENTRIES_LIMIT, SMALL_LITERAL_ARRAY, constantLength, constantNumber, endTestedName, isConstantData, isCutOf, isEmptyLiteral, isSettingsValue, isUnknownShortString, startsEmpty, taskListOf, unchangedInit } from './loop-size';
import type { CallTarget, Resolver, Value } from './resolve';
import { CALLABLE_VALUE_KINDS, drivesGeneratorParameter, invokedThroughCallOrApply, isFixedArgument, isSmallSizeArgument, namesIoOperation, receiverKey, returnedExpression } from './resolve';
import { EQUALITY_OPERATORS, STORING_METHODS, boundFunction, calleeName, isAsyncFunctionHelper, isLengthRead, isRelativeSpecifier, isTypeofName, keyName, lastName, namesError, testsMissing, unwrapExpression } from './syntax';
import type { Diagnostic, EvidenceKind, RelatedLocation } from './types';
import { identifiersIn, walkWithinFunction } from './walk';
import { forEachExitTestBefore } from './control-flow';
import { EVENT_METHODS, PROMISE_COMBINATORS, PROMISE_METHODS, eventLoopContext, isKeptByCallee, isPromiseExecutor, runsLater, wrappedParameters, type TargetLookup } from './context';
import { functionNameNode, isCliScript, isWorkerFile } from './rules/context';
import { suppressionsOf } from './rules/suppressions';
import type { LineIndex } from './lines';

/**
 * What one file contributes to the whole-program analysis, with no AST left in it: plain data that can be
 * cached by content hash, sent between threads, and linked with other files' summaries.
 * Function, loop, site, class and object references are indexes into this summary's own arrays.
 */
export interface FileSummary {
  path: string;
  hash: string;
  /** Function 0 is the module's top level. */
  functions: FnSummary[];
  loops: LoopSummary[];
  sites: SiteSummary[];
  classes: ClassSummary[];
  objects: ObjectSummary[];
  exports: ExportsSummary;
  /** Relative module specifiers the file imports. */
  imports: string[];
  /** Findings of the rules that need only this file, before severities and suppressions. */
  localFindings: LocalFinding[];
  suppressions: SuppressionSummary;
  traits: { workerFile: boolean; cliScript: boolean };
}

export interface AwaitSummary {
  site: number;
  line: number;
  column: number;
  /** `get(key).then(...)` rather than `await get(key)`. */
  chained: boolean;
}

export type SValue =
  | { k: 'module'; spec: string; path: string[] }
  | { k: 'global'; path: string[] }
  | { k: 'api-instance'; type: string; path: string[] }
  | { k: 'fn'; fn: number; members?: number; proto?: number }
  | { k: 'class'; cls: number }
  | { k: 'instance'; cls: number }
  | { k: 'object'; obj: number }
  | { k: 'import'; spec: string; path: string[]; newAt?: number; callsAt?: number[] }
  /** The summarized file's own module namespace (`import * as self`, a required ES module). */
  | { k: 'namespace' }
  /** Constant data written out in the file (`exports.signals = ['SIGINT', 'SIGTERM']`): a few entries. */
  | { k: 'data' }
  | { k: 'unknown' };

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FnSummary extends Span {
  name: string;
  /** Where to point at the function: its name when it has one. */
  nameSpan: Span;
  parent: number;
  role: FunctionInfo['role'];
  isAsync: boolean;
  /** `function*`: a call only makes an iterator; the body runs as it is iterated. */
  isGenerator: boolean;
  /** Site this function is a callback argument of, -1 when none. */
  callbackOf: number;
  /** Loop of an iteration callback (`items.map(cb)`), -1 when none. */
  enclosingLoop: number;
  children: number[];
  sites: number[];
  loops: number[];
  /** Parameter names by position (null for destructured parameters). */
  params: (string | null)[];
  /**
   * Its awaits (the site awaited, or -1 when the await is not on a call: `await promise`), and the calls whose promise
   * it chains a reaction to (`chained`), which wait as much.
   */
  awaits: AwaitSummary[];
  /** Why the function runs on the event loop where blocking matters, or null. */
  context: string | null;
  /** Handed to a worker API: not charged to its caller. */
  handedToWorker: boolean;
  /** Listens to the process's own events (`process.on('exit', ...)`): it runs when they come, not charged to its caller. */
  processListener: boolean;
  /** A callback that runs in a later turn of the event loop (events, promise reactions, timers, async APIs). */
  runsLater: boolean;
  /**
   * Handed to a function of the file that only keeps it (a table, a member), or a listener an emitter adds to itself:
   * it runs when looked up or when the event comes, not in the call.
   */
  kept: boolean;
  /** The constructor of an error class: `new` of it runs on the failure path. */
  buildsError: boolean;
  /** A callback's position among the arguments of the call it is handed to (`callbackOf`). */
  callbackAt?: number;
  /** Parameters only used by a function it returns or sets as a member (`restArguments(func)`): what they get runs later. */
  wrapsParameters?: number[];
  /** Positions of the parameters it calls (`return next(glob, opts)`): a function handed there runs in the call. */
  calledParams?: number[];
  /** Methods it calls on its parameters (`opts.handler(match)`), as "position.member": a function handed so runs in the call. */
  calledParamMembers?: string[];
  /** What a call of this function returns, when that is something other files can look into (a factory). */
  returns?: SValue;
}

export interface LoopSummary {
  fn: number;
  parent: number;
  description: string;
  size: number;
  hasAwait: boolean;
  isForAwait: boolean;
  /** A for await...of over a call (`for await (const b of decoder.blocks())`): that call's site. */
  iteratedSite?: number;
  bytewise: boolean;
  buildsString: boolean;
  busyWait: boolean;
  /** It parses, element by element, content the function's own I/O produced (a file's text, a command's output). */
  parsesContent: boolean;
  /**
   * `Promise.all(ids.map((id) => client.get(id)))`: each step starts, by a call the analysis cannot follow, a task the
   * combinator awaits with the others; dispatching I/O, not computing.
   */
  startsUnknownTasks: boolean;
  arrayMethod?: string;
  /** The loop counts up to (or down from) this parameter of its function, by position: a small argument bounds it. */
  boundParam?: number;
  /** `for (const s of signals.all)` over a member of another file of the project: small if that file writes it out. */
  iteratesImport?: SValue;
  /** Branch conditions on parameters that guard the loop: `if (rules) for (...)`. */
  guards: readonly { param: ParamRef; branch: boolean }[];
  line: number;
  column: number;
  span: Span;
  sites: number[];
}

/** A parameter known by its function and name: guards and boolean arguments refer to it. */
export interface ParamRef {
  fn: number;
  name: string;
}

export type BooleanArg = { value: boolean } | { param: ParamRef; negated: boolean } | null;

export type SiteTarget =
  | { kind: 'api'; info: ApiInfo; name: string; guessed: boolean; weak?: boolean }
  | { kind: 'function'; fn: number; guessed: boolean }
  /** `promised`: the call's result is awaited or chained with `.then` (an fs-named method is then the promise form). */
  /** `fallback`: what stands in when the value does not link (a guess by the method's name). */
  | { kind: 'value'; value: SValue; isNew: boolean; hasCallback: boolean; promised: boolean; fallback?: SiteTarget }
  | { kind: 'unknown' };

export interface SiteSummary {
  fn: number;
  loop: number;
  span: Span;
  calleeText: string;
  isNew: boolean;
  target: SiteTarget;
  /** Branch conditions on parameters that guard the call: `if (sync) ...`. */
  guards: readonly { param: ParamRef; branch: boolean }[];
  /** Boolean knowledge of each argument, for calls made with literals; empty when nothing is known of any. */
  booleanArgs: readonly BooleanArg[];
  hasBooleanLiteral: boolean;
  /** How many arguments the call passes (-1: not known); a parameter left out is `undefined`, so false in a test. */
  suppliedArgs: number;
  /** The call computes over a value that an await produced, or over the data an I/O API passed to its callback. */
  processesAwaited: boolean;
  /** ... and that value is the content an I/O API produced (a file's text, a response body): see `ApiInfo.payload`. */
  processesContent?: true;
  /** The call of the file whose awaited result it computes over (`const out = await this.run(cmd); parse(out)`), or -1. */
  awaitedFrom: number;
  /** A timer call with a real delay (waiting), as opposed to a zero-delay deferral. */
  timerWaits: boolean;
  /** Part of a `throw` statement's value, or debug output: its computation is not the work, so it is not charged. */
  incidental: boolean;
  /** Followed by a `return` or `throw` inside its loop: it runs once, as the loop ends, not once per iteration. */
  leavesLoops: boolean;
  /** The call's value is returned as it is (`return gen(from, to)`): a generator's iterator is handed out, not run. */
  returned: boolean;
  /** Positions of arguments that are small: numeric constants (`pad(s, 6)`), collections written out (`[0xFF, 0xD8]`). */
  smallArgs?: number[];
  /** By argument position, which parameter of the calling function it passes on unchanged (-1: none). */
  paramArgs?: number[];
  /** `if (typeof options === 'string') return read(path, { encoding: options })`: a call of itself, once more. */
  redispatch?: true;
  /** `if (await condition()) return loop(await action())`: a call of itself made once an await of this call settled. */
  afterAwait?: true;
  /** A CPU-heavy API whose cost grows with an argument that is a parameter of the calling function: its position. */
  sizeParam?: number;
  /** `baseVisitor[type](node, st, c)` in `function c`, `this[node.type](node)`: one step of a recursive walk over a tree. */
  walksTree?: true;
  /** For a call resolved in another file: positions of arguments written in the code (`req('./x')`), for `computedArgument`. */
  fixedArgs?: number[];
  /** For a call resolved in another file: positions of arguments small as a CPU-heavy API's size (`isSmallSizeArgument`). */
  smallSizeArgs?: number[];
  /** `items.forEach(handle)`, `new Promise(executor)`: a function passed by reference that the call runs before it returns. */
  inlineCallback?: SiteTarget;
  /**
   * For a call resolved in another file: the file's functions handed by name, by argument position
   * (`normalizeArgs(glob, opts, cb, watchProc)`); the callee's `calledParams` says which of them run in the call.
   */
  handedFunctions?: { at: number; fn: number }[];
  /**
   * For a call of a function of the program: the file's functions handed as members of an object literal
   * (`replace(text, { handler: includeHandler })`); the callee's `calledParamMembers` says which of them run in the call.
   */
  handedMembers?: { at: number; member: string; fn: number }[];
  /** `read().then(parse)`, `stream.on('data', onData)`: a function reference called later, once settled or per event. */
  reactionCallback?: SiteTarget;
  /** `handlers[type](event)` on an object literal: the functions the lookup may pick (the call's target is unknown). */
  dispatchTargets?: SiteTarget[];
  /** `async.series([readConfig, build], done)`: the functions a task runner calls now, but those written in the call's array. */
  runTasks?: SiteTarget[];
  /**
   * For `Promise.all([...])`-style combinators: what the array starts; `unresolved` when a task is a call the analysis
   * cannot follow (`Promise.all(ids.map((id) => client.get(id)))`), awaited as a promise of unresolved origin is.
   */
  promiseCombinator?: { name: string; tasks: SiteTarget[]; unresolved: boolean };
  /** `new Promise(executor)`: the executor function. */
  promiseExecutor?: number;
  /** In a promise executor, a call handed `resolve` or `reject` or a callback settling with them: `c.query(q, done)`. */
  settlesPromise?: true;
}

export interface ClassSummary {
  name: string;
  methods: Record<string, number>;
  staticMethods: Record<string, number>;
  fields: Record<string, SValue>;
  superClass: SValue | null;
}

export interface ObjectSummary {
  members: Record<string, SValue>;
}

export interface ExportsSummary {
  named: Record<string, SValue>;
  defaultExport: SValue | null;
  commonJs: boolean;
  star: string[];
  /** Values whose members are exports too: `Object.assign(module.exports, require('graceful-fs'))`. */
  fallbacks?: SValue[];
}

export interface LocalFinding extends Span {
  rule: string;
  message: string;
  suggestion: string;
  related?: RelatedLocation[];
  confidence?: number;
}

export interface SuppressionSummary {
  fileWide: string[] | 'all' | null;
  byLine: Record<number, string[] | 'all'>;
}

const MAX_VALUE_DEPTH = 6;
/** A lookup table with more functions than this is a registry, not a dispatch: following all would say little. */
const MAX_DISPATCH_TARGETS = 16;
/** A key built from a fixed prefix or suffix (`'_' + type`) names its candidates: a visitor's methods may be many. */
const MAX_NAMED_DISPATCH_TARGETS = 64;

interface KeyPattern {
  prefix: string;
  suffix: string;
}

/** `'_' + type`, `type + 'Handler'`, `` `visit${kind}` ``: the fixed text around the computed part of a key. */
function keyPatternOf(key: Node): KeyPattern | undefined {
  const target = unwrapExpression(key as TSESTree.Expression);
  let prefix = '';
  let suffix = '';
  if (target.type === 'BinaryExpression' && target.operator === '+') {
    if (target.left.type === 'Literal' && typeof target.left.value === 'string') prefix = target.left.value;
    if (target.right.type === 'Literal' && typeof target.right.value === 'string') suffix = target.right.value;
  } else if (target.type === 'TemplateLiteral' && target.expressions.length === 1) {
    prefix = target.quasis[0].value.cooked ?? '';
    suffix = target.quasis[1].value.cooked ?? '';
  }
  return prefix || suffix ? { prefix, suffix } : undefined;
}

function matchesKey(name: string, pattern: KeyPattern): boolean {
  return name.length > pattern.prefix.length + pattern.suffix.length && name.startsWith(pattern.prefix) && name.endsWith(pattern.suffix);
}

/** Builds the summary of a collected file; `resolver` is a local one (imports stay `import` values). */
export function summarize(model: FileModel, resolver: Resolver, hash: string): FileSummary {
  const targets: TargetLookup = { target: (site) => resolver.callTarget(site) };
  // Functions, loops and call sites are numbered in the order of these lists; the records carry their numbers,
  // so no map is built per file to look them up.
  const fnIndexOf = (fn: FunctionInfo): number | undefined => (fn === model.moduleFn ? 0 : model.functions[fn.id] === fn ? fn.id + 1 : undefined);
  const allFunctions = [model.moduleFn, ...model.functions];
  const calledParameters = new Map<FunctionInfo, boolean[]>();
  let loopCount = 0;
  let siteCount = 0;
  // Indexed loops: this runs cold in a one-shot scan, where each step of a for...of allocates until optimized.
  for (const fn of allFunctions) {
    for (let i = 0; i < fn.loops.length; i++) fn.loops[i].index = loopCount++;
    for (let i = 0; i < fn.calls.length; i++) fn.calls[i].index = siteCount++;
  }

  const classes: ClassSummary[] = [];
  const classIndex = new Map<ClassInfo, number>();
  const objects: ObjectSummary[] = [];
  const objectIndex = new Map<unknown, number>();
  const memberTables = new Map<import('./model').Binding, Map<string, number>>();
  const indexOfFn = (fn: FunctionInfo) => fnIndexOf(fn) ?? -1;

  const summary: FileSummary = {
    path: model.path,
    hash,
    functions: [],
    loops: [],
    sites: [],
    classes,
    objects,
    exports: { named: {}, defaultExport: null, commonJs: model.commonJsModuleObject, star: [...model.starExports] },
    imports: [...model.importedSpecifiers].filter(isRelativeSpecifier),
    localFindings: [],
    suppressions: suppressionsOf(model),
    traits: { workerFile: isWorkerFile(model), cliScript: isCliScript(model) },
  };

  const handedCallbacks = completionCallbacksByReference(allFunctions, resolver);
  for (const fn of allFunctions) {
    for (let i = 0; i < fn.loops.length; i++) summary.loops.push(loopSummary(fn.loops[i]));
    for (let i = 0; i < fn.calls.length; i++) summary.sites.push(siteSummary(fn.calls[i]));
  }
  for (const fn of allFunctions) summary.functions.push(fnSummary(fn));
  for (const fn of model.functions) {
    const returned = returnedShape(fn) ? toSValue(resolver.returnedValue(fn, 0), 0) : null;
    if (returned && returned.k !== 'unknown') summary.functions[fnIndexOf(fn)!].returns = returned;
  }
  for (const [name, entry] of model.namedExports) summary.exports.named[name] = exportedSValue(entry);
  if (model.defaultExport) summary.exports.defaultExport = exportedSValue(model.defaultExport);
  const fallbacks = model.exportFallbacks.map((entry) => toSValue(exportEntryValue(entry), 0)).filter((v) => v.k !== 'unknown');
  if (fallbacks.length > 0) summary.exports.fallbacks = fallbacks;
  return summary;

  /** An export as other files see it; constant data written out (`exports.signals = [...]`) is known as such. */
  function exportedSValue(entry: { value: Node | FunctionInfo | ClassInfo; scope: import('./model').Scope }): SValue {
    const converted = toSValue(exportEntryValue(entry), 0);
    return converted.k === 'unknown' && isDataNode(entry.value) && isWrittenOutData(entry.value, entry.scope) ? { k: 'data' } : converted;
  }

  function exportEntryValue(entry: { value: Node | FunctionInfo | ClassInfo; scope: import('./model').Scope }): Value {
    const value = entry.value as Node;
    if (value.type === 'ExportSpecifier') {
      const parent = (value as { parent?: Node }).parent;
      const source = parent?.type === 'ExportNamedDeclaration' ? parent.source?.value : undefined;
      return source ? { k: 'import', spec: source, path: [keyName(value.local)] } : { k: 'unknown' };
    }
    if (value.type === 'ExportAllDeclaration') return { k: 'import', spec: value.source.value, path: [] };
    return resolver.expr(value, entry.scope, entry.scope.owner ?? model.moduleFn, 0);
  }

  function fnSummary(fn: FunctionInfo): FnSummary {
    const node = fn.node;
    const params = node.type === 'Program' ? [] : node.params.map((p) => (p.type === 'Identifier' ? p.name : null));
    const summary: FnSummary = {
      name: fn.name,
      line: fn.line,
      column: fn.column,
      endLine: fn.endLine,
      endColumn: fn.endColumn,
      nameSpan: spanOf(model.lines, functionNameNode(fn)),
      parent: fn.parent ? fnIndexOf(fn.parent)! : -1,
      role: fn.role,
      isAsync: fn.isAsync,
      // The generator a compiler made of an async function runs to its end when called, as that function did.
      isGenerator: fn.isGenerator && !(fn.callbackOf && drivesGenerator(fn.callbackOf)),
      callbackOf: fn.callbackOf ? fn.callbackOf.index : -1,
      enclosingLoop: fn.enclosingLoop ? fn.enclosingLoop.index : -1,
      children: fn.children.map((c) => fnIndexOf(c)!),
      sites: fn.calls.map((s) => s.index),
      loops: fn.loops.map((l) => l.index),
      params,
      awaits: awaitsOf(fn),
      context: eventLoopContext(fn, targets),
      handedToWorker: fn.callbackOf ? isWorkerTarget(resolver.callTarget(fn.callbackOf)) : false,
      processListener: fn.callbackOf ? resolver.listensToProcess(fn.callbackOf) : false,
      runsLater: runsLater(fn, targets),
      kept: isKeptByCallee(fn, targets) || wiredToOwnEvents(fn),
      buildsError: constructsError(fn),
    };
    if (fn.callbackOf && fn.role === 'callback') summary.callbackAt = fn.callbackOf.node.arguments.indexOf(fn.node as TSESTree.CallExpressionArgument);
    const wraps = wrappedParameters(fn);
    if (wraps) summary.wrapsParameters = wraps;
    if (fn.node.type !== 'Program' && fn.params.length > 0 && fn.calls.length > 0) {
      const called = calledParametersOf(fn);
      if (called.includes(true)) summary.calledParams = called.flatMap((calls, at) => (calls ? [at] : []));
      const members = calledParamMembersOf(fn);
      if (members) summary.calledParamMembers = members;
    }
    return summary;
  }

  /**
   * A listener an emitter's own method adds to itself (`var self = this; self.on('free', onFree)`), or to an object
   * it hands back: it runs when that object's own code or its user emits the event, not during this call.
   */
  function wiredToOwnEvents(fn: FunctionInfo): boolean {
    const site = fn.callbackOf;
    if (!site || fn.role !== 'callback' || site.isNew) return false;
    const method = calleeName(site.node);
    return !!method && EVENT_METHODS.has(method) && resolver.onlyWiresListeners(site) && !resolver.listensToProcess(site);
  }

  /** Its awaits, and the calls whose promise it chains a reaction to (`client.get(key).then(...)`), which wait as much. */
  function awaitsOf(fn: FunctionInfo): AwaitSummary[] {
    const awaits = fn.awaits.map((a) => awaitSummary(a, fn));
    for (const site of fn.calls) {
      if (!chainsReaction(site.node)) continue;
      // `get(key).then(a).then(b)`: the chain waits for the call it starts from.
      const receiver = reactionChainStart(site.node);
      // `new Promise(executor).catch(...)`: a promise made here waits for what its executor does, followed as a call.
      const start = receiver.type === 'CallExpression' ? model.siteOfNode.get(receiver) : undefined;
      if (start && start.fn === fn) awaits.push({ site: start.index, line: site.line, column: site.column, chained: true });
      else {
        // `const promise = this._save(); promise.then(...)`: the call that made it. `this.collectionP.then(...)`: a
        // promise the instance holds. One a parameter holds is the caller's; one a variable keeps reassigning is the
        // function's own chain (`pending = pending.then(next)`).
        const holder = receiver.type === 'Identifier' ? madeByCallOf(receiver, fn) : receiver.type === 'MemberExpression' && unwrapExpression(receiver.object).type === 'ThisExpression' ? -1 : undefined;
        if (holder !== undefined) awaits.push({ site: holder, line: site.line, column: site.column, chained: true });
      }
    }
    return awaits;
  }

  function awaitSummary(node: AwaitPoint, fn: FunctionInfo): AwaitSummary {
    const start = model.lines.position(node.range[0]);
    return { site: awaitedSiteIndex(node.argument, node, fn), line: start.line, column: start.column, chained: false };
  }

  /**
   * What awaiting an expression at `at` waits for: the index of the call site making the promise, -1 for a promise of
   * unresolved origin held in a variable or member, -2 for one the program's own functions make.
   */
  function awaitedSiteIndex(awaited: Node, at: Node, fn: FunctionInfo): number {
    const argument = unwrapExpression(awaited as TSESTree.Expression);
    const site = argument.type === 'CallExpression' || argument.type === 'NewExpression' ? model.siteOfNode.get(argument) : undefined;
    let index = site ? site.index : argument.type === 'Identifier' || argument.type === 'MemberExpression' ? -1 : -2;
    // `const docs = lines.map(async (line) => ...); for (const doc of docs) await doc`: promises of the file's own async
    // callbacks, whose work the call graph already follows.
    if (argument.type === 'Identifier' && makesOwnPromises(promiseSource(argument, at, fn))) index = -2;
    // `const p = new Promise(executor); await p`: the call that made it, as if awaited in place.
    else if (argument.type === 'Identifier') index = madeByCallOf(argument, fn) ?? index;
    // `for (const task of tasks) await task()`, `await fn()`: a promise the caller's functions make, which says what
    // the caller does, not this function.
    if (site && argument.type === 'CallExpression' && callsWhatCallerHands(argument.callee, fn)) index = -2;
    return index;
  }

  /** What awaiting the call whose result a constant of the function holds (`const p = fetch(url)`) waits for, if any. */
  function madeByCallOf(name: TSESTree.Identifier, fn: FunctionInfo): number | undefined {
    const binding = fn.scope.lookup(name.name);
    if (binding?.kind !== 'value' || binding.scope.owner !== fn || binding.path.length > 0 || binding.assigned.length > 0) return undefined;
    // `const p = Promise.resolve().then(run)`: the chain waits for the call it starts from, as one chained in place.
    const init = reactionChainStart(binding.init);
    const site = init.type === 'CallExpression' || init.type === 'NewExpression' ? model.siteOfNode.get(init) : undefined;
    // `const result = fn(); result.catch(...)`: what awaiting the call in place would wait for.
    return site && site.fn === fn ? awaitedSiteIndex(init, init, fn) : undefined;
  }

  /**
   * A parameter, an entry of one (`tasks[i]`), or the variable of a for...of over one: a function the caller handed
   * in, unless named as an I/O operation (`originalStat`).
   */
  function callsWhatCallerHands(callee: Node, fn: FunctionInfo): boolean {
    let node = unwrapExpression(callee as TSESTree.Expression);
    if (node.type === 'MemberExpression' && node.computed) node = unwrapExpression(node.object);
    if (node.type !== 'Identifier' || namesIoOperation(node.name)) return false;
    const name = node.name;
    const binding = fn.scope.lookup(name);
    if (binding?.kind === 'param') return binding.assigned.length === 0;
    return fn.loops.some((loop) => {
      const statement = loop.node;
      if (statement.type !== 'ForOfStatement' || statement.left.type !== 'VariableDeclaration') return false;
      const declared = statement.left.declarations[0]?.id;
      const iterated = unwrapExpression(statement.right);
      return declared?.type === 'Identifier' && declared.name === name && iterated.type === 'Identifier' && fn.scope.lookup(iterated.name)?.kind === 'param';
    });
  }

  function loopSummary(loop: LoopInfo): LoopSummary {
    const result: LoopSummary = {
      fn: fnIndexOf(loop.fn)!,
      parent: loop.parent ? loop.parent.index : -1,
      description: loop.description,
      size: loop.size,
      hasAwait: loop.hasAwait,
      isForAwait: loop.isForAwait,
      bytewise: loop.bytewise,
      buildsString: loop.buildsString,
      busyWait: loop.busyWait,
      parsesContent: parsesContent(loop, resolver, model.siteOfNode, handedCallbacks),
      startsUnknownTasks: false,
      line: loop.line,
      column: loop.column,
      span: spanOf(model.lines, loop.node),
      sites: loop.sites.map((s) => s.index),
      // Always present, so that every loop has one shape for the solver's loops.
      arrayMethod: loop.arrayMethod,
      boundParam: undefined,
      guards: guardsOf(loop.node, loop.fn, indexOfFn),
    };
    const boundParam = loop.boundParam !== undefined ? unassignedParamIndex(loop.fn, loop.boundParam) : -1;
    if (boundParam >= 0) result.boundParam = boundParam;
    const iterated = loop.isForAwait && loop.node.type === 'ForOfStatement' ? model.siteOfNode.get(unwrapExpression(loop.node.right)) : undefined;
    if (iterated) result.iteratedSite = iterated.index;
    const collection = loop.size <= 0 ? null : loop.node.type === 'ForInStatement' ? loop.node.right : iteratedExpression(loop.node);
    const imported = collection ? resolver.expr(collection, loop.fn.scope, loop.fn, 0) : undefined;
    if (imported?.k === 'import') result.iteratesImport = toSValue(imported, 0);
    return result;
  }

  function siteSummary(site: CallSite): SiteSummary {
    const args = resolver.positionalArguments(site);
    const booleanArgs = booleanArgsOf(args, site.fn, indexOfFn);
    const summarySite: SiteSummary = {
      fn: fnIndexOf(site.fn)!,
      loop: site.loop ? site.loop.index : -1,
      span: spanOf(model.lines, site.node),
      calleeText: site.calleeText,
      isNew: site.isNew,
      target: toTarget(resolver.callTarget(site)),
      guards: guardsOf(site.node, site.fn, indexOfFn),
      booleanArgs,
      hasBooleanLiteral: args.some((arg) => arg.type === 'Literal' && typeof arg.value === 'boolean'),
      suppliedArgs: resolver.suppliedArgumentCount(site),
      processesAwaited: false,
      awaitedFrom: -1,
      timerWaits: timerWaits(site, resolver.callTarget(site)),
      incidental: site.incidental,
      leavesLoops: site.leavesLoops,
      returned: isReturnedAsIs(site.node),
      // Always present, so that every site has one shape for the solver's loops.
      processesContent: undefined,
      smallArgs: undefined,
      paramArgs: undefined,
      redispatch: undefined,
      afterAwait: undefined,
      sizeParam: undefined,
      settlesPromise: undefined,
      walksTree: undefined,
      fixedArgs: undefined,
      smallSizeArgs: undefined,
    };
    // Only a call of a function of the program can be specialised on its arguments.
    if (summarySite.target.kind === 'function' || summarySite.target.kind === 'value') {
      summarySite.smallArgs = smallArgumentsOf(args, site.fn, model.constantLoopLimit, resolver);
      summarySite.paramArgs = parameterArgumentsOf(args, site.fn);
      if (summarySite.target.kind === 'function' && summarySite.target.fn === summarySite.fn) {
        if (normalizesOwnArgument(site, args) || dropsTestedParameter(site, args) || shiftsTestedParameter(site, args) || trimsTestedEnd(site, args) || fillsMissingParameter(site, args)) summarySite.redispatch = true;
        if (awaitsBefore(site)) summarySite.afterAwait = true;
      }
    }
    if (summarySite.target.kind === 'unknown' && handsOverSettling(site)) summarySite.settlesPromise = true;
    if ((summarySite.target.kind === 'unknown' || summarySite.target.kind === 'function') && dispatchesTreeWalk(site)) summarySite.walksTree = true;
    if (summarySite.target.kind === 'value') {
      summarySite.fixedArgs = argumentPositions(args, site.fn.scope, isFixedArgument);
      summarySite.smallSizeArgs = argumentPositions(args, site.fn.scope, isSmallSizeArgument);
    }
    const sizeParam = sizeParameterOf(site, summarySite.target, resolver);
    if (sizeParam >= 0) summarySite.sizeParam = sizeParam;
    const callbackPayload = callbackPayloadApi(site, resolver, handedCallbacks);
    if (callbackPayload || (site.fn.awaits.length > 0 && processesAwaitedValue(site))) {
      summarySite.processesAwaited = true;
      if (callbackPayload ? callbackPayload.payload : processesAwaitedContent(site, resolver, model.siteOfNode)) summarySite.processesContent = true;
      else if (!callbackPayload) summarySite.awaitedFrom = awaitedProducer(site, model.siteOfNode);
    } else {
      // `readFile(p).then(parse)`: the reaction computes over the content, as after an await.
      const settled = reactionInput(site, model.siteOfNode);
      if (settled) {
        summarySite.processesAwaited = true;
        if (isContentApi(resolver.callTarget(settled))) summarySite.processesContent = true;
        // A function of the program (`readFile(p).then(parseIni)` with a wrapper in another file): the solver asks
        // whether it does I/O, as for an awaited call.
        else summarySite.awaitedFrom = settled.index;
      }
    }
    const reference = iterationCallbackReference(site) ?? referenceToCalledParameter(site);
    if (reference) summarySite.inlineCallback = referencedTarget(reference, site.fn);
    else if (summarySite.target.kind === 'value') {
      const handed = handedFunctionsOf(args, site.fn);
      if (handed) summarySite.handedFunctions = handed;
    }
    if (summarySite.target.kind === 'function' || summarySite.target.kind === 'value') {
      const members = handedMembersOf(args, site.fn);
      if (members) summarySite.handedMembers = members;
    }
    const reaction = reactionCallbackReference(site, resolver) ?? handedCallbacks.referenceAt.get(site);
    if (reaction) summarySite.reactionCallback = referencedTarget(reaction, site.fn);
    const dispatch = (summarySite.target.kind === 'unknown' ? dispatchTargetsOf(site) : undefined) ?? pipedStreamMethodsOf(site) ?? writtenStreamMethodsOf(site);
    if (dispatch) summarySite.dispatchTargets = dispatch;
    const combinator = promiseCombinatorOf(site);
    if (combinator) summarySite.promiseCombinator = combinator;
    const tasks = summarySite.target.kind === 'api' && summarySite.target.info.runsTasks !== undefined ? taskTargetsOf(site, summarySite.target.info.runsTasks) : undefined;
    if (tasks) summarySite.runTasks = tasks;
    if (site.isNew && site.node.arguments[0] && calleeNameIs(site, PROMISE_NAMES)) {
      const callee = resolver.valueOf(site.node.callee, site.fn);
      if (callee.k === 'global' && callee.path.length === 1 && callee.path[0] === 'Promise') {
        const executor = functionOfNode.get(site.node.arguments[0]);
        if (executor) summarySite.promiseExecutor = fnIndexOf(executor);
        // `new Promise(makeExecutor(this))`: the function the argument evaluates to runs now.
        else if (site.node.arguments[0].type !== 'SpreadElement') summarySite.inlineCallback = referencedTarget(site.node.arguments[0], site.fn);
      }
    }
    return summarySite;
  }

  /** A compiler's async-function helper handed the generator: `_asyncToGenerator(function* () {...})`, `__awaiter(...)`. */
  function drivesGenerator(site: CallSite): boolean {
    const helper = calleeName(site.node);
    if (helper !== null && isAsyncFunctionHelper(helper)) return true;
    const target = resolver.callTarget(site);
    return (target.kind === 'api' && target.info.runsGenerator === true) || (target.kind === 'function' && drivesGeneratorParameter(target.fn));
  }

  /**
   * What a task runner (`async.series([readConfig, async.apply(fs.readdir, dir)], done)`) runs: the functions of its
   * task list (`taskListOf`), but those written in an array in the call, which are the call's callbacks already. The
   * runner hands each task a completion callback.
   */
  function taskTargetsOf(site: CallSite, at: number): SiteTarget[] | undefined {
    const list = taskListOf(site.node.arguments[at], site.fn.scope);
    if (!list) return undefined;
    const owner = list.scope === site.fn.scope ? site.fn : (list.scope.owner ?? model.moduleFn);
    const targets: SiteTarget[] = [];
    for (const entry of list.entries) {
      const written = functionOfNode.get(entry);
      if (written) {
        if (!list.inCall) targets.push({ kind: 'function', fn: indexOfFn(written), guessed: false });
        continue;
      }
      const target = referencedTarget(entry, owner);
      if (target.kind === 'value') target.hasCallback = true;
      if (target.kind !== 'unknown') targets.push(target);
    }
    return targets.length > 0 ? targets : undefined;
  }

  /**
   * The function-valued members of the object literal a call looks its callee up in: `handlers[type](event)`,
   * `handlers[type].call(this, event)`, or `const handler = handlers[type]; handler(event)`.
   */
  function dispatchTargetsOf(site: CallSite): SiteTarget[] | undefined {
    let callee = unwrapExpression(site.node.callee);
    let scope = site.fn.scope;
    // `handlers[type].call(this, event)` calls what the lookup finds.
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && (callee.property.name === 'call' || callee.property.name === 'apply')) {
      callee = unwrapExpression(callee.object);
    }
    // `writers[type].write(rows)`, `const writer = writers[type]; writer.parts(rows)`: that method of every entry.
    let method: string | undefined;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      method = callee.property.name;
      callee = unwrapExpression(callee.object);
    }
    if (callee.type === 'Identifier') {
      const declared = unchangedInit(callee.name, scope);
      if (!declared) return undefined;
      callee = unwrapExpression(declared.node as TSESTree.Expression);
      scope = declared.scope;
    }
    // `getScheme(algorithm).sign(message)`: a helper that returns `schemes[algorithm]` picks from the same table.
    if (callee.type === 'CallExpression') {
      const picker = resolver.expr(callee.callee, scope, scope.owner ?? model.moduleFn, 0);
      if (picker.k !== 'fn') return undefined;
      const returned = returnedExpression(picker.fn);
      if (!returned) return undefined;
      callee = returned as TSESTree.Expression;
      scope = picker.fn.scope;
    }
    if (callee.type !== 'MemberExpression' || !callee.computed || callee.property.type === 'Literal') return undefined;
    const table = resolver.expr(callee.object, scope, scope.owner ?? model.moduleFn, 0);
    if (method !== undefined) return table.k === 'object' ? entryMethodTargets(table, method) : undefined;
    // `this['_' + type](value)`, `this[`visit${node.type}`](node)`: the names the key is built from narrow the table.
    const pattern = keyPatternOf(callee.property);
    if (table.k === 'instance') return pattern ? methodsMatching(table.cls.methods, pattern) : undefined;
    if (table.k !== 'object') return undefined;
    const targets: SiteTarget[] = [];
    for (const property of table.node.properties) {
      if (property.type !== 'Property') continue;
      if (pattern && !matchesKey(keyName(property.key), pattern)) continue;
      const fn = functionOfNode.get(property.value);
      const value = fn ? null : resolver.expr(property.value, table.scope, table.scope.owner ?? model.moduleFn, 0);
      if (fn || value?.k === 'fn') targets.push({ kind: 'function', fn: indexOfFn(fn ?? (value as Extract<Value, { k: 'fn' }>).fn), guessed: true });
      // A function of another project file, resolved when the files are linked.
      else if (value?.k === 'import') targets.push(valueTarget(value, false));
    }
    return targets.length > 0 && targets.length <= (pattern ? MAX_NAMED_DISPATCH_TARGETS : MAX_DISPATCH_TARGETS) ? targets : undefined;
  }

  function entryMethodTargets(table: Extract<Value, { k: 'object' }>, method: string): SiteTarget[] | undefined {
    const targets: SiteTarget[] = [];
    for (const property of table.node.properties) {
      if (property.type !== 'Property') continue;
      const entry = resolver.expr(property.value, table.scope, table.scope.owner ?? model.moduleFn, 0);
      const value = resolver.member(entry, method, model, 0);
      if (value.k === 'fn') targets.push({ kind: 'function', fn: indexOfFn(value.fn), guessed: true });
      else if (value.k === 'import') targets.push(valueTarget(value, false));
      // Every entry must answer: a table of data with one method-bearing entry is not a table of handlers.
      else return undefined;
    }
    return targets.length > 0 && targets.length <= MAX_DISPATCH_TARGETS ? targets : undefined;
  }

  function methodsMatching(methods: ReadonlyMap<string, FunctionInfo>, pattern: KeyPattern): SiteTarget[] | undefined {
    const targets: SiteTarget[] = [];
    for (const [name, fn] of methods) {
      const index = matchesKey(name, pattern) ? fnIndexOf(fn) : undefined;
      if (index !== undefined) targets.push({ kind: 'function', fn: index, guessed: true });
    }
    return targets.length > 0 && targets.length <= MAX_NAMED_DISPATCH_TARGETS ? targets : undefined;
  }

  /**
   * `stream.write(i)` with `stream._write = (chunk, enc, done) => {...}` set by the code on a stream it made: the
   * write runs the chunk method the code gave it.
   */
  function writtenStreamMethodsOf(site: CallSite): SiteTarget[] | undefined {
    if (site.isNew || !calleeNameIs(site, STREAM_WRITE_NAMES)) return undefined;
    const callee = unwrapExpression(site.node.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const stream = resolver.valueOf(callee.object, site.fn);
    return stream.k === 'api-instance' && stream.binding ? withChunkMethods(stream, undefined) : undefined;
  }

  /**
   * `source.pipe(new SitemapStream())`, `pipeline(source, new LineSplitter(), dest)`: the data goes through the chunk
   * methods (`_transform`, `_write`, ...) of the file's own stream classes it is piped into.
   */
  function pipedStreamMethodsOf(site: CallSite): SiteTarget[] | undefined {
    if (site.isNew || !calleeNameIs(site, PIPE_NAMES)) return undefined;
    let targets: SiteTarget[] | undefined;
    for (const arg of site.node.arguments) {
      const stream = unwrapExpression(arg as TSESTree.Expression);
      if (stream.type !== 'NewExpression' && stream.type !== 'Identifier') continue;
      const value = resolver.valueOf(stream, site.fn);
      if (value.k === 'instance' || value.k === 'proto-instance') targets = withChunkMethods(value, targets);
    }
    return targets;
  }

  /** `targets` and the stream's chunk methods (`_transform`, `_write`, ...) that are the file's own functions. */
  function withChunkMethods(stream: Value, targets: SiteTarget[] | undefined): SiteTarget[] | undefined {
    for (const name of STREAM_CHUNK_METHODS) {
      const method = resolver.member(stream, name, model, 0);
      const index = method.k === 'fn' ? fnIndexOf(method.fn) : undefined;
      if (index !== undefined) (targets ??= []).push({ kind: 'function', fn: index, guessed: true });
    }
    return targets;
  }

  function promiseCombinatorOf(site: CallSite): SiteSummary['promiseCombinator'] | undefined {
    // Resolving every callee is costly: only calls spelled like a combinator are resolved.
    if (site.isNew || !calleeNameIs(site, PROMISE_COMBINATORS)) return undefined;
    const callee = resolver.valueOf(site.node.callee, site.fn);
    if (callee.k !== 'global' || callee.path.length !== 2 || callee.path[0] !== 'Promise' || !PROMISE_COMBINATORS.has(callee.path[1]!)) return undefined;
    const tasks: SiteTarget[] = [];
    let unresolved = false;
    const argument = site.node.arguments[0] ? unwrapExpression(site.node.arguments[0]) : null;
    const mapLoop = argument?.type === 'CallExpression' ? iterationLoopOfCall.get(argument) : undefined;
    if (argument?.type === 'ArrayExpression') {
      for (const element of argument.elements) {
        if (!element || element.type === 'SpreadElement') continue;
        const call = unwrapExpression(element);
        const inner = call.type === 'CallExpression' ? model.siteOfNode.get(call) : undefined;
        if (!inner) continue;
        const task = toTarget(resolver.callTarget(inner));
        // `ignoreNoResultErrors(this._resolve4(host))`: a helper of the file handed the promise of a call that cannot be followed.
        if (task.kind === 'unknown' || (task.kind === 'function' && handsOnUnresolvedCall(call as TSESTree.CallExpression))) unresolved = true;
        tasks.push(task);
      }
    } else if (argument?.type === 'CallExpression' && mapLoop?.arrayMethod === 'map') {
      const callback = argument.arguments[0];
      const inline = callback ? functionOfNode.get(callback) : undefined;
      if (inline) {
        tasks.push({ kind: 'function', fn: fnIndexOf(inline)!, guessed: false });
        unresolved = returnsUnresolvedCall(inline);
      } else if (callback) {
        const value = resolver.valueOf(callback, site.fn);
        const task = value.k === 'fn' ? { kind: 'function' as const, fn: indexOfFn(value.fn), guessed: false } : valueTarget(value, false);
        if (task.kind === 'unknown') unresolved = true;
        tasks.push(task);
      }
      // The loop's summary is already written: a function's loops are summarized before its call sites.
      if (unresolved && mapLoop.fn === site.fn) summary.loops[mapLoop.index].startsUnknownTasks = true;
    }
    return { name: callee.path.join('.'), tasks, unresolved };
  }

  function handsOnUnresolvedCall(call: TSESTree.CallExpression): boolean {
    return call.arguments.some((arg) => {
      const passed = unwrapExpression(arg);
      const inner = passed.type === 'CallExpression' ? model.siteOfNode.get(passed) : undefined;
      return inner !== undefined && resolver.callTarget(inner).kind === 'unknown';
    });
  }

  /** `(id) => client.get(id)`: the function returns what a call the analysis cannot follow returns. */
  function returnsUnresolvedCall(fn: FunctionInfo): boolean {
    return fn.calls.some((call) => call.fn === fn && isReturnedAsIs(call.node) && resolver.callTarget(call).kind === 'unknown');
  }

  function toTarget(target: CallTarget): SiteTarget {
    switch (target.kind) {
      case 'api':
        return target.weak
          ? { kind: 'api', info: target.info, name: target.name, guessed: target.guessed, weak: true }
          : { kind: 'api', info: target.info, name: target.name, guessed: target.guessed };
      case 'function': {
        const index = fnIndexOf(target.fn);
        return index === undefined ? { kind: 'unknown' } : { kind: 'function', fn: index, guessed: target.guessed };
      }
      case 'import': {
        const converted: SiteTarget = {
          kind: 'value',
          value: importValue(target.spec, target.path, target.newAt, target.callsAt),
          isNew: target.isNew,
          hasCallback: target.hasCallback,
          promised: target.promised,
        };
        const fallback = target.fallback && toTarget(target.fallback);
        if (fallback && fallback.kind !== 'unknown') converted.fallback = fallback;
        return converted;
      }
      default:
        return { kind: 'unknown' };
    }
  }

  /**
   * `getBody(readStream, stream, done)` where `getBody(read, ...)` calls `read(...)`: a function handed by name to a
   * helper of the file that calls that parameter runs as part of the call. So does an API or another module's function
   * handed so (`thunk(fs.access, arguments)` promisifying it).
   */
  function referenceToCalledParameter(site: CallSite): Node | null {
    const args = site.node.arguments;
    if (args.length === 0) return null;
    const target = resolver.callTarget(site);
    if (target.kind !== 'function' || target.guessed) return null;
    const helper = target.fn;
    if (helper.node.type === 'Program') return null;
    let called: boolean[] | undefined;
    for (let i = 0; i < args.length && i < helper.params.length; i++) {
      const arg = args[i];
      if (!mayNameFunction(arg)) continue;
      called ??= calledParametersOf(helper);
      if (called[i] && CALLABLE_VALUE_KINDS.has(resolver.valueOf(arg, site.fn).k)) return arg;
    }
    return null;
  }

  /** The file's functions among a call's arguments, handed by name (`watchProc`, `read.bind(null, file)`). */
  function handedFunctionsOf(args: readonly TSESTree.CallExpressionArgument[], fn: FunctionInfo): { at: number; fn: number }[] | undefined {
    let handed: { at: number; fn: number }[] | undefined;
    for (let at = 0; at < args.length; at++) {
      const arg = args[at];
      if (!mayNameFunction(arg)) continue;
      const value = resolver.valueOf(arg, fn);
      if (value.k === 'fn') (handed ??= []).push({ at, fn: indexOfFn(value.fn) });
    }
    return handed;
  }

  /** The file's functions written or named as members of object literals among a call's arguments. */
  function handedMembersOf(args: readonly TSESTree.CallExpressionArgument[], fn: FunctionInfo): { at: number; member: string; fn: number }[] | undefined {
    let handed: { at: number; member: string; fn: number }[] | undefined;
    for (let at = 0; at < args.length; at++) {
      const arg = args[at];
      if (arg.type !== 'ObjectExpression') continue;
      for (const property of arg.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') continue;
        const member = keyName(property.key);
        const value = property.value;
        const written = functionOfNode.get(value);
        const named = written ? undefined : value.type === 'Identifier' || value.type === 'MemberExpression' ? resolver.valueOf(value, fn) : undefined;
        const handedFn = written ?? (named?.k === 'fn' ? named.fn : undefined);
        const index = handedFn ? fnIndexOf(handedFn) : undefined;
        if (member !== null && index !== undefined) (handed ??= []).push({ at, member, fn: index });
      }
    }
    return handed;
  }

  /** Which parameters a helper calls, worked out once per helper. */
  function calledParametersOf(helper: FunctionInfo): boolean[] {
    let called = calledParameters.get(helper);
    if (!called) {
      called = helper.params.map((param) => callsParameter(helper, param));
      calledParameters.set(helper, called);
    }
    return called;
  }

  function referencedTarget(reference: Node, fn: FunctionInfo): SiteTarget {
    const value = resolver.valueOf(reference, fn);
    return value.k === 'fn' ? { kind: 'function', fn: indexOfFn(value.fn), guessed: false } : valueTarget(value, false);
  }

  function valueTarget(value: Value, isNew: boolean): SiteTarget {
    const converted = toSValue(value, 0);
    return converted.k === 'unknown' ? { kind: 'unknown' } : { kind: 'value', value: converted, isNew, hasCallback: false, promised: false };
  }

  /** Converts a resolved value to plain data, registering the member tables other files may look into. */
  function toSValue(value: Value, depth: number): SValue {
    if (depth > MAX_VALUE_DEPTH) return { k: 'unknown' };
    switch (value.k) {
      case 'module':
        return { k: 'module', spec: value.spec, path: value.path };
      case 'global':
        return { k: 'global', path: value.path };
      case 'api-instance':
        return { k: 'api-instance', type: value.type, path: value.path };
      case 'import':
        return importValue(value.spec, value.path, value.newAt, value.callsAt);
      case 'fn': {
        const fn = fnIndexOf(value.fn);
        if (fn === undefined) return { k: 'unknown' };
        // `const Monitor = (exports.Monitor = function () {})` exported by its member: its prototype hangs on `Monitor`.
        const binding = value.binding ?? holdingBinding(value.fn);
        const members = binding ? memberTable(binding, depth) : undefined;
        const proto = binding ? memberTable(binding, depth, 'prototype.') : undefined;
        const result: Extract<SValue, { k: 'fn' }> = { k: 'fn', fn };
        if (members !== undefined) result.members = members;
        if (proto !== undefined) result.proto = proto;
        return result;
      }
      case 'class':
        return { k: 'class', cls: classSummary(value.cls, depth) };
      case 'instance':
        return { k: 'instance', cls: classSummary(value.cls, depth) };
      case 'proto-instance': {
        const members = memberTable(value.binding, depth, 'prototype.');
        return members === undefined ? { k: 'unknown' } : { k: 'object', obj: members };
      }
      case 'object':
        return { k: 'object', obj: objectSummary(value, depth) };
      case 'namespace':
        return value.file === model ? { k: 'namespace' } : { k: 'unknown' };
      case 'param':
      case 'unknown':
        return { k: 'unknown' };
    }
  }

  /** The variable that holds a constructor function itself, when it has one. */
  function holdingBinding(fn: FunctionInfo): { binding: Binding; scope: Scope } | undefined {
    const owner = prototypeOwnerOf(fn);
    return owner && holdsFunction(owner.binding, fn) ? owner : undefined;
  }

  /** Members assigned to a binding (`mkdirp.sync = mkdirpSync`), or under `prototype.` for instances. */
  function memberTable(ref: NonNullable<Extract<Value, { k: 'fn' }>['binding']>, depth: number, prefix = ''): number | undefined {
    let byPrefix = memberTables.get(ref.binding);
    if (!byPrefix) memberTables.set(ref.binding, (byPrefix = new Map()));
    const cached = byPrefix.get(prefix);
    if (cached !== undefined) return cached;
    const assignments = ref.scope.memberAssignments?.get(ref.binding);
    const names = assignments ? [...assignments.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.')) : [];
    const prototypeObject = prefix && assignments?.get('prototype');
    if (names.length === 0 && !prototypeObject) return undefined;
    const index = objects.length;
    const table: ObjectSummary = { members: {} };
    objects.push(table);
    byPrefix.set(prefix, index);
    if (prototypeObject) {
      const value = resolver.expr(prototypeObject[0].value, prototypeObject[0].scope, prototypeObject[0].scope.owner ?? model.moduleFn, 0);
      const converted = toSValue(value, depth + 1);
      if (converted.k === 'object') Object.assign(table.members, objects[converted.obj].members);
    }
    for (const name of names) {
      const assigned = assignments!.get(name)![0];
      const value = resolver.expr(assigned.value, assigned.scope, assigned.scope.owner ?? model.moduleFn, 0);
      table.members[name.slice(prefix.length)] = toSValue(value, depth + 1);
    }
    // `util.inherits(Child, Base)`: what the instances do not have, they find on Base's.
    const base = prefix ? resolver.baseConstructor(ref, model, 0) : null;
    if (base) {
      const converted = toSValue(base, depth + 1);
      if (converted.k !== 'unknown') table.members[BASE_CONSTRUCTOR_MEMBER] = converted;
    }
    return index;
  }

  function objectSummary(value: Extract<Value, { k: 'object' }>, depth: number): number {
    const cached = objectIndex.get(value.node);
    if (cached !== undefined) return cached;
    const index = objects.length;
    const table: ObjectSummary = { members: {} };
    objects.push(table);
    objectIndex.set(value.node, index);
    for (const property of value.node.properties) {
      if (property.type !== 'Property' || (property.computed && property.key.type !== 'Literal')) continue;
      const name = keyName(property.key);
      const fn = functionOfNode.get(property.value);
      if (fn) table.members[name] = { k: 'fn', fn: fnIndexOf(fn)! };
      else {
        const member = toSValue(resolver.expr(property.value, value.scope, value.scope.owner ?? model.moduleFn, 0), depth + 1);
        table.members[name] = member.k === 'unknown' && isWrittenOutData(property.value, value.scope) ? { k: 'data' } : member;
      }
    }
    if (value.binding) {
      const extra = memberTable(value.binding, depth);
      if (extra !== undefined) Object.assign(table.members, objects[extra].members);
    }
    return index;
  }

  function classSummary(cls: ClassInfo, depth: number): number {
    const cached = classIndex.get(cls);
    if (cached !== undefined) return cached;
    const index = classes.length;
    const table: ClassSummary = { name: cls.name, methods: {}, staticMethods: {}, fields: {}, superClass: null };
    classes.push(table);
    classIndex.set(cls, index);
    for (const [name, fn] of cls.methods) table.methods[name] = fnIndexOf(fn)!;
    for (const [name, fn] of cls.staticMethods) table.staticMethods[name] = fnIndexOf(fn)!;
    for (const name of new Set([...cls.fields.keys(), ...cls.fieldTypes.keys()])) {
      if (cls.methods.has(name)) continue;
      const value = resolver.instanceMember(cls, name, model, 0, 0);
      const converted = toSValue(value, depth + 1);
      if (converted.k !== 'unknown') table.fields[name] = converted;
    }
    if (cls.superClass) {
      const parent = resolver.expr(cls.superClass, cls.scope, cls.scope.owner ?? model.moduleFn, 0);
      const converted = toSValue(parent, depth + 1);
      if (converted.k !== 'unknown') table.superClass = converted;
    }
    return index;
  }
}

/** The entry of an instances' member table that names the constructor they inherit from. */
export const BASE_CONSTRUCTOR_MEMBER = '<base>';

/** Optional fields are set only when present (no spread of a temporary object per value). */
function importValue(spec: string, path: string[], newAt: number | undefined, callsAt: number[] | undefined): Extract<SValue, { k: 'import' }> {
  const value: Extract<SValue, { k: 'import' }> = { k: 'import', spec, path };
  if (newAt !== undefined) value.newAt = newAt;
  if (callsAt !== undefined) value.callsAt = callsAt;
  return value;
}

const PIPE_NAMES = new Set(['pipe', 'pipeline']);
/** What a stream runs for the data written into it. */
const STREAM_CHUNK_METHODS = ['_transform', '_write', '_writev', '_flush', '_final'];
const STREAM_WRITE_NAMES = new Set(['write', 'end']);
const PROMISE_NAMES = new Set(['Promise']);

/** The last name of the callee (`Promise.all` -> all, `P()` -> P) is one of `names`. */
function calleeNameIs(site: CallSite, names: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(site.node.callee);
  if (callee.type === 'Identifier') return names.has(callee.name);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && names.has(callee.property.name);
}

/**
 * Functions whose result may be an object other files call methods on: `return new X()`, `return { ... }`, `return x`;
 * or a factory's own closure, which other files call (`return (url, cb) => httpRequest(url, cb)`). Not a wrapper's
 * (`promisify(fn)` returning a function that calls `fn`): what it runs is the argument, which the call site knows.
 */
function returnedShape(fn: FunctionInfo): boolean {
  const value = returnedExpression(fn);
  if (!value) return false;
  if (isShapeReturned(value) || (value.type === 'ConditionalExpression' && isShapeReturned(value.consequent) && isShapeReturned(value.alternate))) return true;
  return (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') && wrappedParameters(fn) === undefined;
}

/** `return this`: a builder's method, whose chain other files follow (`query(o).named(n).run()`); `secure ? https : http`, either. */
function isShapeReturned(value: Node): boolean {
  return value.type === 'NewExpression' || value.type === 'ObjectExpression' || value.type === 'Identifier' || value.type === 'ClassExpression' || value.type === 'ThisExpression';
}

function isWorkerTarget(target: CallTarget): boolean {
  return target.kind === 'api' && target.info.effect === 'worker';
}

function spanOf(lines: LineIndex, node: Node): Span {
  return lines.span(node.range[0], node.range[1]);
}

/** Most call sites have no guards and no boolean arguments: they share these instead of two empty lists each. */
const NO_GUARDS: readonly { param: ParamRef; branch: boolean }[] = Object.freeze([]);
const NO_BOOLEAN_ARGS: readonly BooleanArg[] = Object.freeze([]);

function booleanArgsOf(args: readonly Node[], fn: FunctionInfo, indexOfFn: (fn: FunctionInfo) => number): readonly BooleanArg[] {
  let known: BooleanArg[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const value = booleanArg(args[i], fn, indexOfFn);
    if (value) (known ??= new Array<BooleanArg>(args.length).fill(null))[i] = value;
  }
  return known ?? NO_BOOLEAN_ARGS;
}

/** The conditions on parameters a call or a loop of `fn` runs under. */
function guardsOf(node: Node, fn: FunctionInfo, indexOfFn: (fn: FunctionInfo) => number): readonly { param: ParamRef; branch: boolean }[] {
  let guards: { param: ParamRef; branch: boolean }[] | undefined;
  forEachEnclosingTest(node, fn, (test, branch) => {
    const known = booleanArg(test, fn, indexOfFn);
    if (known && 'param' in known) (guards ??= []).push({ param: known.param, branch: known.negated ? !branch : branch });
  });
  return guards ?? NO_GUARDS;
}

/**
 * The conditions a call runs under, innermost first, up to its function: the tests of the ifs and `?:` it sits in a
 * branch of (`branch`: which), the left of `a && call()` (true) or `a || call()` (false), and the tests of earlier
 * ifs in its blocks that leave them (`if (!sync) return cb(); ...; call()`: false).
 */
function forEachEnclosingTest(node: Node, fn: FunctionInfo, visit: (test: Node, branch: boolean, holder: Node) => void): void {
  let child: Node = node;
  for (let parent = parentOf(child); parent && child !== fn.node; child = parent, parent = parentOf(parent)) {
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && child !== parent.test) {
      visit(parent.test, child === parent.consequent, parent);
    } else if (parent.type === 'LogicalExpression' && child === parent.right && parent.operator !== '??') {
      visit(parent.left, parent.operator === '&&', parent);
    } else {
      forEachExitTestBefore(parent, child, fn.scope, (test, holder) => visit(test, false, holder));
    }
  }
}

/** A literal boolean, or a (possibly negated) parameter of an enclosing function. */
function booleanArg(node: Node, fn: FunctionInfo, indexOfFn: (fn: FunctionInfo) => number): BooleanArg {
  const expression = unwrapExpression(node as TSESTree.Expression);
  if (expression.type === 'Literal' && typeof expression.value === 'boolean') return { value: expression.value };
  if (expression.type === 'UnaryExpression' && expression.operator === '!') {
    const inner = booleanArg(expression.argument, fn, indexOfFn);
    if (!inner) return null;
    return 'value' in inner ? { value: !inner.value } : { param: inner.param, negated: !inner.negated };
  }
  if (expression.type === 'Identifier') {
    const binding = fn.scope.lookup(expression.name);
    if (binding?.kind !== 'param') return null;
    return { param: { fn: indexOfFn(binding.fn), name: expression.name }, negated: false };
  }
  // `options.sync` of an options parameter: undefined, so false, when the call leaves the options out.
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier' && expression.object.type === 'Identifier') {
    const binding = fn.scope.lookup(expression.object.name);
    if (binding?.kind !== 'param' || !binding.assigned.every(isEmptyDefault)) return null;
    return { param: { fn: indexOfFn(binding.fn), name: `${expression.object.name}.${expression.property.name}` }, negated: false };
  }
  return null;
}

/** `options = options || {}`: a left-out options object is still empty. */
function isEmptyDefault(assigned: AssignedValue): boolean {
  const value = unwrapExpression(assigned.value as TSESTree.Expression);
  if (value.type === 'ObjectExpression') return value.properties.length === 0;
  return value.type === 'LogicalExpression' && (value.operator === '||' || value.operator === '??') && value.right.type === 'ObjectExpression' && value.right.properties.length === 0;
}

function timerWaits(site: CallSite, target: CallTarget): boolean {
  if (target.kind === 'api' && target.info.defersOnly) return false;
  const delay = site.node.arguments[1];
  return delay !== undefined && !(delay.type === 'Literal' && (delay.value === 0 || delay.value === null));
}

function parentOf(node: Node): Node | undefined {
  return (node as { parent?: Node }).parent;
}

function processesAwaitedValue(site: CallSite): boolean {
  return someAwaitFeeds(site, () => true);
}

/**
 * The call site whose awaited result the call takes whole or by its output (`parse(out)`, `parse(result.stdout)`), or
 * -1. A part named otherwise (`const { configFilePath } = await locate(dir)`) is a fact about the I/O, not its data.
 */
function awaitedProducer(site: CallSite, siteOfNode: ReadonlyMap<Node, CallSite>): number {
  let producer = -1;
  const record = (awaited: AwaitPoint): boolean => {
    const call = unwrapExpression(awaited.argument);
    const made = call.type === 'CallExpression' ? siteOfNode.get(call) : undefined;
    if (made) producer = made.index;
    return made !== undefined;
  };
  for (const arg of site.node.arguments) {
    const value = unwrapExpression(arg as TSESTree.Expression);
    if (isAwaitPointOf(value, site.fn) && record(value)) return producer;
    const read = value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier' && OUTPUT_NAMES.has(value.property.name) ? unwrapExpression(value.object) : value;
    if (read.type !== 'Identifier') continue;
    const binding = site.fn.scope.lookup(read.name);
    if (binding?.kind !== 'value' || binding.scope.owner !== site.fn) continue;
    const whole = binding.path.length === 0 || (binding.path.length === 1 && OUTPUT_NAMES.has(binding.path[0]));
    const init = unwrapExpression(binding.init as TSESTree.Expression);
    if (whole && isAwaitPointOf(init, site.fn) && record(init)) return producer;
  }
  return -1;
}

/** Names given to the data an I/O call produced: a command's output, a response's body, a file's text. */
const OUTPUT_NAMES: ReadonlySet<string> = new Set(['stdout', 'stderr', 'output', 'body', 'text', 'content', 'contents', 'data', 'raw', 'buffer']);

/**
 * Whether an await that matches feeds the call: one written in an argument, or in the initialiser of a variable of the
 * calling function that an argument reads (`const text = await readFile(p); parse(text)`).
 */
function someAwaitFeeds(site: CallSite, matches: (awaited: AwaitPoint) => boolean): boolean {
  for (const arg of site.node.arguments) {
    if (containsAwait(arg, site.fn, matches)) return true;
    for (const name of identifiersIn(arg)) {
      const binding = site.fn.scope.lookup(name);
      if (binding?.kind === 'value' && binding.scope.owner === site.fn && containsAwait(binding.init, site.fn, matches)) return true;
    }
  }
  return false;
}

/** Constant numbers up to the constant loop limit: a loop or a sized API bounded by one does little work. */
function smallArgumentsOf(args: readonly Node[], fn: FunctionInfo, limit: number, resolver: Resolver): number[] | undefined {
  let positions: number[] | undefined;
  for (let i = 0; i < args.length; i++) if (isSmallArgument(args[i], fn.scope, limit) || isTableWrittenOut(args[i], fn, resolver)) (positions ??= []).push(i);
  return positions;
}

/**
 * `subnetMatch(this, this.SpecialRanges)`, `lookup(key, CODES)`: an object literal of the code, in the call, in a
 * variable or in a member of a prototype or class, has the few entries written there.
 */
function isTableWrittenOut(arg: Node, fn: FunctionInfo, resolver: Resolver): boolean {
  if (arg.type !== 'ObjectExpression' && arg.type !== 'Identifier' && arg.type !== 'MemberExpression') return false;
  const value = arg.type === 'ObjectExpression' ? undefined : resolver.expr(arg, fn.scope, fn, 0);
  const table = arg.type === 'ObjectExpression' ? arg : value?.k === 'object' ? value.node : undefined;
  if (table?.type !== 'ObjectExpression' || table.properties.length === 0 || table.properties.length > CONSTANT_ENTRIES_LIMIT) return false;
  // A table others fill (`TABLE[key] = value` elsewhere) is not fixed.
  if (arg.type === 'Identifier') {
    const binding = fn.scope.lookup(arg.name);
    if (!binding || binding.assigned.length > 0 || fn.scope.holderOf(arg.name)?.memberAssignments?.get(binding)) return false;
  }
  const scope = value?.k === 'object' ? value.scope : fn.scope;
  return table.properties.every((property) => property.type === 'Property' && !property.computed && isWrittenOut(property.value, scope, 0));
}

/** A value written out in the code (`[new IPv6([0, 0]), 96]`, `'utf8'`), not data handed in from elsewhere. */
function isWrittenOut(node: Node, scope: Scope, depth: number): boolean {
  if (depth > 4) return false;
  const target = unwrapExpression(node as TSESTree.Expression);
  const written = (child: Node | null): boolean => child !== null && child.type !== 'SpreadElement' && isWrittenOut(child, scope, depth + 1);
  switch (target.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return target.expressions.length === 0;
    case 'UnaryExpression':
      return written(target.argument);
    case 'ArrayExpression':
      return target.elements.length <= CONSTANT_ENTRIES_LIMIT && target.elements.every(written);
    case 'ObjectExpression':
      return target.properties.length <= CONSTANT_ENTRIES_LIMIT && target.properties.every((property) => property.type === 'Property' && !property.computed && written(property.value));
    case 'NewExpression':
      return target.arguments.length > 0 && target.arguments.length <= 4 && target.arguments.every(written);
    default:
      return isConstantData(target, scope);
  }
}

/**
 * The constructor of an error class (`class CsvError extends Error`): an error is built on the failure path, whether
 * it is thrown or returned (`return [new CsvError(...)]`), so what it computes is not charged to `new`, as for a
 * `throw`.
 */
function constructsError(fn: FunctionInfo): boolean {
  return fn.name === 'constructor' && !!fn.classInfo && extendsError(fn.classInfo);
}

/** `check = (header) => compare(buffer, header)`: arguments that are the caller's own parameters, by position. */
function parameterArgumentsOf(args: readonly Node[], fn: FunctionInfo): number[] | undefined {
  let positions: number[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const index = arg.type === 'Identifier' ? unassignedParamIndex(fn, arg.name) : -1;
    if (index < 0) continue;
    positions ??= new Array<number>(args.length).fill(-1);
    positions[i] = index;
  }
  return positions;
}

/**
 * `if (isString(options)) return readFile(filePath, { encoding: options })`: a function calling itself, returning
 * what it returns, with one parameter rebuilt after a test of that parameter's type and the others passed as they
 * came. It runs once more with the argument in the form it expects: not recursion over data.
 */
function normalizesOwnArgument(site: CallSite, args: readonly Node[]): boolean {
  if (!isReturnedAsIs(site.node)) return false;
  const rebuilt = onlyChangedParameter(site, args, (arg, name) => wrapsName(arg, name) || picksFixedEntry(arg, name, site.fn));
  return rebuilt !== null && enclosingGuards(site).some((test) => testsTypeOf(test, rebuilt));
}

/**
 * `stdio[fd]` with `fd` a parameter passed on as it came, or `value[0]`: one entry of an array the guard found (`if
 * (Array.isArray(stdio)) return isPipe(stdio[fd], fd)`), the same position each time, not a walk down the data.
 */
function picksFixedEntry(arg: Node, name: string, fn: FunctionInfo): boolean {
  if (arg.type !== 'MemberExpression' || !arg.computed) return false;
  const object = unwrapExpression(arg.object);
  if (object.type !== 'Identifier' || object.name !== name) return false;
  const index = unwrapExpression(arg.property);
  return index.type === 'Literal' || (index.type === 'Identifier' && index.name !== name && parameterNames(fn).includes(index.name));
}

/**
 * In a call of the function itself, the one parameter passed changed as `changed` says (`{ encoding: options }`,
 * `p.slice(0, -1)`), the others passed as they came at their own positions; null when there is not exactly one.
 */
function onlyChangedParameter(site: CallSite, args: readonly Node[], changed: (arg: Node, name: string) => boolean): string | null {
  if (site.fn.node.type === 'Program') return null;
  const names = parameterNames(site.fn);
  let found: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const arg = unwrapExpression(args[k] as TSESTree.Expression);
    const name = names[k] ?? null;
    if (name === null) return null;
    if (arg.type === 'Identifier' && arg.name === name) continue;
    if (found !== null || !changed(arg, name)) return null;
    found = name;
  }
  return found;
}

/**
 * `if (typeof options === 'function') return this.readdir(pattern, {}, options)`: a function calling itself, returning
 * what it returns, with the parameter its guard tests by type moved to a later position and a filler (`{}`, `null`)
 * in its place, the others passed as they came. The optional argument was left out: it runs once more, walking nothing.
 */
function shiftsTestedParameter(site: CallSite, args: readonly Node[]): boolean {
  if (site.fn.node.type === 'Program' || !isReturnedAsIs(site.node)) return false;
  const names = parameterNames(site.fn);
  let moved: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const arg = unwrapExpression(args[k] as TSESTree.Expression);
    if (isFiller(arg)) continue;
    if (arg.type !== 'Identifier') return false;
    const own = names.indexOf(arg.name);
    if (own === k) continue;
    if (own < 0 || own > k || moved !== null) return false;
    moved = arg.name;
  }
  const tested = moved;
  return tested !== null && enclosingGuards(site).some((test) => testsTypeOf(test, tested));
}

/**
 * `if (p.charAt(p.length - 1) == '/') return filename(p.slice(0, -1))`: a function calling itself with the parameter
 * its guard tests for a given character or string at one end, cut, and the others as they came: it strips a run of
 * that text, a few repeats, not a recursion over the value.
 */
function trimsTestedEnd(site: CallSite, args: readonly Node[]): boolean {
  const cut = onlyChangedParameter(site, args, isCutOf);
  return cut !== null && enclosingGuards(site).some((test) => testsEndOf(test, cut));
}

/** `p.charAt(p.length - 1) == '/'`, `p[0] === '.'`, `p.endsWith('/')`: text written in the code at one end of `name`. */
function testsEndOf(test: Node, name: string): boolean {
  const expression = unwrapExpression(test as TSESTree.Expression);
  const isName = (node: Node): boolean => node.type === 'Identifier' && node.name === name;
  if (expression.type === 'CallExpression') return endTestedName(expression) === name;
  if (expression.type !== 'BinaryExpression' || !['==', '==='].includes(expression.operator)) return false;
  const [read, literal] = expression.right.type === 'Literal' ? [unwrapExpression(expression.left as TSESTree.Expression), expression.right] : [unwrapExpression(expression.right), expression.left];
  if (literal.type !== 'Literal' || typeof literal.value !== 'string') return false;
  // `p.charAt(i)` or `p[i]` with i the first or the last position.
  const atEnd = (index: Node | undefined): boolean => {
    const position = index && unwrapExpression(index as TSESTree.Expression);
    if (!position) return false;
    if (position.type === 'Literal') return position.value === 0;
    if (position.type !== 'BinaryExpression' || position.operator !== '-' || position.right.type !== 'Literal' || position.right.value !== 1) return false;
    const length = unwrapExpression(position.left as TSESTree.Expression);
    return isLengthRead(length) && isName(unwrapExpression(length.object));
  };
  if (read.type === 'MemberExpression' && read.computed) return isName(unwrapExpression(read.object)) && atEnd(read.property);
  if (read.type !== 'CallExpression') return false;
  const callee = unwrapExpression(read.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'charAt' && isName(unwrapExpression(callee.object)) && atEnd(read.arguments[0]);
}

/** Names of the node a tree walker is at: `node`, `child`, `statement`, `expression`, `ast`, `object`. */
const TREE_NODE_NAME = /^(?:n|child|object|decl|expr|stmt)$|(?:node|ast|tree|statement|expression)$/i;

/** Tables of handlers by node type that walk on through the same table: a code generator, a visitor. */
const WALKER_TABLE_NAME = /(?:generator|visitor|walker|printer|compiler|serializer|transformer)s?$/i;

/**
 * One step of a recursive walk over a tree, through handlers found in a table the call cannot see:
 * - `baseVisitor[type](node, st, c)` inside `function c(node, st) { var type = override || node.type; ... }`, or a
 *   helper called with both (`visitNode(baseVisitor, type, node, st, c)`): the walker hands itself to the handler
 *   of the node's type, which visits the node's children through it;
 * - `this[node.type](node, state)` in a visitor or code generator, `state.generator[node.type](node, state)`: the
 *   handlers are the methods of a table that dispatches the same way on each child.
 */
function dispatchesTreeWalk(site: CallSite): boolean {
  const fn = site.fn.node;
  if (fn.type === 'Program') return false;
  const args = site.node.arguments;
  const own = fn.type !== 'ArrowFunctionExpression' ? fn.id?.name : undefined;
  const handsItself = own !== undefined && args.some((arg) => arg.type === 'Identifier' && arg.name === own);
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression' || !callee.computed) return handsItself && args.some((arg) => typedNode(arg, site.fn.scope) !== null);
  const visited = typedNode(callee.property, site.fn.scope);
  if (!visited) return false;
  if (handsItself) return true;
  const table = unwrapExpression(callee.object);
  const first = args[0];
  return (table.type === 'ThisExpression' || WALKER_TABLE_NAME.test(lastName(table) ?? '')) && first !== undefined && sameReference(first, visited) && TREE_NODE_NAME.test(lastName(visited) ?? '');
}

/** `node` of a key `node.type`, or of a variable holding it (`var type = override || node.type`). */
function typedNode(key: Node, scope: Scope): Node | null {
  let value = unwrapExpression(key as TSESTree.Expression);
  if (value.type === 'Identifier') value = unchangedInit(value.name, scope)?.node ?? value;
  if (value.type === 'LogicalExpression') value = unwrapExpression(value.right);
  return value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier' && value.property.name === 'type' ? value.object : null;
}

/** `node.body` and `node.body`: the same names read the same way. */
function sameReference(a: Node, b: Node): boolean {
  const key = receiverKey(unwrapExpression(a as TSESTree.Expression));
  return key !== null && key === receiverKey(unwrapExpression(b as TSESTree.Expression));
}

/** What stands in for a left-out optional argument: `{}`, `[]`, `null`, `undefined`, a literal. */
function isFiller(node: Node): boolean {
  if (node.type === 'Literal') return true;
  if (node.type === 'Identifier') return node.name === 'undefined';
  return (node.type === 'ObjectExpression' && node.properties.length === 0) || (node.type === 'ArrayExpression' && node.elements.length === 0);
}

/**
 * `if (typeof column === 'undefined') return this.toIndex(pos.line, pos.column)`: a function calling itself, returning
 * what it returns, with a value at the position of a parameter its guard found missing. The guard fails on the second
 * run: it runs once more with its arguments spelled out, walking nothing.
 */
function fillsMissingParameter(site: CallSite, args: readonly Node[]): boolean {
  if (site.fn.node.type === 'Program' || !isReturnedAsIs(site.node)) return false;
  const names = parameterNames(site.fn);
  return enclosingGuards(site).some((test) => names.some((name, k) => {
    const arg = args[k] ? unwrapExpression(args[k] as TSESTree.Expression) : undefined;
    return name !== null && arg !== undefined && arg.type !== 'SpreadElement' && !isFiller(arg) && !(arg.type === 'Identifier' && arg.name === name) && testsMissing(test, name);
  }));
}

/**
 * `if (callback) return nodeify(this.openBox(boxName), callback)`: a function calling itself without the parameter
 * its guard tests, the others passed as they came. The call takes the other branch: not recursion over data.
 */
function dropsTestedParameter(site: CallSite, args: readonly Node[]): boolean {
  if (site.fn.node.type === 'Program') return false;
  const names = parameterNames(site.fn);
  for (let k = 0; k < args.length; k++) {
    const arg = unwrapExpression(args[k] as TSESTree.Expression);
    if (names[k] === null || arg.type !== 'Identifier' || arg.name !== names[k]) return false;
  }
  return enclosingGuards(site).some((guard) => {
    const test = unwrapExpression(guard as TSESTree.Expression);
    return test.type === 'Identifier' && names.indexOf(test.name) >= args.length;
  });
}

/** The names of a function's parameters by position (null for a pattern); `x = 1` is `x`. */
function parameterNames(fn: FunctionInfo): (string | null)[] {
  const node = fn.node;
  if (node.type === 'Program') return [];
  return node.params.map((param) => {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    return target.type === 'Identifier' ? target.name : null;
  });
}

/** The tests of the `if` statements whose consequent holds the call, within its function. */
function enclosingGuards(site: CallSite): Node[] {
  const tests: Node[] = [];
  forEachEnclosingTest(site.node, site.fn, (test, branch, holder) => {
    if (branch && holder.type === 'IfStatement') tests.push(test);
  });
  return tests;
}

/**
 * `{ encoding: x }`, `[x]`, `String(x)`, `new RegExp(x)`: a new value holding the parameter whole. A part of it
 * (`x.slice(1)`, `x[0]`) is recursion over its elements instead.
 */
function wrapsName(node: Node, name: string): boolean {
  const isName = (child: Node | null | undefined): boolean => !!child && child.type === 'Identifier' && child.name === name;
  switch (node.type) {
    case 'ObjectExpression':
      return node.properties.some((property) => property.type === 'Property' && isName(property.value));
    case 'ArrayExpression':
      return node.elements.some((element) => isName(element));
    case 'CallExpression':
    case 'NewExpression':
      return node.arguments.some((arg) => isName(arg));
    default:
      return false;
  }
}

/** `typeof x === 'string'`, `isString(x)`, `Array.isArray(x)`, `x instanceof Buffer`, and their negations. */
function testsTypeOf(test: Node, name: string): boolean {
  const expression = unwrapExpression(test as TSESTree.Expression);
  const isName = (node: Node): boolean => {
    const target = unwrapExpression(node as TSESTree.Expression);
    return target.type === 'Identifier' && target.name === name;
  };
  switch (expression.type) {
    case 'UnaryExpression':
      return expression.operator === '!' && testsTypeOf(expression.argument, name);
    case 'LogicalExpression':
      return testsTypeOf(expression.left, name) || testsTypeOf(expression.right, name);
    case 'BinaryExpression': {
      if (expression.operator === 'instanceof') return isName(expression.left);
      if (!EQUALITY_OPERATORS.has(expression.operator)) return false;
      return isTypeofName(expression.left, name) || isTypeofName(expression.right, name);
    }
    case 'CallExpression': {
      const method = calleeName(expression);
      return expression.arguments.length === 1 && isName(expression.arguments[0]) && method !== null && /^is[A-Z]/.test(method);
    }
    default:
      return false;
  }
}

/** A small count (`6`, `SALT_LENGTH`), or a collection written out in the call (`[0xFF, 0xD8]`, `'MP+'`). */
function isSmallArgument(arg: Node, scope: Scope, limit: number): boolean {
  if (arg.type === 'ArrayExpression') return arg.elements.length <= SMALL_LITERAL_ARRAY && arg.elements.every((element) => element?.type !== 'SpreadElement');
  if (arg.type === 'Literal' && typeof arg.value === 'string') return arg.value.length <= limit;
  // `log('subscribe', name, undefined)`: no data at all.
  if ((arg.type === 'Literal' && (arg.value === null || typeof arg.value === 'boolean')) || (arg.type === 'Identifier' && arg.name === 'undefined' && !scope.lookup('undefined'))) return true;
  const value = arg.type === 'Literal' || arg.type === 'Identifier' ? constantNumber(arg, scope) : undefined;
  if (value !== undefined) return value >= 0 && value <= limit;
  // `normalizeColumns(options.columns)`: a list from the caller's settings.
  // `pad(options)`, `generate(saltLength)` with `saltLength = opts.saltLength ?? 8`: settings too.
  if ((arg.type === 'MemberExpression' || arg.type === 'Identifier') && isSettingsValue(arg, scope)) return true;
  // `hash(cwd)`, `escape(this.filename)`: a value named as a short string.
  if (isUnknownShortString(arg, scope)) return true;
  if (arg.type !== 'Identifier') return false;
  // `underscore(key)` for each key of an object: a name, a few characters.
  const binding = scope.lookup(arg.name);
  if (binding?.kind === 'opaque' && binding.objectKey && binding.assigned.length === 0) return true;
  // `getBaseValue(BASE64_ALPHABET, c)`: a constant the module writes out.
  return (constantLength(arg, scope) ?? Infinity) <= limit;
}

/** `randomBytes(size)` in `function random(size)`: the position of `size` among the function's parameters, or -1. */
function sizeParameterOf(site: CallSite, target: SiteTarget, resolver: Resolver): number {
  if (target.kind !== 'api' || target.info.effect !== 'cpu-heavy' || target.info.sizeArgument === undefined) return -1;
  const arg = resolver.positionalArguments(site)[target.info.sizeArgument];
  return arg?.type === 'Identifier' ? unassignedParamIndex(site.fn, arg.name) : -1;
}

/** Positions of the arguments that pass `test`, or undefined when none does. */
function argumentPositions(args: readonly Node[], scope: Scope, test: (arg: TSESTree.Expression, scope: Scope) => boolean): number[] | undefined {
  let positions: number[] | undefined;
  for (let i = 0; i < args.length; i++) if (args[i].type !== 'SpreadElement' && test(args[i] as TSESTree.Expression, scope)) (positions ??= []).push(i);
  return positions;
}

/**
 * An await of something other than a call of the function itself ends before the call starts: the call runs in a
 * later turn, once that promise settles, not on the stack of the call before.
 */
function awaitsBefore(site: CallSite): boolean {
  const start = site.node.range[0];
  const name = calleeName(site.node);
  return site.fn.awaits.some((awaited) => {
    const argument = unwrapExpression(awaited.argument);
    return awaited.range[1] <= start && !(argument.type === 'CallExpression' && calleeName(argument) === name);
  });
}

/** Where a chain of reactions starts: `get(key)` for `get(key).then(a).catch(b)`, the expression itself for no chain. */
function reactionChainStart(node: Node): Node {
  let start = unwrapExpression(node as TSESTree.Expression);
  while (start.type === 'CallExpression' && chainsReaction(start)) start = unwrapExpression((start.callee as TSESTree.MemberExpression).object);
  return start;
}

/** `p.then(...)`, `p.catch(...)`, `p.finally(...)`: a reaction chained to a promise. */
function chainsReaction(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return call.type === 'CallExpression' && callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && PROMISE_METHODS.has(callee.property.name);
}

/**
 * A call in a promise executor handed what settles the promise: `resolve` or `reject` themselves, a callback calling
 * them (`(err, rows) => err ? reject(err) : resolve(rows)`), or a variable made from them (`done = makeDone(resolve,
 * reject)`). The promise then settles when the callee calls back.
 */
function handsOverSettling(site: CallSite): boolean {
  const executor = site.fn;
  if (!isPromiseExecutor(executor)) return false;
  // `waiting.push(resolve)`: kept for code of the program to call, which the call graph follows on its own; and a
  // function the caller passes (`promisify(fn)`) is followed from the caller.
  const callee = unwrapExpression(site.node.callee);
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && STORING_METHODS.has(callee.property.name)) return false;
  if (callee.type === 'Identifier' && executor.scope.lookup(callee.name)?.kind === 'param') return false;
  // `value.then(resolve, reject)` on a promise handed in or kept: it adopts that promise, whose maker did the waiting.
  if (chainsReaction(site.node) && callee.type === 'MemberExpression' && unwrapExpression(callee.object).type !== 'CallExpression') return false;
  const settlers = new Set(parameterNames(executor).slice(0, 2).filter((name): name is string => name !== null));
  if (settlers.size === 0) return false;
  const uses = (node: Node): boolean => {
    for (const name of identifiersIn(node)) if (settlers.has(name)) return true;
    return false;
  };
  return site.node.arguments.some((arg) => {
    if (arg.type === 'FunctionExpression' || arg.type === 'ArrowFunctionExpression') return uses(arg);
    if (arg.type !== 'Identifier') return false;
    if (settlers.has(arg.name)) return true;
    const binding = executor.scope.lookup(arg.name);
    if (binding?.kind === 'function') return binding.fn.parent === executor && uses(binding.fn.node);
    return binding?.kind === 'value' && binding.scope === executor.scope && binding.assigned.length === 0 && uses(binding.init);
  });
}

/** The position of a parameter never assigned in its function (a reassigned one no longer bounds anything), or -1. */
function unassignedParamIndex(fn: FunctionInfo, name: string): number {
  const binding = fn.scope.lookup(name);
  if (binding?.kind !== 'param' || binding.fn !== fn || binding.assigned.length > 0) return -1;
  const params = fn.node.type === 'Program' ? [] : fn.node.params;
  return params.findIndex((param) => {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    return target.type === 'Identifier' && target.name === name;
  });
}

/**
 * In the callback of an I/O API (`fs.readFile(p, (err, text) => parse(text))`), the parameters carry the I/O's
 * result: computing over them is computing over the payload, as after an await. The API, when the call does.
 */
function callbackPayloadApi(site: CallSite, resolver: Resolver, handed: HandedCallbacks): ApiInfo | undefined {
  const completion = completionOf(site.fn, resolver, handed);
  if (!completion) return undefined;
  const payload = new Set(completion.payload);
  return site.node.arguments.some((arg) => [...identifiersIn(arg)].some((name) => payload.has(name))) ? completion.api : undefined;
}

/** The completion callbacks a file's calls of I/O APIs hand over by reference, found once per file. */
interface HandedCallbacks {
  /** What each such call hands: `onRead`, `once(onRead)`, `this.onData.bind(this)`. */
  referenceAt: ReadonlyMap<CallSite, Node>;
  /** The file's own functions so handed: the API that calls them back and how many bound arguments come first. */
  byFunction: ReadonlyMap<FunctionInfo, { api: ApiInfo; bound: number }>;
}

/**
 * The file's completion callbacks handed by reference: `fs.readFile(p, onRead)`, `fs.readFile(p, once(onRead))`,
 * `fs.readFile(p, partial(onRead, cb))` or `onRead.bind(this, cb)`, where the arguments bound ahead come before the
 * error and the result.
 */
function completionCallbacksByReference(functions: readonly FunctionInfo[], resolver: Resolver): HandedCallbacks {
  const referenceAt = new Map<CallSite, Node>();
  const byFunction = new Map<FunctionInfo, { api: ApiInfo; bound: number }>();
  for (const fn of functions) {
    for (let i = 0; i < fn.calls.length; i++) {
      const site = fn.calls[i];
      const reference = completionCallbackReference(site, resolver);
      if (!reference) continue;
      referenceAt.set(site, reference);
      const target = resolver.callTarget(site);
      const handed = resolver.valueOf(reference, site.fn);
      if (target.kind !== 'api' || target.guessed || handed.k !== 'fn' || handed.fn.file !== fn.file) continue;
      const bound = reference.type === 'CallExpression' ? boundArgumentCount(reference) : 0;
      if (bound >= 0) byFunction.set(handed.fn, { api: target.info, bound });
    }
  }
  return { referenceAt, byFunction };
}

/** `partial(onRead, cb)`, `onRead.bind(this, cb)`: the arguments after the function or `this`; -1 with a spread. */
function boundArgumentCount(call: TSESTree.CallExpression): number {
  if (call.arguments.some((arg) => arg.type === 'SpreadElement')) return -1;
  return Math.max(0, call.arguments.length - 1);
}

/** The I/O API a function is the callback of, and its parameters that take the result (after the error). */
function completionOf(fn: FunctionInfo, resolver: Resolver, handedCallbacks: HandedCallbacks): { api: ApiInfo; payload: string[] } | undefined {
  const inline = ioApiCalledBack(fn, resolver);
  if (inline) return { api: inline, payload: fn.params.slice(1) };
  const handed = handedCallbacks.byFunction.get(fn);
  return handed && fn.params.length >= handed.bound + 2 ? { api: handed.api, payload: fn.params.slice(handed.bound + 1) } : undefined;
}

/** The I/O API a function is the inline callback of, when it takes the result after the error (`(err, text) => ...`). */
function ioApiCalledBack(fn: FunctionInfo, resolver: Resolver): ApiInfo | undefined {
  if (fn.role !== 'callback' || !fn.callbackOf || fn.params.length < 2) return undefined;
  const target = resolver.callTarget(fn.callbackOf);
  if (target.kind !== 'api' || target.guessed || (target.info.effect !== 'async-io' && target.info.effect !== 'threadpool')) return undefined;
  return target.info;
}

/**
 * An argument uses a value awaited straight from an API that produces content: `parse(await readFile(p))`,
 * `const text = await readFile(p); parse(text)`, or the body of such a response (`await res.text()` where
 * `res = await fetch(url)`). An awaited path or handle is not content.
 */
function processesAwaitedContent(site: CallSite, resolver: Resolver, siteOfNode: ReadonlyMap<Node, CallSite>): boolean {
  return someAwaitFeeds(site, (awaited) => isContentCall(awaited.argument, true, site.fn, resolver, siteOfNode));
}

/** A call of an API that produces content, or (`followReceiver`) a method of such a call's result: `res.text()`. */
function isContentCall(node: Node, followReceiver: boolean, fn: FunctionInfo, resolver: Resolver, siteOfNode: ReadonlyMap<Node, CallSite>): boolean {
  const call = unwrapExpression(node as TSESTree.Expression);
  if (call.type !== 'CallExpression') return false;
  const callSite = siteOfNode.get(call);
  const target = callSite && resolver.callTarget(callSite);
  if (target && isContentApi(target)) return true;
  if (target?.kind === 'function' && !target.guessed && returnsContent(target.fn, resolver, siteOfNode)) return true;
  const callee = unwrapExpression(call.callee);
  if (!followReceiver || callee.type !== 'MemberExpression') return false;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type === 'AwaitExpression') return isContentCall(receiver.argument, false, fn, resolver, siteOfNode);
  if (receiver.type !== 'Identifier') return false;
  const binding = fn.scope.lookup(receiver.name);
  if (binding?.kind !== 'value' || binding.scope.owner !== fn || binding.path.length > 0) return false;
  const init = unwrapExpression(binding.init as TSESTree.Expression);
  return init.type === 'AwaitExpression' && isContentCall(init.argument, false, fn, resolver, siteOfNode);
}

/** The call that made the promise a variable holds, or the list of promises a `for...of` variable walks. */
function promiseSource(name: TSESTree.Identifier, at: Node, fn: FunctionInfo): Node | null {
  const binding = fn.scope.lookup(name.name);
  if (binding?.kind === 'value' && binding.path.length === 0 && binding.assigned.length === 0) return unwrapExpression(binding.init as TSESTree.Expression);
  if (binding?.kind !== 'opaque') return null;
  for (let parent = parentOf(at); parent && parent !== fn.node; parent = parentOf(parent)) {
    if (parent.type !== 'ForOfStatement' || parent.left.type !== 'VariableDeclaration') continue;
    const declared = parent.left.declarations[0]?.id;
    if (declared?.type !== 'Identifier' || declared.name !== name.name) continue;
    const iterated = unwrapExpression(parent.right);
    return iterated.type === 'Identifier' ? (unchangedInit(iterated.name, fn.scope)?.node ?? null) : iterated;
  }
  return null;
}

/** `items.map(async (item) => ...)`: a list of promises, one per call of an async function written in the call. */
function makesOwnPromises(source: Node | null): boolean {
  if (source?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(source.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !MAPPING_METHODS.has(callee.property.name)) return false;
  const callback = source.arguments[0];
  return (callback?.type === 'ArrowFunctionExpression' || callback?.type === 'FunctionExpression') && callback.async;
}

const MAPPING_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap']);

/** `async readFile(p) { try { return await fs.promises.readFile(p, 'utf8') } catch ... }`: a helper handing back content. */
function returnsContent(fn: FunctionInfo, resolver: Resolver, siteOfNode: ReadonlyMap<Node, CallSite>): boolean {
  let known = contentReturners.get(resolver);
  if (!known) contentReturners.set(resolver, (known = new WeakMap()));
  let returns = known.get(fn);
  if (returns === undefined) {
    known.set(fn, false);
    returns = findsReturnedContent(fn, resolver, siteOfNode);
    known.set(fn, returns);
  }
  return returns;
}

/** Per resolver, per function: whether it hands back content (worked out once; false while it is being worked out). */
const contentReturners = new WeakMap<Resolver, WeakMap<FunctionInfo, boolean>>();

function findsReturnedContent(fn: FunctionInfo, resolver: Resolver, siteOfNode: ReadonlyMap<Node, CallSite>): boolean {
  const node = fn.node;
  if (node.type === 'Program' || !node.body) return false;
  if (node.body.type !== 'BlockStatement') return isContentCall(unwrapAwait(node.body), false, fn, resolver, siteOfNode);
  let found = false;
  walkWithinFunction(node.body, (child) => {
    if (found) return false;
    if (child.type === 'ReturnStatement' && child.argument && isContentCall(unwrapAwait(child.argument), false, fn, resolver, siteOfNode)) found = true;
    return !found;
  });
  return found;
}

function unwrapAwait(node: Node): Node {
  const expression = unwrapExpression(node as TSESTree.Expression);
  return expression.type === 'AwaitExpression' ? expression.argument : expression;
}

/** String methods that take a piece of text apart: a loop calling one per element parses. */
const TEXT_PARSING_METHODS: ReadonlySet<string> = new Set(['split', 'match', 'matchAll', 'exec', 'replace', 'replaceAll', 'parse']);

/**
 * `const text = await readFile(p); for (const line of text.split('\n')) rows.push(line.split(','))`, the same over
 * `const { stdout } = await execa(...)` or over the output an I/O API hands its callback: parsing content the
 * function's own I/O produced, element by element (a sum over fetched numbers is a light pass, not parsing).
 */
function parsesContent(loop: LoopInfo, resolver: Resolver, siteOfNode: ReadonlyMap<Node, CallSite>, handed: HandedCallbacks): boolean {
  const iterated = iteratedExpression(loop.node);
  if (!iterated || !loop.sites.some((site) => calleeNameIs(site, TEXT_PARSING_METHODS))) return false;
  const fn = loop.fn;
  const names = [...identifiersIn(iterated)];
  for (const name of names) {
    const binding = fn.scope.lookup(name);
    if (binding?.kind !== 'value' || binding.scope.owner !== fn) continue;
    if (containsAwait(binding.init, fn, (awaited) => isContentCall(awaited.argument, true, fn, resolver, siteOfNode))) return true;
  }
  const completion = completionOf(fn, resolver, handed);
  if (!completion?.api.payload) return false;
  return names.some((name) => completion.payload.includes(name));
}

/** What a loop walks: `for (x of EXPR)`, `EXPR.map(...)`, `for (i = 0; i < EXPR.length; i++)`. */
function iteratedExpression(node: Node): Node | null {
  if (node.type === 'ForOfStatement') return node.right;
  if (node.type === 'CallExpression') {
    const callee = unwrapExpression(node.callee);
    return callee.type === 'MemberExpression' ? callee.object : null;
  }
  if (node.type !== 'ForStatement' || node.test?.type !== 'BinaryExpression') return null;
  const right = unwrapExpression(node.test.right);
  return isLengthRead(right) ? right.object : null;
}

/** An `await` of `fn`, or a `yield` that is one (see `AwaitPoint`). */
function isAwaitPointOf(node: Node, fn: FunctionInfo): node is AwaitPoint {
  return node.type === 'AwaitExpression' || (node.type === 'YieldExpression' && fn.awaits.includes(node as AwaitPoint));
}

function containsAwait(node: Node, fn: FunctionInfo, matches: (awaited: AwaitPoint) => boolean): boolean {
  let found = false;
  walkWithinFunction(node, (child) => {
    if (isAwaitPointOf(child, fn) && matches(child)) found = true;
    return !found;
  });
  return found;
}

/**
 * `read(...)`, `read.call(this, ...)` in the function whose parameter `read` is, or in a promise executor in it, with
 * `read` never reassigned. Calls in other nested functions run when those run (`return function () { fn() }`).
 */
function callsParameter(fn: FunctionInfo, param: string | undefined): boolean {
  if (!param) return false;
  const binding = fn.scope.bindings.get(param);
  if (binding?.kind !== 'param' || binding.assigned.length > 0) return false;
  return someCallInBody(fn, (call, invoked, throughCallOrApply, scope) => {
    if (invoked.type !== 'Identifier' || invoked.name !== param || scope.lookup(param) !== binding) return false;
    // `callback(null, result)`, `done(err)`: a completion callback, called back with the outcome, most often later.
    return !reportsCompletion(call, throughCallOrApply);
  });
}

/** `opts.handler(match)`, `options.transform.call(this, chunk)` on an unchanged parameter, as "position.member". */
function calledParamMembersOf(fn: FunctionInfo): string[] | undefined {
  let found: Set<string> | undefined;
  someCallInBody(fn, (_call, invoked, _throughCallOrApply, scope) => {
    if (invoked.type !== 'MemberExpression' || invoked.computed || invoked.property.type !== 'Identifier') return false;
    const object = unwrapExpression(invoked.object);
    if (object.type !== 'Identifier') return false;
    // The parameter itself, not a name an inner scope declares over it.
    if (scope.lookup(object.name) !== fn.scope.bindings.get(object.name)) return false;
    const at = unassignedParamIndex(fn, object.name);
    if (at >= 0) (found ??= new Set()).add(`${at}.${invoked.property.name}`);
    return false;
  });
  return found ? [...found] : undefined;
}

/**
 * Whether `test` holds for a call the function makes itself or in a promise executor it writes (which runs at
 * once), given the function the call invokes (`f.call(this, x)` and `f.apply(null, args)` invoke `f`).
 */
function someCallInBody(fn: FunctionInfo, test: (call: TSESTree.CallExpression | TSESTree.NewExpression, invoked: Node, throughCallOrApply: boolean, scope: Scope) => boolean): boolean {
  const pending: FunctionInfo[] = [fn];
  for (let f = pending.pop(); f; f = pending.pop()) {
    for (let i = 0; i < f.calls.length; i++) {
      const call = f.calls[i].node;
      const through = invokedThroughCallOrApply(call.callee);
      if (test(call, unwrapExpression(through ? through.fn : call.callee), through !== undefined, f.scope)) return true;
    }
    for (const child of f.children) if (isPromiseExecutor(child)) pending.push(child);
  }
  return false;
}

/** Node's callback convention: the first argument is `null` or an error (`err`, `new Error(...)`). */
function reportsCompletion(call: TSESTree.CallExpression | TSESTree.NewExpression, throughCallOrApply: boolean): boolean {
  const first = call.arguments[throughCallOrApply ? 1 : 0];
  if (!first) return false;
  if (first.type === 'Literal' && first.value === null) return true;
  // `callback(err)`, `callback(cacheEntry.error)`
  if (first.type === 'Identifier' || first.type === 'MemberExpression') return namesError(first);
  return first.type === 'NewExpression' && first.callee.type === 'Identifier' && /Error$/.test(first.callee.name);
}

/** `items.forEach(handle)`, `async.each(items, handle, done)`: the function reference an iteration call runs per element. */
function iterationCallbackReference(site: CallSite): Node | null {
  const iteration = iterationOf(site.node, site.fn.scope);
  if (!iteration || !CALLBACK_REFERENCE_METHODS.has(iteration.method)) return null;
  const arg = site.node.arguments[iteration.callbackAt];
  return arg && (arg.type === 'Identifier' || arg.type === 'MemberExpression') ? arg : null;
}

/**
 * The call whose promise a `.then(reaction)` reacts to, when the reaction takes its value (a reference, or a function
 * with a parameter): an API producing content (`fs.promises.readFile(p)`), or some other call (as `await` gives it).
 */
function reactionInput(site: CallSite, siteOfNode: ReadonlyMap<Node, CallSite>): CallSite | null {
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'then') return null;
  const reaction = site.node.arguments[0];
  const inline = reaction ? functionOfNode.get(reaction) : undefined;
  if (!reaction || reaction.type === 'SpreadElement' || (inline && inline.params.length === 0)) return null;
  const receiver = unwrapExpression(callee.object);
  return (receiver.type === 'CallExpression' ? siteOfNode.get(receiver) : undefined) ?? null;
}

/** A call of an API that produces content (a file's text, a response body), known rather than guessed. */
function isContentApi(target: CallTarget): boolean {
  return target.kind === 'api' && !target.guessed && target.info.payload === true;
}

function isReturnedAsIs(call: Node): boolean {
  const parent = parentOf(call);
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === call);
}

/** `promise.then(parse)`, `.catch(this.fail.bind(this))`, `stream.on('data', onData)`: a function passed by name to run later. */
function reactionCallbackReference(site: CallSite, resolver: Resolver): Node | null {
  const callee = unwrapExpression(site.node.callee);
  if (site.isNew || callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return null;
  // `stream.on('data', this.onData.bind(this))`: a handler by name, charged as a handler written inline is.
  const at = PROMISE_METHODS.has(callee.property.name) ? 0 : EVENT_METHODS.has(callee.property.name) && site.node.arguments.length === 2 && !resolver.onlyWiresListeners(site) ? 1 : -1;
  if (at < 0) return null;
  const arg = site.node.arguments[at];
  if (!arg || arg.type === 'SpreadElement') return null;
  const reference = unwrapExpression(arg);
  if (reference.type === 'Identifier' || reference.type === 'MemberExpression') return reference;
  // `this.step.bind(this)`
  if (reference.type === 'CallExpression' && reference.callee.type === 'MemberExpression' && !reference.callee.computed && reference.callee.property.type === 'Identifier' && reference.callee.property.name === 'bind') return reference;
  return null;
}

/** An argument that may name a function of the file: `watchProc`, `this.onData`, `read.bind(null, file)` (a bound function is the function). */
function mayNameFunction(arg: TSESTree.CallExpressionArgument): boolean {
  return arg.type === 'Identifier' || arg.type === 'MemberExpression' || boundFunction(arg) !== undefined;
}

/**
 * `fs.read(fd, buffer, 0, size, null, onRead)`: a function of the program handed by name to asynchronous I/O, which
 * calls it when the operation ends, as it would a callback written inline.
 */
function completionCallbackReference(site: CallSite, resolver: Resolver): Node | null {
  const last = site.node.arguments[site.node.arguments.length - 1];
  if (!last || (last.type !== 'Identifier' && last.type !== 'MemberExpression' && last.type !== 'CallExpression')) return null;
  const target = resolver.callTarget(site);
  if (target.kind !== 'api' || (target.info.effect !== 'async-io' && target.info.effect !== 'threadpool')) return null;
  // `fs.readFile(file, once(onRead))`, `partial(parse, cb)`, `onRead.bind(this)`: a call that hands back one of the
  // program's functions.
  return last.type !== 'CallExpression' || resolver.valueOf(last, site.fn).k === 'fn' ? last : null;
}

/** Iteration methods whose callback may be passed by name (`items.map(parse)`); sort comparators are not followed. */
const CALLBACK_REFERENCE_METHODS = new Set(['Array.from', 'map', 'forEach', 'filter', 'reduce', 'some', 'every', 'find', 'flatMap']);

export type { EvidenceKind, Diagnostic };

/**
 * Constant data with entries written out. An empty list or object (`exports.plugins = []`) is a registry others fill,
 * not data.
 */
function isWrittenOutData(node: Node, scope: Scope): boolean {
  return !isEmptyLiteral(unwrapExpression(node as TSESTree.Expression)) && !startsEmpty(node, scope) && isConstantData(node, scope);
}

/** An expression (not a function or class record) that an export or member holds. */
function isDataNode(value: Node | FunctionInfo | ClassInfo): value is Node {
  return 'type' in value && typeof value.type === 'string' && value.type !== 'FunctionDeclaration' && value.type !== 'ClassDeclaration';
}
