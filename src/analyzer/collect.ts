import type { TSESTree } from '@typescript-eslint/types';
import type {
  AssignedValue,
  AwaitPoint,
  Binding,
  CallSite,
  ClassInfo,
  FileModel,
  FunctionInfo,
  FunctionNode,
  FunctionRole,
  LoopInfo,
  Node,
  ObjectInfo,
} from './model';
import { Scope, accessorKey, classOfNode, functionOfNode, iterationLoopOfCall } from './model';
import { ASYNC_ITERATOR_KEY, ITERATOR_KEY, STORING_METHODS, assignmentChainEnd, babelHelperName, boundFunction, calleeName, calleeText, immediateCallArgument, isInheritsFunctionName, isLengthRead, isRelativeSpecifier, keyName, memberPath, patternNames, prototypeOwner, requiredSpecifier, soleReturned, thisPrivateFieldAccess, unwrapExpression } from './syntax';
import { BOUNDING_COMPARISONS, ELEMENT_ITERATORS, FEW_ENTRIES_SIZE, callsEachElement, counterName, counterStartExpression, destructuredIntoNames, execLoopSubject, isEmptyObject, isObjectEntriesCall, loopSize, moduleOf, patternExpression, sizeOfIterated, sizeOfKeysCopy, sizeOfStoredValues, unchangedInit } from './loop-size';
import { LineIndex } from './lines';
import { blockAlwaysThrows } from './control-flow';
import { FUNCTION_TYPES, childKeys, identifiersIn } from './walk';
import { lookupApi, lookupTranspilerHelper } from './knowledge';

const TYPE_ONLY_NODES = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
  'TSEnumDeclaration',
]);

/** Array (and array-like) methods that call their callback once per element. */
export const ITERATION_METHODS = new Set([
  'map', 'forEach', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'flatMap', 'sort', 'toSorted', 'each',
]);
/**
 * `each` of a collection object (`props.each(cb)`, a cheerio selection) walks it; `async.each(items, fn, done)` of a
 * package starts an asynchronous task per element, whose cost is the task's, not a pass.
 */
const COLLECTION_ONLY_METHODS: ReadonlySet<string> = new Set(['each']);

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const BITWISE_OPERATORS = new Set(['^', '&', '|', '<<', '>>', '>>>', '~']);
const CLOCK_READS = /\b(Date\.now|performance\.now|process\.hrtime|new Date)\b/;
/** Default iteration count up to which a constant-bound loop counts as constant time. */
export const DEFAULT_CONSTANT_LOOP_LIMIT = 1024;

/** Compilers' helpers that copy every export of a module into this one's (`export * from './b'`). */
const EXPORT_STAR_HELPERS: ReadonlySet<string> = new Set(['__exportStar', '__export', '_exportStar']);
/** esbuild's `module.exports = __toCommonJS(index_exports)`: the module object is a copy of that namespace object. */
const NAMESPACE_COPY_HELPERS: ReadonlySet<string> = new Set(['__toCommonJS']);

/** `object.key` made for a member the code defines by other means (a descriptor, a compiled class). */
function syntheticMember(object: TSESTree.Expression, key: string): TSESTree.MemberExpression {
  const property = { type: 'Identifier', name: key, range: object.range, loc: object.loc };
  return { type: 'MemberExpression', object, property, computed: false, optional: false, range: object.range, loc: object.loc } as unknown as TSESTree.MemberExpression;
}

/** `_createClass(Store, ...)`, `(0, _createClass2.default)(Store, ...)`: the class Babel's helper defines members on. */
export function createdClassOf(node: TSESTree.CallExpression): TSESTree.Identifier | null {
  let callee = unwrapExpression(node.callee);
  if (callee.type === 'SequenceExpression') callee = unwrapExpression(callee.expressions[callee.expressions.length - 1]);
  const path = memberPath(callee);
  if (!path || !path.some((part) => CREATE_CLASS_HELPER.test(babelHelperName(part)))) return null;
  const constructor = node.arguments[0];
  return constructor?.type === 'Identifier' && node.arguments.length >= 2 ? constructor : null;
}

const CREATE_CLASS_HELPER = /^_?createClass\d*$/;

/** The `key` of one of `_createClass`'s member descriptors. */
function descriptorKey(descriptor: TSESTree.ObjectExpression): string | null {
  for (const property of descriptor.properties) {
    if (property.type === 'Property' && !property.computed && keyName(property.key) === 'key') {
      return property.value.type === 'Literal' && typeof property.value.value === 'string' ? property.value.value : null;
    }
  }
  return null;
}

/** `{ value: fn }`, `{ get: function () { return b_1.heavy; } }`, `{ get: () => impl }`. */
function descriptorValue(descriptor: TSESTree.ObjectExpression): TSESTree.Expression | undefined {
  for (const property of descriptor.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = keyName(property.key);
    if (key === 'value') return property.value as TSESTree.Expression;
    if (key !== 'get') continue;
    const getter = property.value;
    if (getter.type === 'ArrowFunctionExpression' && getter.expression) return getter.body as TSESTree.Expression;
    if (getter.type !== 'FunctionExpression' && getter.type !== 'ArrowFunctionExpression') return undefined;
    return getter.body.type === 'BlockStatement' ? soleReturned(getter.body) : undefined;
  }
  return undefined;
}

/** What a getter in an object literal returns: `get git() { return git; }`, `git: () => git`. */
function getterResult(property: TSESTree.Property): TSESTree.Expression | undefined {
  const getter = property.value;
  if (property.kind === 'get' && getter.type === 'FunctionExpression') return soleReturned(getter.body);
  if (property.kind === 'init' && getter.type === 'ArrowFunctionExpression') return getter.expression ? (getter.body as TSESTree.Expression) : soleReturned(getter.body as TSESTree.BlockStatement);
  return undefined;
}

/** `exports` or `module.exports`, written as such. */
function namesExports(node: Node): boolean {
  const path = memberPath(unwrapExpression(node as TSESTree.Expression));
  return path !== null && ((path.length === 1 && path[0] === 'exports') || (path.length === 2 && path[0] === 'module' && path[1] === 'exports'));
}

/** `__toCommonJS(index_exports)`: the namespace object the module object copies. */
function namespaceCopied(value: TSESTree.Expression, scope: Scope): AssignedValue | undefined {
  if (value.type !== 'CallExpression' || value.arguments.length !== 1 || value.arguments[0].type !== 'Identifier') return undefined;
  const helper = calleeName(value);
  return helper !== null && NAMESPACE_COPY_HELPERS.has(helper) ? { value: value.arguments[0], scope } : undefined;
}

interface PendingAssignment {
  node: TSESTree.AssignmentExpression;
  scope: Scope;
  fn: FunctionInfo;
}

/** A loop to size: a loop statement (`receiver` undefined) or an iteration method over `receiver` (null: not known). */
interface PendingLoopSize {
  info: LoopInfo;
  scope: Scope;
  fn: FunctionInfo;
  receiver: Node | null | undefined;
}

/** Marks a stack slot as the exit of its node rather than its entry (two parallel arrays, no object per node). */
const EXIT = { type: 'exit' } as unknown as Node;

/** One iterative walk over a parsed file: functions, bindings, call sites, loops and awaits. */
export function collectFile(path: string, text: string, program: TSESTree.Program, constantLoopLimit = DEFAULT_CONSTANT_LOOP_LIMIT): FileModel {
  const moduleScope = new Scope(null, null);
  const file: FileModel = {
    path,
    text,
    program,
    moduleFn: undefined as unknown as FunctionInfo,
    functions: [],
    classes: [],
    namedExports: new Map(),
    defaultExport: null,
    commonJsModuleObject: false,
    starExports: [],
    exportFallbacks: [],
    importedSpecifiers: new Set(),
    assignedGlobals: new Set(),
    methodsByName: new Map(),
    lines: new LineIndex(text),
    siteOfNode: new Map(),
    constantLoopLimit,
  };
  const moduleFn = newFunctionInfo(file, program, '<module>', null, moduleScope, 'module');
  (moduleScope as { owner: FunctionInfo | null }).owner = moduleFn;
  file.moduleFn = moduleFn;

  const loopByNode = new Map<Node, LoopInfo>();
  const objectInfos = new Map<Node, ObjectInfo>();
  const classByNode = new Map<Node, ClassInfo>();
  const pendingAssignments: PendingAssignment[] = [];
  // Sized once every assignment is known: a variable reassigned later in the file no longer has its first value.
  const pendingLoopSizes: PendingLoopSize[] = [];
  const descendingLoops = new Set<LoopInfo>();
  const pendingInherits: { child: string; call: TSESTree.CallExpression; scope: Scope }[] = [];
  /** `class Eta { parse = parse }`: a function declared elsewhere and set as a field runs with an instance as `this`. */
  const pendingFieldFunctions: { cls: ClassInfo; name: string; scope: Scope }[] = [];
  /** `{ loadFile: _loadFile }`: a function declared elsewhere and made a member of an object literal by name. */
  const pendingObjectMembers: { object: TSESTree.ObjectExpression; name: string; scope: Scope }[] = [];

  /** Values iterated with the iterator protocol, in a file that defines `[Symbol.iterator]` somewhere. */
  const iteratedValues: { value: Node; key: string; fn: FunctionInfo; loop: LoopInfo | null }[] = [];
  const definesIterators = text.includes('Symbol.iterator') || text.includes('Symbol.asyncIterator');

  let fn = moduleFn;
  let loop: LoopInfo | null = null;
  const fnStack: { fn: FunctionInfo; loop: LoopInfo | null }[] = [];

  const nodes: Node[] = [program];
  const parents: (Node | null)[] = [null];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parentNode = parents.pop()!;
    if (parentNode === EXIT) {
      if (FUNCTION_TYPES.has(node.type)) {
        const saved = fnStack.pop()!;
        fn = saved.fn;
        loop = saved.loop;
      } else if (loopByNode.has(node)) {
        loop = loopByNode.get(node)!.parent;
      }
      continue;
    }
    (node as { parent?: Node | null }).parent = parentNode ?? undefined;
    if (TYPE_ONLY_NODES.has(node.type)) continue;
    // `declare module 'x' {}` and `declare global {}` only describe types; a namespace's body is code.
    if (node.type === 'TSModuleDeclaration' && (node.declare || !node.body)) continue;

    let needsExit = false;
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const info = enterFunction(node);
        fnStack.push({ fn, loop });
        fn = info;
        loop = info.enclosingLoop;
        needsExit = true;
        break;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const info = newLoop(node, describeLoop(node, fn), 1);
        if (node.type === 'ForOfStatement' && node.await) info.isForAwait = true;
        if (node.type === 'ForOfStatement' && definesIterators) iteratedValues.push({ value: node.right, key: node.await ? ASYNC_ITERATOR_KEY : ITERATOR_KEY, fn, loop });
        pendingLoopSizes.push({ info, scope: fn.scope, fn, receiver: undefined });
        if ((node.type === 'WhileStatement' || node.type === 'DoWhileStatement') && isBusyWait(node, text)) info.busyWait = true;
        loop = info;
        needsExit = true;
        break;
      }
      case 'CallExpression':
      case 'NewExpression':
        recordCall(node);
        if (definesIterators && node.type === 'CallExpression' && node.arguments[0] && isArrayFrom(node.callee, fn.scope)) iteratedValues.push({ value: node.arguments[0], key: ITERATOR_KEY, fn, loop });
        if (node.type === 'CallExpression') {
          recordExportAssign(node);
          recordExportGetters(node);
          recordDefinedProperties(node);
          recordCreatedClass(node);
          const child = inheritingConstructor(node);
          if (child) pendingInherits.push({ child, call: node, scope: fn.scope });
        }
        break;
      case 'MemberExpression':
        if (node.object.type === 'ThisExpression' && !node.computed) recordAccessorUse(node);
        break;
      case 'SpreadElement':
        // `[...lexer]`, `f(...tokens)`: iterates; `{ ...options }` copies keys.
        if (definesIterators && parentNode?.type !== 'ObjectExpression') iteratedValues.push({ value: node.argument, key: ITERATOR_KEY, fn, loop });
        break;
      case 'YieldExpression':
        if (definesIterators && node.delegate && node.argument) iteratedValues.push({ value: node.argument, key: fn.isAsync ? ASYNC_ITERATOR_KEY : ITERATOR_KEY, fn, loop });
        // A driven generator's `yield` is its `await`.
        if (!node.delegate && node.argument && isDrivenGenerator(fn)) recordAwait(node as AwaitPoint);
        break;
      case 'AwaitExpression':
        recordAwait(node);
        break;
      case 'VariableDeclarator':
        bindPattern(node.id, fn.scope, node.init ? { init: node.init, scope: fn.scope } : null);
        if (isForInKey(node)) {
          const key = fn.scope.bindings.get((node.id as TSESTree.Identifier).name);
          if (key?.kind === 'opaque') key.objectKey = true;
        }
        break;
      case 'AssignmentExpression':
        if (node.operator === '=' || LAZY_ASSIGNMENTS.has(node.operator)) {
          // `lib ||= require('lib')`: a value loaded on first use is the value.
          pendingAssignments.push({ node, scope: fn.scope, fn });
          // `o = o[key]`: a loop that walks down an object by a key path runs as many times as the path is deep.
          if (loop && descendsIntoItself(node, loop.node)) descendingLoops.add(loop);
        } else if (node.operator === '+=' && loop) markAccumulation(node, loop);
        break;
      case 'BinaryExpression':
      case 'UnaryExpression':
        if (loop && BITWISE_OPERATORS.has(node.operator)) loop.bytewise = true;
        break;
      case 'ImportDeclaration':
        recordImport(node);
        break;
      case 'TSImportEqualsDeclaration':
        recordImportEquals(node);
        continue;
      case 'ImportExpression':
        if (node.source.type === 'Literal' && typeof node.source.value === 'string') file.importedSpecifiers.add(node.source.value);
        break;
      case 'ExportNamedDeclaration':
        recordNamedExport(node);
        break;
      case 'ExportDefaultDeclaration':
        file.defaultExport = { value: node.declaration, scope: moduleScope };
        break;
      case 'TSExportAssignment':
        // `export = load`: the module object itself, as with `module.exports = load`.
        file.defaultExport = { value: node.expression, scope: moduleScope };
        file.commonJsModuleObject = true;
        break;
      case 'ExportAllDeclaration':
        file.importedSpecifiers.add(node.source.value);
        if (!node.exported) file.starExports.push(node.source.value);
        else file.namedExports.set(keyName(node.exported), { value: node, scope: moduleScope });
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        enterClass(node);
        break;
      case 'CatchClause':
        if (node.param) bindPattern(node.param, fn.scope, null);
        break;
      case 'ObjectExpression':
        // `{ loadFile: _loadFile }`: a function declared elsewhere, made a method of this object.
        for (const property of node.properties) {
          if (property.type === 'Property' && property.kind === 'init' && property.value.type === 'Identifier') pendingObjectMembers.push({ object: node, name: property.value.name, scope: fn.scope });
        }
        break;
      case 'ReturnStatement': {
        if (node.argument) fn.returnsValue = true;
        const awaited = stateMachineAwait(node, fn);
        if (awaited) recordAwait(awaited);
        break;
      }
      default:
        break;
    }

    if (needsExit) {
      nodes.push(node);
      parents.push(EXIT);
    }
    pushChildren(node);
  }

  for (const pending of pendingAssignments) applyAssignment(pending);
  for (const { child, call, scope } of pendingInherits) {
    // `util.inherits(Child, Base)`: kept with Child's members, checked for what the call is when it is looked up.
    const binding = scope.lookup(child);
    if (binding) addMemberAssignment(scope.holderOf(child) ?? scope, binding, INHERITS_KEY, { value: call, scope });
  }
  for (const { object, name, scope } of pendingObjectMembers) {
    const binding = scope.lookup(name);
    if (binding?.kind !== 'function' || binding.fn.classInfo || binding.fn.objectInfo || binding.fn.hostClass) continue;
    // A method of two objects: `this` is either, so neither.
    const holder = objectInfos.get(object) ?? { node: object, scope, methods: new Map() };
    binding.fn.holderObject = binding.fn.holderObject === null ? holder : binding.fn.holderObject?.node === object ? holder : undefined;
  }
  for (const { cls, name, scope } of pendingFieldFunctions) {
    const binding = scope.lookup(name);
    if (binding?.kind !== 'function' || binding.fn.classInfo || binding.fn.objectInfo) continue;
    // Set as a field of two classes: `this` is either, so neither.
    binding.fn.hostClass = binding.fn.hostClass === null ? cls : binding.fn.hostClass === cls ? cls : undefined;
  }
  for (const iterated of iteratedValues) recordIteratorCall(iterated.value, iterated.key, iterated.fn, iterated.loop);
  let grownFields: Set<string> | undefined;
  for (const pending of pendingLoopSizes) sizeLoop(pending);
  return file;

  function sizeLoop({ info, scope, fn: owner, receiver }: PendingLoopSize): void {
    if (descendingLoops.has(info) || endsInThrow(info.node) || isCompilerHelper(owner)) {
      info.size = 0;
      return;
    }
    if (receiver === undefined) {
      info.size = loopSize(info.node, scope, constantLoopLimit);
      const boundParam = info.size > 0 ? parameterBound(info.node, owner) : undefined;
      if (boundParam !== undefined) info.boundParam = boundParam;
    } else {
      // `const [h, m, s] = time.split(':').map(Number)`: the result is taken apart into a fixed few names.
      info.size = receiver ? (destructuredIntoNames(info.node) ? 0 : sizeOfIterated(receiver, scope)) : 1;
      // `Object.keys(b).forEach((k) => { a[k] = b[k]; })`: a shallow copy of an object's entries.
      const callback = receiver ? inlineCallback(info.node) : undefined;
      if (receiver && callback) info.size = sizeOfKeysCopy(info.size, receiver, callback.body, callback.params[0]?.type === 'Identifier' ? callback.params[0].name : null);
      const boundParam = receiver && info.size > 0 ? iteratedParameter(receiver, owner) : undefined;
      if (boundParam !== undefined) info.boundParam = boundParam;
    }
    if (info.size > FEW_ENTRIES_SIZE && callsEachElement(info.node)) info.size = FEW_ENTRIES_SIZE;
    const iterated = receiver ?? (info.node.type === 'ForOfStatement' ? info.node.right : undefined);
    const stored = iterated && info.size > 0 ? storedFieldValues(iterated, owner) : undefined;
    const storedSize = stored && sizeOfStoredValues(stored);
    if (storedSize !== undefined && storedSize < info.size) info.size = storedSize;
  }

  /**
   * `for (const token of new Lexer(text))`, `Array.from(lexer)` with `const lexer = new Lexer(text)`: iterating an
   * instance of a class of the file that defines the protocol's method calls that method (often a generator).
   */
  function recordIteratorCall(value: Node, key: string, owner: FunctionInfo, within: LoopInfo | null): void {
    let made = unwrapExpression(value as TSESTree.Expression);
    if (made.type === 'Identifier') made = unchangedInit(made.name, owner.scope)?.node ?? made;
    if (made.type !== 'NewExpression' || made.callee.type !== 'Identifier') return;
    const binding = owner.scope.lookup(made.callee.name);
    if (binding?.kind !== 'class' || !binding.cls.methods.has(key)) return;
    const [savedFn, savedLoop] = [fn, loop];
    [fn, loop] = [owner, within];
    recordCall(iteratorCall(value as TSESTree.Expression, key));
    [fn, loop] = [savedFn, savedLoop];
  }

  /** Fields some function of the file adds entries to (`this.items.push(x)`), worked out once when a loop asks. */
  function fieldsGrown(): Set<string> {
    if (grownFields) return grownFields;
    grownFields = new Set();
    for (const fn of file.functions) {
      for (const site of fn.calls) {
        const callee = unwrapExpression(site.node.callee);
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !STORING_METHODS.has(callee.property.name)) continue;
        const object = unwrapExpression(callee.object);
        if (object.type !== 'MemberExpression' || object.computed || object.property.type !== 'Identifier') continue;
        // `this.items.push(x)`, or `self.items.push(x)` with `var self = this`.
        if (thisOf(object.object, fn)) grownFields.add(object.property.name);
      }
    }
    return grownFields;
  }

  /** What the instance's methods and constructor store in the field `this.x` a loop walks. */
  function storedFieldValues(iterated: Node, owner: FunctionInfo): AssignedValue[] | undefined {
    const target = unwrapExpression(iterated as TSESTree.Expression);
    if (target.type !== 'MemberExpression' || target.computed || target.property.type !== 'Identifier') return undefined;
    // `this.levels`, or `self.levels` with `var self = this`.
    const self = thisOf(target.object, owner);
    // `this.lineStarts = [0]`, then `this.lineStarts.push(i)`: a list the program fills.
    const home = self && !fieldsGrown().has(target.property.name) ? fieldsHome(self) : null;
    if (!home) return undefined;
    if ('cls' in home) return home.cls.fields.get(target.property.name);
    return home.prototypeOf.scope.memberAssignments?.get(home.prototypeOf.binding)?.get(`prototype.${target.property.name}`);
  }

  /** The function whose `this` an expression in `fn` is: `this` itself, or `self` of `var self = this`. */
  function thisOf(node: Node, fn: FunctionInfo): FunctionInfo | null {
    if (node.type === 'ThisExpression') return fn;
    return node.type === 'Identifier' ? thisAliasOwner(node.name, fn.scope) : null;
  }

  /** The function whose `this` the variable `name` holds (`var self = this`), or null. */
  function thisAliasOwner(name: string, scope: Scope): FunctionInfo | null {
    const alias = unchangedInit(name, scope);
    return alias?.node.type === 'ThisExpression' ? alias.scope.owner : null;
  }

  /**
   * Where the fields of the instance a function's `this` is are kept: its class's record, or, for a constructor
   * function or a prototype method, the constructor's `prototype.x` members. Arrow functions use the enclosing `this`.
   */
  function fieldsHome(owner: FunctionInfo): { cls: ClassInfo } | { prototypeOf: { binding: Binding; scope: Scope } } | null {
    let f: FunctionInfo | null = owner;
    while (f && f.node.type === 'ArrowFunctionExpression') f = f.parent;
    if (!f) return null;
    if (f.classInfo) return { cls: f.classInfo };
    const constructor = prototypeOwnerOf(f);
    return constructor ? { prototypeOf: constructor } : null;
  }

  /** The function written as an iteration call's first argument (`keys.forEach((k) => ...)`). */
  function inlineCallback(call: Node): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
    const callback = call.type === 'CallExpression' ? call.arguments[0] : undefined;
    return callback?.type === 'FunctionExpression' || callback?.type === 'ArrowFunctionExpression' ? callback : undefined;
  }

  function pushChildren(node: Node): void {
    const keys = childKeys(node.type);
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as Node | null;
          if (item && typeof item.type === 'string') pushChild(item, node);
        }
      } else if (child && typeof (child as Node).type === 'string') {
        pushChild(child as Node, node);
      }
    }
  }

  /** Half the nodes are names and literals, which hold no code: they get their parent here instead of a visit. */
  function pushChild(child: Node, parentNode: Node): void {
    if (holdsNoCode(child)) {
      (child as { parent?: Node }).parent = parentNode;
      return;
    }
    nodes.push(child);
    parents.push(parentNode);
  }

  function newLoop(node: Node, description: string, size: number): LoopInfo {
    const parentLoop = loop;
    const start = file.lines.position(node.range[0]);
    const info: LoopInfo = {
      node,
      fn,
      parent: parentLoop,
      description,
      size,
      depth: parentLoop ? parentLoop.depth + 1 : 1,
      hasAwait: false,
      isForAwait: false,
      bytewise: false,
      buildsString: false,
      busyWait: false,
      arrayMethod: undefined,
      line: start.line,
      column: start.column,
      sites: [],
      index: -1,
    };
    fn.loops.push(info);
    loopByNode.set(node, info);
    return info;
  }

  function markAwaitInCallbackLoop(start: LoopInfo): void {
    for (let l: LoopInfo | null = start; l; l = l.parent) l.hasAwait = true;
  }

  function markAccumulation(node: TSESTree.AssignmentExpression, target: LoopInfo): void {
    const right = node.right;
    if (right.type === 'TemplateLiteral' || (right.type === 'Literal' && typeof right.value === 'string')) target.buildsString = true;
    else if (node.left.type === 'Identifier') {
      const binding = fn.scope.lookup(node.left.name);
      if (binding?.kind === 'value' && binding.init.type === 'Literal' && typeof binding.init.value === 'string') target.buildsString = true;
    }
  }

  /** `this.all` where the class has `get all()` (or `this.all = x` and `set all(v)`) calls the accessor: a call site. */
  function recordAccessorUse(node: TSESTree.MemberExpression): void {
    let owner: FunctionInfo | null = fn;
    while (owner && owner.node.type === 'ArrowFunctionExpression') owner = owner.parent;
    const cls = owner?.classInfo;
    if (!cls || (cls.getters.size === 0 && cls.setters.size === 0)) return;
    const method = (owner!.node as { parent?: Node }).parent;
    if (method?.type === 'MethodDefinition' && method.static) return;
    const name = keyName(node.property);
    const parentNode = (node as { parent?: Node }).parent;
    if (parentNode?.type === 'CallExpression' && parentNode.callee === node) return;
    const assignment = parentNode?.type === 'AssignmentExpression' && parentNode.left === node ? parentNode : null;
    const reads = !assignment || assignment.operator !== '=';
    const writes = assignment !== null || (parentNode?.type === 'UpdateExpression' && parentNode.argument === node);
    if (reads && cls.getters.has(name)) recordCall(accessorCall(node, accessorKey('get', name), []));
    if (writes && cls.setters.has(name)) recordCall(accessorCall(node, accessorKey('set', name), assignment ? [assignment.right] : []));
  }

  function recordCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const start = file.lines.position(node.range[0]);
    const site: CallSite = {
      node,
      fn,
      loop,
      awaited: isAwaited(node),
      incidental: isThrown(node, fn.scope) || isDebugOutput(node) || endsInThrow(node),
      leavesLoops: loop !== null && loop.fn === fn && leavesLoops(node),
      isNew: node.type === 'NewExpression',
      line: start.line,
      column: start.column,
      calleeText: calleeText(node.callee, text),
      index: -1,
    };
    fn.calls.push(site);
    file.siteOfNode.set(node, site);
    for (let l = loop; l; l = l.parent) l.sites.push(site);

    if (node.type === 'CallExpression') {
      const required = requiredSpecifier(node);
      if (required !== undefined) file.importedSpecifiers.add(required);
      // A compiled `this.#pool = new ThreadPool()`: a field of the class as written.
      const privateWrite = thisPrivateFieldAccess(node);
      if (privateWrite?.value) recordThisField(fn, privateWrite.key, { value: privateWrite.value, scope: fn.scope });
      const iteration = iterationOf(node, fn.scope);
      if (iteration) {
        const receiver = iteration.collection;
        const info = newLoop(node, `${iteration.method} over ${shortText(receiver, text)}`, 1);
        info.arrayMethod = iteration.method;
        pendingLoopSizes.push({ info, scope: fn.scope, fn, receiver: receiver ?? null });
        loop = info.parent;
        iterationLoopOfCall.set(node, info);
      }
    }
  }

  function recordAwait(node: AwaitPoint): void {
    fn.awaits.push(node);
    for (let l = loop; l && l.fn === fn; l = l.parent) l.hasAwait = true;
    if (loop && loop.fn !== fn) markAwaitInCallbackLoop(loop);
  }

  function enterFunction(node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): FunctionInfo {
    const parentNode = (node as { parent?: Node }).parent ?? null;
    const handed = handedForm(node, parentNode);
    const role = functionRole(handed.node, handed.parent, fn.scope);
    const info = newFunctionInfo(file, node, functionName(node, parentNode), fn, new Scope(fn.scope, null), role);
    (info.scope as { owner: FunctionInfo | null }).owner = info;
    const hostCall = handed.parent && callPassing(handed.node, handed.parent);
    if (hostCall) {
      info.callbackOf = file.siteOfNode.get(hostCall) ?? null;
      if (role === 'array-callback') info.enclosingLoop = iterationLoopOfCall.get(hostCall) ?? null;
    }
    if (node.type === 'FunctionDeclaration' && node.id) {
      fn.scope.bindings.set(node.id.name, { kind: 'function', fn: info, assigned: [] });
    } else if (node.type === 'FunctionExpression' && node.id) {
      info.scope.bindings.set(node.id.name, { kind: 'function', fn: info, assigned: [] });
    }
    for (const param of node.params) bindParam(param, info);
    if (node.body.type === 'BlockStatement') typeParamsByGuards(node.body.body, info);
    attachToOwner(info, node, parentNode);
    return info;
  }

  function attachToOwner(info: FunctionInfo, node: Node, parentNode: Node | null): void {
    if (!parentNode) return;
    if ((parentNode.type === 'MethodDefinition' || parentNode.type === 'PropertyDefinition') && parentNode.value === node) {
      const cls = classByNode.get((parentNode as { parent?: Node }).parent?.parent as Node);
      if (cls) {
        info.classInfo = cls;
        const name = keyName(parentNode.key);
        if (parentNode.static) cls.staticMethods.set(name, info);
        else {
          cls.methods.set(name, info);
          if (parentNode.type === 'MethodDefinition' && (parentNode.kind === 'get' || parentNode.kind === 'set')) cls.methods.set(accessorKey(parentNode.kind, name), info);
        }
        addMethodName(name, info);
      }
    } else if (parentNode.type === 'Property' && parentNode.value === node) {
      const objectNode = (parentNode as { parent?: Node }).parent;
      if (objectNode?.type === 'ObjectExpression') {
        let object = objectInfos.get(objectNode);
        if (!object) {
          object = { node: objectNode, scope: fn.scope, methods: new Map() };
          objectInfos.set(objectNode, object);
        }
        info.objectInfo = object;
        const name = keyName(parentNode.key);
        object.methods.set(name, info);
        addMethodName(name, info);
      }
    } else if (parentNode.type === 'AssignmentExpression' && parentNode.right === node && parentNode.left.type === 'MemberExpression') {
      addMethodName(info.name, info);
    }
  }

  function addMethodName(name: string, info: FunctionInfo): void {
    const list = file.methodsByName.get(name);
    if (list) list.push(info);
    else file.methodsByName.set(name, [info]);
  }

  function bindParam(param: TSESTree.Parameter, info: FunctionInfo): void {
    if (param.type === 'TSParameterProperty') {
      const inner = param.parameter;
      const id = inner.type === 'AssignmentPattern' ? inner.left : inner;
      if (id.type === 'Identifier') {
        const typeName = typeNameOf(id.typeAnnotation);
        info.params.push(id.name);
        info.scope.bindings.set(id.name, { kind: 'param', fn: info, name: id.name, typeName, assigned: [] });
        const cls = pendingClassForConstructor(info);
        if (cls && typeName) cls.fieldTypes.set(id.name, typeName);
      }
      return;
    }
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    if (target.type === 'Identifier') {
      // AMD's `define(function (require, exports, module) {...})`: the loader's CommonJS names, as Node's wrapper gives them.
      const wrapperName = amdWrapperName(info, info.params.length) === target.name && !moduleScope.lookup('define');
      info.params.push(target.name);
      if (wrapperName) return;
      const binding: Binding = { kind: 'param', fn: info, name: target.name, typeName: typeNameOf(target.typeAnnotation), assigned: [] };
      if (param.type === 'AssignmentPattern') binding.defaultValue = param.right;
      // `s: string`: a text, whatever its name.
      if (target.typeAnnotation?.typeAnnotation.type === 'TSStringKeyword') binding.text = true;
      info.scope.bindings.set(target.name, binding);
    } else if (target.type === 'RestElement' && target.argument.type === 'Identifier') {
      info.params.push(target.argument.name);
      info.scope.bindings.set(target.argument.name, { kind: 'param', fn: info, name: target.argument.name, rest: true, assigned: [] });
    } else {
      bindPattern(target as Node, info.scope, null, info);
    }
  }

  function pendingClassForConstructor(info: FunctionInfo): ClassInfo | null {
    const method = (info.node as { parent?: Node }).parent;
    if (method?.type !== 'MethodDefinition' || method.kind !== 'constructor') return null;
    return classByNode.get((method as { parent?: Node }).parent?.parent as Node) ?? null;
  }

  function enterClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    const parentNode = (node as { parent?: Node }).parent ?? null;
    const name = node.id?.name ?? (parentNode ? nameFromContext(parentNode, node) : null) ?? '<anonymous class>';
    const cls: ClassInfo = {
      name,
      node,
      scope: fn.scope,
      methods: new Map(),
      staticMethods: new Map(),
      getters: new Set(),
      setters: new Set(),
      fields: new Map(),
      fieldTypes: new Map(),
      superClass: node.superClass ?? null,
    };
    file.classes.push(cls);
    classByNode.set(node, cls);
    classOfNode.set(node, cls);
    if (node.type === 'ClassDeclaration' && node.id) fn.scope.bindings.set(node.id.name, { kind: 'class', cls, assigned: [] });
    for (const member of node.body.body) {
      if (member.type === 'MethodDefinition' && !member.static && (member.kind === 'get' || member.kind === 'set')) {
        (member.kind === 'get' ? cls.getters : cls.setters).add(keyName(member.key));
      }
      if (member.type !== 'PropertyDefinition' || member.static) continue;
      const fieldName = keyName(member.key);
      const typeName = typeNameOf(member.typeAnnotation);
      if (typeName) cls.fieldTypes.set(fieldName, typeName);
      if (member.value && !FUNCTION_TYPES.has(member.value.type)) {
        cls.fields.set(fieldName, [{ value: member.value, scope: fn.scope }]);
        if (member.value.type === 'Identifier') pendingFieldFunctions.push({ cls, name: member.value.name, scope: fn.scope });
      }
    }
  }

  /**
   * `Object.defineProperty(exports, 'heavy', { get: function () { return b_1.heavy; } })`, as TypeScript compiles a
   * re-export, and `Object.defineProperties(proto, { get: { value: get } })`: assignments of those members.
   */
  function recordDefinedProperties(node: TSESTree.CallExpression): void {
    const name = calleeName(node);
    if (name !== 'defineProperty' && name !== 'defineProperties') return;
    const callee = memberPath(unwrapExpression(node.callee));
    if (!callee || callee.length !== 2 || callee[0] !== 'Object' || fn.scope.lookup('Object')) return;
    const [target, second, third] = node.arguments;
    if (!target || target.type === 'SpreadElement') return;
    if (name === 'defineProperty') {
      if (third?.type !== 'ObjectExpression') return;
      if (second?.type === 'Literal' && typeof second.value === 'string') defineMember(target, second.value, third);
      else if (second?.type === 'Identifier') recordCopiedExports(target, second.name, third);
      return;
    }
    if (second?.type !== 'ObjectExpression') return;
    for (const property of second.properties) {
      if (property.type !== 'Property' || property.computed || property.value.type !== 'ObjectExpression') continue;
      defineMember(target, keyName(property.key), property.value);
    }
  }

  /**
   * Babel's classes: `_createClass(Store, [{ key: 'save', value: function save() {} }], [...statics])` defines
   * `Store.prototype.save` and the static members.
   */
  function recordCreatedClass(node: TSESTree.CallExpression): void {
    const constructor = createdClassOf(node);
    if (!constructor) return;
    node.arguments.slice(1, 3).forEach((members, index) => {
      if (members.type !== 'ArrayExpression') return;
      const target = index === 0 ? syntheticMember(constructor, 'prototype') : constructor;
      for (const member of members.elements) {
        const key = member?.type === 'ObjectExpression' ? descriptorKey(member) : null;
        if (key !== null) defineMember(target, key, member as TSESTree.ObjectExpression);
      }
    });
  }

  /**
   * Babel's `export * from './b'`: `Object.keys(_b).forEach(function (key) { Object.defineProperty(exports, key,
   * { get: function () { return _b[key]; } }); })` makes every member of `_b` an export.
   */
  function recordCopiedExports(target: TSESTree.Expression, key: string, descriptor: TSESTree.ObjectExpression): void {
    const isExports = target.type === 'Identifier' && target.name === 'exports' && !moduleScope.lookup('exports');
    const value = isExports ? descriptorValue(descriptor) : undefined;
    if (value?.type !== 'MemberExpression' || !value.computed || value.property.type !== 'Identifier' || value.property.name !== key) return;
    const source = unwrapExpression(value.object);
    if (source.type === 'Identifier' && moduleScope.bindings.has(source.name)) file.exportFallbacks.push({ value: source, scope: moduleScope });
  }

  /** A descriptor's `value`, or what its getter returns, becomes the member's assigned value. */
  function defineMember(target: TSESTree.Expression, key: string, descriptor: TSESTree.ObjectExpression): void {
    const value = descriptorValue(descriptor);
    if (value) assignMember(target, key, value, descriptor);
  }

  function assignMember(target: TSESTree.Expression, key: string, value: TSESTree.Expression, at: Node): void {
    const left = syntheticMember(target, key);
    const assignment = { type: 'AssignmentExpression', operator: '=', left, right: value, range: at.range, loc: at.loc } as unknown as TSESTree.AssignmentExpression;
    pendingAssignments.push({ node: assignment, scope: fn.scope, fn });
  }

  /**
   * Compilers' export tables, a module-level call handing the exports (or a namespace object) and an object of
   * getters of the module's bindings: SWC's `_export(exports, { get git() { return git; } })`, esbuild's
   * `__export(git_exports, { git: () => git })`. Each getter's binding becomes that member.
   */
  function recordExportGetters(node: TSESTree.CallExpression): void {
    if (fn !== moduleFn || node.arguments.length !== 2) return;
    const [target, table] = node.arguments;
    if (table.type !== 'ObjectExpression' || target.type === 'SpreadElement') return;
    const isNamespaceObject = target.type === 'Identifier' && moduleScope.bindings.get(target.name)?.kind === 'value';
    if (!namesExports(target) && !isNamespaceObject) return;
    for (const property of table.properties) {
      if (property.type !== 'Property' || property.computed) continue;
      const value = getterResult(property);
      if (value && (value.type === 'Identifier' || value.type === 'MemberExpression')) assignMember(target, keyName(property.key), value, property);
    }
  }

  /** `Object.assign(module.exports, require('graceful-fs'))`, `__exportStar(require('./b'), exports)`: the other arguments' members are exports too. */
  function recordExportAssign(node: TSESTree.CallExpression): void {
    if (fn !== moduleFn) return;
    const helper = calleeName(node);
    if (helper !== null && EXPORT_STAR_HELPERS.has(babelHelperName(helper))) {
      const [source, target] = node.arguments;
      const intoExports = helper === '__export' || (target?.type === 'Identifier' && target.name === 'exports');
      if (intoExports && source && source.type !== 'SpreadElement') file.exportFallbacks.push({ value: source, scope: moduleScope });
      return;
    }
    const callee = memberPath(unwrapExpression(node.callee));
    if (!callee || callee.length !== 2 || callee[0] !== 'Object' || callee[1] !== 'assign') return;
    if (!node.arguments[0] || !namesExports(node.arguments[0])) return;
    for (const source of node.arguments.slice(1)) if (source.type !== 'SpreadElement') file.exportFallbacks.push({ value: source, scope: moduleScope });
  }

  function recordImport(node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    file.importedSpecifiers.add(source);
    if (node.importKind === 'type') return;
    for (const spec of node.specifiers) {
      let path: string[];
      if (spec.type === 'ImportDefaultSpecifier') path = ['default'];
      else if (spec.type === 'ImportNamespaceSpecifier') path = [];
      else {
        if (spec.importKind === 'type') continue;
        path = [keyName(spec.imported)];
      }
      moduleScope.bindings.set(spec.local.name, { kind: 'import', source, path, assigned: [] });
    }
  }

  /** `import fs = require('fs')`: the module object, as `const fs = require('fs')` would give. */
  function recordImportEquals(node: TSESTree.TSImportEqualsDeclaration): void {
    const reference = node.moduleReference;
    if (reference.type !== 'TSExternalModuleReference' || reference.expression.type !== 'Literal') return;
    const source = reference.expression.value;
    if (typeof source !== 'string') return;
    file.importedSpecifiers.add(source);
    if (node.importKind !== 'type') fn.scope.bindings.set(node.id.name, { kind: 'import', source, path: [], assigned: [] });
  }

  function recordNamedExport(node: TSESTree.ExportNamedDeclaration): void {
    if (node.source) file.importedSpecifiers.add(node.source.value);
    const declaration = node.declaration;
    if (declaration) {
      if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
        file.namedExports.set(declaration.id.name, { value: declaration.id, scope: moduleScope });
      } else if (declaration.type === 'VariableDeclaration') {
        for (const d of declaration.declarations) {
          for (const name of patternNames(d.id)) file.namedExports.set(name, { value: identifierNode(name, d.id), scope: moduleScope });
        }
      }
      return;
    }
    for (const spec of node.specifiers) {
      const exported = keyName(spec.exported);
      file.namedExports.set(exported, { value: node.source ? spec : spec.local, scope: moduleScope });
    }
  }

  function bindPattern(pattern: Node, scope: Scope, source: { init: Node; scope: Scope } | null, paramOf?: FunctionInfo, path: string[] = []): void {
    switch (pattern.type) {
      case 'Identifier':
        if (paramOf) {
          paramOf.params.push(pattern.name);
          scope.bindings.set(pattern.name, { kind: 'param', fn: paramOf, name: pattern.name, assigned: [] });
        } else if (source) {
          scope.bindings.set(pattern.name, { kind: 'value', init: source.init, scope: source.scope, path, assigned: [], keyedWrites: false });
        } else if (!scope.bindings.has(pattern.name)) {
          scope.bindings.set(pattern.name, { kind: 'opaque', assigned: [] });
        }
        return;
      case 'ObjectPattern':
        for (const prop of pattern.properties) {
          if (prop.type === 'RestElement') bindPattern(prop.argument, scope, null, paramOf);
          else bindPattern(prop.value, scope, source, paramOf, prop.computed ? [...path, '<computed>'] : [...path, keyName(prop.key)]);
        }
        return;
      case 'ArrayPattern':
        for (const element of pattern.elements) if (element) bindPattern(element, scope, null, paramOf);
        return;
      case 'AssignmentPattern':
        bindPattern(pattern.left, scope, source, paramOf, path);
        return;
      case 'RestElement':
        bindPattern(pattern.argument, scope, null, paramOf);
        return;
      default:
        return;
    }
  }

  function applyAssignment({ node, scope, fn: owner }: PendingAssignment): void {
    const left = node.left;
    const assigned: AssignedValue = { value: node.right, scope };
    if (left.type === 'Identifier') {
      const binding = scope.lookup(left.name);
      if (binding) binding.assigned.push(assigned);
      // Sloppy-mode `fs = require('fs')` at the top of a script declares a global the whole file uses.
      else if (scope === moduleScope && isTopLevelStatement(node) && !COMMONJS_WRAPPER_NAMES.has(left.name)) scope.bindings.set(left.name, { kind: 'value', init: node.right, scope, path: [], assigned: [], keyedWrites: false });
      else file.assignedGlobals.add(left.name);
      return;
    }
    if (left.type !== 'MemberExpression') return;
    const path = memberPath(left);
    if (!path) {
      if (left.object.type === 'ThisExpression' && !left.computed) recordThisField(owner, keyName(left.property), assigned);
      // `cache[key] = entry`: the variable holds as many keys as the data gives it.
      if (left.computed && left.property.type !== 'Literal' && left.object.type === 'Identifier') {
        const binding = scope.lookup(left.object.name);
        if (binding?.kind === 'value') binding.keyedWrites = true;
      }
      return;
    }
    const [root, ...rest] = path;
    if (root === 'module' && rest[0] === 'exports' && !scope.lookup('module')) {
      if (rest.length === 1) {
        file.defaultExport = namespaceCopied(node.right, scope) ?? assigned;
        file.commonJsModuleObject = true;
      } else if (rest.length === 2) {
        file.namedExports.set(rest[1], assigned);
      }
      return;
    }
    // `exports.x = ...`, or through an alias: `var tmp = exports; tmp.x = ...`, or a UMD wrapper's parameter:
    // `(function (lib) { lib.x = ... })(typeof module == 'object' ? module.exports : window.lib = {})`.
    if (rest.length === 1 && ((root === 'exports' && !scope.lookup('exports')) || isExportsAlias(root, scope) || isExportsParameter(root, scope))) {
      file.namedExports.set(rest[0], assigned);
      return;
    }
    const binding = scope.lookup(root);
    if (!binding || rest.length === 0) return;
    addMemberAssignment(scope.holderOf(root) ?? scope, binding, rest.join('.'), assigned);
    // A TypeScript namespace, `(function (NS) { NS.f = f; })(NS || (NS = {}))`: a member of the variable outside too.
    const namespace = namespaceVariableOf(binding);
    if (namespace) addMemberAssignment(namespace.scope, namespace.binding, rest.join('.'), assigned);
    // `var proto = Client.prototype; proto.get = function () {}`: a method of Client's instances too.
    const constructor = prototypeAliasOwner(root, scope);
    if (constructor) addMemberAssignment(constructor.scope, constructor.binding, `prototype.${rest.join('.')}`, assigned);
    // `var self = this; self.conn = net.connect(...)`: a field of the instance, as `this.conn = ...` is.
    const self = rest.length === 1 ? thisAliasOwner(root, scope) : null;
    if (self) recordThisField(self, rest[0]!, assigned);
  }

  function recordThisField(owner: FunctionInfo, field: string, assigned: AssignedValue): void {
    const home = fieldsHome(owner);
    if (!home) return;
    if ('prototypeOf' in home) {
      addMemberAssignment(home.prototypeOf.scope, home.prototypeOf.binding, `prototype.${field}`, assigned);
      return;
    }
    const list = home.cls.fields.get(field);
    if (list) list.push(assigned);
    else home.cls.fields.set(field, [assigned]);
  }
}

/** A call of an accessor, made up for an access that runs one: it sits where the access is and has its parent. */
function accessorCall(access: TSESTree.MemberExpression, key: string, args: TSESTree.Expression[]): TSESTree.CallExpression {
  return madeUpCall(access.object, key, args, access, access.property);
}

/** `value[Symbol.iterator]()`, made up for a place that iterates `value`: it sits where the value is. */
function iteratorCall(value: TSESTree.Expression, key: string): TSESTree.CallExpression {
  return madeUpCall(value, key, [], value, value);
}

/** `object.key(...args)` standing at `place` (its range and parent), the key at `keyPlace`. */
function madeUpCall(object: TSESTree.Node, key: string, args: TSESTree.Expression[], place: TSESTree.Node, keyPlace: TSESTree.Node): TSESTree.CallExpression {
  const property = { type: 'Identifier', name: key, range: keyPlace.range, loc: keyPlace.loc, decorators: [], optional: false, typeAnnotation: undefined };
  const callee = { type: 'MemberExpression', object, property, computed: false, optional: false, range: place.range, loc: place.loc };
  const call = { type: 'CallExpression', callee, arguments: args, optional: false, typeArguments: undefined, range: place.range, loc: place.loc, parent: (place as { parent?: Node }).parent };
  (callee as { parent?: unknown }).parent = call;
  (property as { parent?: unknown }).parent = callee;
  return call as unknown as TSESTree.CallExpression;
}

/** `Array.from`, the global's. */
function isArrayFrom(callee: Node, scope: Scope): boolean {
  return callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'Array' && callee.property.type === 'Identifier' && callee.property.name === 'from' && !scope.lookup('Array');
}

function holdsNoCode(node: Node): boolean {
  switch (node.type) {
    case 'Identifier':
      // A parameter's decorators are code: `constructor(@Inject(TOKEN) x)`.
      return node.decorators === undefined || node.decorators.length === 0;
    case 'Literal':
    case 'ThisExpression':
    case 'Super':
    case 'TemplateElement':
    case 'PrivateIdentifier':
    case 'EmptyStatement':
      return true;
    default:
      return false;
  }
}

/** The member key under which a constructor's `inherits(Child, Base)` call is kept. */
export const INHERITS_KEY = '<inherits>';

/**
 * `util.inherits(Child, Base)`, `inherits(Child, Base)`, `Object.setPrototypeOf(Child.prototype, Base.prototype)`:
 * the name of the constructor that inherits, by the call's form (what the callee is, is checked when resolved).
 */
function inheritingConstructor(call: TSESTree.CallExpression): string | null {
  if (call.arguments.length !== 2) return null;
  const [child] = call.arguments;
  const name = calleeName(call);
  if (name && isInheritsFunctionName(name)) return child.type === 'Identifier' ? child.name : null;
  const owner = name === 'setPrototypeOf' ? prototypeOwner(child) : null;
  return owner?.type === 'Identifier' ? owner.name : null;
}

/** Records `binding.key = assigned` in the scope that holds the binding (`mkdirp.sync = mkdirpSync`). */
function addMemberAssignment(scope: Scope, binding: Binding, key: string, assigned: AssignedValue): void {
  let members = scope.memberAssignments?.get(binding);
  if (!members) (scope.memberAssignments ??= new Map()).set(binding, (members = new Map()));
  const list = members.get(key);
  if (list) list.push(assigned);
  else members.set(key, [assigned]);
}

/**
 * The variable a compiled TypeScript namespace fills through the parameter of its immediately invoked function:
 * `NS` of `(function (NS) {...})(NS || (NS = {}))`, or of `(NS = Outer.NS || (Outer.NS = {}))` for a nested one.
 */
function namespaceVariableOf(binding: Binding): { binding: Binding; scope: Scope } | undefined {
  if (binding.kind !== 'param' || binding.fn.role !== 'iife' || !binding.fn.parent) return undefined;
  const node = binding.fn.node;
  if (node.type === 'Program') return undefined;
  const index = node.params.findIndex((param) => param.type === 'Identifier' && param.name === binding.name);
  const passed = index < 0 ? undefined : immediateCallArgument(node, index);
  if (!passed) return undefined;
  let value = unwrapExpression(passed as TSESTree.Expression);
  let name: string | undefined;
  if (value.type === 'AssignmentExpression' && value.operator === '=' && value.left.type === 'Identifier') {
    name = value.left.name;
    value = unwrapExpression(value.right);
  }
  if (value.type !== 'LogicalExpression' || value.operator !== '||') return undefined;
  const fallback = unwrapExpression(value.right);
  if (fallback.type !== 'AssignmentExpression' || !isEmptyObject(fallback.right)) return undefined;
  if (name === undefined) {
    if (value.left.type !== 'Identifier' || fallback.left.type !== 'Identifier' || fallback.left.name !== value.left.name) return undefined;
    name = value.left.name;
  }
  const outer = binding.fn.parent.scope;
  const variable = outer.lookup(name);
  return variable && variable !== binding ? { binding: variable, scope: outer.holderOf(name) ?? outer } : undefined;
}

/**
 * The constructor function whose instances `this` is in a function written the ES5 way: a method assigned to
 * `Parser.prototype.reset`, or the function declaration `Parser` itself. Its binding and the scope that holds it.
 */
export function prototypeOwnerOf(fn: FunctionInfo): { binding: Binding; scope: Scope } | null {
  const node = fn.node;
  const enclosing = fn.parent?.scope;
  if (!enclosing || node.type === 'Program') return null;
  let name: string | null = null;
  let isConstructor = false;
  if (node.type === 'FunctionDeclaration') name = node.id?.name ?? null;
  else {
    const parent = (node as { parent?: Node }).parent;
    const path = parent?.type === 'AssignmentExpression' && parent.right === node ? memberPath(parent.left) : null;
    const aliased = path?.length === 2 ? prototypeAliasOwner(path[0], enclosing) : null;
    if (aliased) return aliased;
    if (path && path.length === 3 && path[1] === 'prototype') name = path[0];
    else if (parent?.type === 'Property' && parent.value === node) name = createdClassHolding(parent);
    else if (node.type === 'FunctionExpression') {
      // `var FTP = module.exports = function () { this._socket = ... }`: the constructor itself.
      name = variableHolding(node);
      isConstructor = true;
    }
  }
  const owner = name ? constructorHolder(name, enclosing, false) : null;
  // A constructor found by the variable holding it must be this very function.
  if (!owner || (isConstructor && owner.held !== node)) return null;
  return { binding: owner.binding, scope: owner.scope };
}

/**
 * The binding of `name` when it holds a constructor: a function declaration, a parameter (when `parameters`), or a
 * variable holding a function expression (`var Parser = function () {}`, an ES5 constructor), which is `held`.
 */
function constructorHolder(name: string, scope: Scope, parameters: boolean): { binding: Binding; scope: Scope; held?: Node } | null {
  const holder = scope.holderOf(name);
  const binding = holder?.bindings.get(name);
  if (!binding) return null;
  if (binding.kind === 'function' || (parameters && binding.kind === 'param')) return { binding, scope: holder! };
  if (binding.kind !== 'value' || binding.path.length > 0) return null;
  const held = assignmentChainEnd(binding.init);
  return held.type === 'FunctionExpression' ? { binding, scope: holder!, held } : null;
}

/** `var tmp = exports`, `const self = module.exports` (never reassigned): another name for the module's exports. */
function isExportsAlias(name: string, scope: Scope): boolean {
  const declared = unchangedInit(name, scope);
  if (!declared) return false;
  const value = unwrapExpression(declared.node as TSESTree.Expression);
  if (value.type === 'Identifier') return value.name === 'exports' && !declared.scope.lookup('exports');
  const path = value.type === 'MemberExpression' ? memberPath(value) : null;
  return path?.length === 2 && path[0] === 'module' && path[1] === 'exports' && !declared.scope.lookup('module');
}

/** A parameter, never reassigned, of a function the module's top level calls at once with the module's exports. */
function isExportsParameter(name: string, scope: Scope): boolean {
  const binding = scope.lookup(name);
  if (binding?.kind !== 'param' || binding.assigned.length > 0 || binding.fn.role !== 'iife' || binding.fn.parent?.node.type !== 'Program') return false;
  const node = binding.fn.node;
  if (node.type === 'Program') return false;
  const index = node.params.findIndex((param) => param.type === 'Identifier' && param.name === name);
  const passed = index < 0 ? null : immediateCallArgument(node, index);
  if (!passed) return false;
  // `typeof exports === 'object' ? exports : this.lib = {}`, `exports || (this.lib = {})`: exports where there are any.
  const value = unwrapExpression(passed as TSESTree.Expression);
  const choices = value.type === 'ConditionalExpression' ? [value.consequent, value.alternate] : value.type === 'LogicalExpression' ? [value.left, value.right] : [value];
  const outer = binding.fn.parent.scope;
  return choices.some((choice) => namesExports(choice) && !outer.lookup(memberPath(unwrapExpression(choice))![0]));
}

/**
 * Where a compiler writes its helpers: at the module's top level, or in a bundled module's wrapper (a function taking
 * `exports`); and the function such a helper replaces itself with on its first call (Babel's
 * `function _interopRequireWildcard(e) { return (_interopRequireWildcard = function (e) {...})(e); }`).
 * A function of the code's own that happens to share a helper's name is followed as any other.
 */
export function isHelperDeclaration(fn: FunctionInfo): boolean {
  const declared = fn.node.type !== 'FunctionDeclaration' && fn.parent?.name === fn.name && fn.parent.node.type === 'FunctionDeclaration' ? fn.parent : fn;
  const scope = declared.parent;
  return scope !== null && (scope.role === 'module' || scope.params.includes('exports'));
}

/** A transpiler's helper where a compiler writes them (`__export(target, all)`): it costs what its syntax costs. */
function isCompilerHelper(fn: FunctionInfo): boolean {
  return isHelperDeclaration(fn) && lookupTranspilerHelper(fn.name) !== undefined;
}

/**
 * The CommonJS name an AMD loader hands the factory of a top-level `define(...)` at parameter `index`: `require`,
 * `exports` or `module` by position when no dependencies are listed, else the listed dependency of that name.
 */
function amdWrapperName(fn: FunctionInfo, index: number): string | undefined {
  const call = (fn.node as { parent?: Node }).parent;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'define') return undefined;
  const args = call.arguments;
  if (args[args.length - 1] !== fn.node) return undefined;
  const statement = (call as { parent?: Node }).parent;
  if (statement?.type !== 'ExpressionStatement' || (statement as { parent?: Node }).parent?.type !== 'Program') return undefined;
  const dependencies = args[args.length - 2];
  if (dependencies?.type !== 'ArrayExpression') return AMD_DEFAULT_DEPENDENCIES[index];
  const listed = dependencies.elements[index];
  return listed?.type === 'Literal' && typeof listed.value === 'string' && AMD_DEFAULT_DEPENDENCIES.includes(listed.value) ? listed.value : undefined;
}

const AMD_DEFAULT_DEPENDENCIES: readonly string[] = ['require', 'exports', 'module'];

/**
 * `var proto = Client.prototype` (never reassigned): the constructor whose prototype the variable `name` names, when
 * the constructor is a function of the code or a parameter (`(function (Client) { var proto = Client.prototype })(Client)`).
 */
function prototypeAliasOwner(name: string, scope: Scope): { binding: Binding; scope: Scope } | null {
  const declared = unchangedInit(name, scope);
  // `var proto = create.prototype = Client.prototype`: the prototype the chain ends in.
  const aliased = declared && assignmentChainEnd(declared.node);
  const path = aliased?.type === 'MemberExpression' ? memberPath(aliased) : null;
  if (!declared || path?.length !== 2 || path[1] !== 'prototype') return null;
  return constructorHolder(path[0], declared.scope, true);
}

/** A method Babel's `_createClass` defines: its `this` is an instance, not the descriptor it is written in. */
export function isCreatedClassMethod(fn: FunctionInfo): boolean {
  const parent = (fn.node as { parent?: Node }).parent;
  return parent?.type === 'Property' && parent.value === fn.node && createdClassHolding(parent) !== null;
}

/** `_createClass(Store, [{ key: 'save', value: function save() {} }])`: the method's class, by name. */
function createdClassHolding(property: TSESTree.Property): string | null {
  if (property.computed || keyName(property.key) !== 'value') return null;
  const descriptor = (property as { parent?: Node }).parent;
  const members = descriptor && (descriptor as { parent?: Node }).parent;
  const call = members && (members as { parent?: Node }).parent;
  if (members?.type !== 'ArrayExpression' || call?.type !== 'CallExpression' || call.arguments[1] !== members) return null;
  return createdClassOf(call)?.name ?? null;
}

/** `for (const key in object)`: the declared variable holds the object's keys. */
function isForInKey(declarator: TSESTree.VariableDeclarator): boolean {
  const declaration = (declarator as { parent?: Node }).parent;
  const loop = declaration && (declaration as { parent?: Node }).parent;
  return declarator.id.type === 'Identifier' && !declarator.init && loop?.type === 'ForInStatement' && loop.left === declaration;
}

/** The variable declared with a value, directly or through a chain of assignments: `var X = a.b = c = value`. */
function variableHolding(value: Node): string | null {
  let current = value;
  let parent = (current as { parent?: Node }).parent;
  while (parent?.type === 'AssignmentExpression' && parent.right === current && parent.operator === '=') {
    current = parent;
    parent = (current as { parent?: Node }).parent;
  }
  return parent?.type === 'VariableDeclarator' && parent.init === current && parent.id.type === 'Identifier' ? parent.id.name : null;
}

/** The binding is `fn` itself (its declaration, or a variable whose value it is), not a constructor `fn` is a method of. */
export function holdsFunction(binding: Binding, fn: FunctionInfo): boolean {
  return binding.kind === 'function' ? binding.fn === fn : binding.kind === 'value' && assignmentChainEnd(binding.init) === fn.node;
}

function newFunctionInfo(
  file: FileModel,
  node: FunctionNode | TSESTree.Program,
  name: string,
  parent: FunctionInfo | null,
  scope: Scope,
  role: FunctionRole,
): FunctionInfo {
  const isFunction = node.type !== 'Program';
  const span = functionSpan(node, file.lines);
  const info: FunctionInfo = {
    id: file.functions.length,
    node,
    name,
    parent,
    scope,
    isAsync: isFunction && (node as FunctionNode).async === true,
    isGenerator: isFunction && (node as FunctionNode).generator === true,
    role,
    callbackOf: null,
    enclosingLoop: null,
    classInfo: null,
    objectInfo: null,
    hostClass: null,
    holderObject: null,
    textNames: null,
    children: [],
    calls: [],
    loops: [],
    awaits: [],
    params: [],
    returnsValue: false,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    file,
  };
  if (parent) parent.children.push(info);
  if (isFunction) file.functions.push(info);
  functionOfNode.set(node, info);
  return info;
}

/** The span reported for a function: the whole node, or the method/property that holds it so the name is inside. */
function functionSpan(node: Node, lines: LineIndex): { line: number; column: number; endLine: number; endColumn: number } {
  const parent = (node as { parent?: Node }).parent;
  const holder =
    parent && (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init')))
      ? parent
      : node;
  return lines.span(holder.range[0], holder.range[1]);
}

/**
 * The call a function is handed to: as an argument, or as an element of an array argument, a task list such as
 * `async.waterfall([function (cb) {...}, ...])` that the callee runs as it runs a callback.
 */
function callPassing(node: Node, parent: Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') return parent.callee === node ? null : parent;
  if (parent.type !== 'ArrayExpression') return null;
  const grand = (parent as { parent?: Node }).parent;
  return (grand?.type === 'CallExpression' || grand?.type === 'NewExpression') && grand.callee !== parent ? grand : null;
}

/** `if (!(image instanceof Image)) throw new TypeError(...)` at the top of a function: past it, `image` is an Image. */
function typeParamsByGuards(statements: readonly TSESTree.Statement[], info: FunctionInfo): void {
  for (const statement of statements) {
    if (statement.type !== 'IfStatement' || statement.alternate || !alwaysThrows(statement.consequent)) continue;
    const test = statement.test;
    if (test.type !== 'UnaryExpression' || test.operator !== '!') continue;
    const check = unwrapExpression(test.argument);
    if (check.type !== 'BinaryExpression' || check.operator !== 'instanceof' || check.left.type !== 'Identifier' || check.right.type !== 'Identifier') continue;
    const binding = info.scope.bindings.get(check.left.name);
    if (binding?.kind === 'param' && !binding.typeName && check.right.name !== binding.name) binding.typeName = check.right.name;
  }
}

function alwaysThrows(statement: TSESTree.Statement): boolean {
  return statement.type === 'ThrowStatement' || (statement.type === 'BlockStatement' && blockAlwaysThrows(statement));
}

/** `function () {...}.bind(this)` handed to a call or called at once stands where its `bind` call stands. */
function handedForm(node: Node, parent: Node | null): { node: Node; parent: Node | null } {
  if (parent?.type !== 'MemberExpression' || parent.object !== node) return { node, parent };
  const bindCall = (parent as { parent?: Node }).parent;
  if (bindCall?.type !== 'CallExpression' || bindCall.callee !== parent || boundFunction(bindCall) !== node) return { node, parent };
  return { node: bindCall, parent: (bindCall as { parent?: Node }).parent ?? null };
}

function functionRole(node: Node, parent: Node | null, scope: Scope): FunctionRole {
  if (!parent) return 'detached';
  if (node.type === 'FunctionDeclaration') return 'declared';
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
    if (parent.callee === node) return 'iife';
    const iteration = iterationOf(parent, scope);
    if (iteration && parent.arguments[iteration.callbackAt] === node) return 'array-callback';
    return storesInCollection(parent, scope) ? 'declared' : 'callback';
  }
  if (callPassing(node, parent)) return 'callback';
  if (parent.type === 'MemberExpression' && parent.object === node) {
    // (function () {}).call(this) and fn.bind(x)(): still run immediately when called
    const grand = (parent as { parent?: Node }).parent;
    if (grand?.type === 'CallExpression' && grand.callee === parent && !parent.computed && parent.property.type === 'Identifier' && (parent.property.name === 'call' || parent.property.name === 'apply')) return 'iife';
  }
  return 'declared';
}

/**
 * Built-in keyed collections: a function stored in one (`STORING_METHODS`) is not run by the call.
 * (Local arrays are left out: a task list filled with `push` is usually handed to a runner in the same function.)
 */
const COLLECTION_CONSTRUCTORS: ReadonlySet<string> = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);

const ARRAY_STORING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift']);

/** A member of `this` or of a parameter: a list that outlives the call. */
function isKeptList(list: TSESTree.MemberExpression, scope: Scope): boolean {
  let root: Node = list;
  while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
  if (root.type === 'ThisExpression') return true;
  return root.type === 'Identifier' && scope.lookup(root.name)?.kind === 'param';
}

/** `handlers.set(Date, (o) => new Date(o))` with `const handlers = new Map()`. */
function storesInCollection(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !STORING_METHODS.has(callee.property.name)) return false;
  const object = unwrapExpression(callee.object);
  // `opts.filterBy.unshift(fn)`, `this.hooks.push(fn)`: a list the caller or the instance keeps, run by someone else.
  if (object.type === 'MemberExpression' && ARRAY_STORING_METHODS.has(callee.property.name) && isKeptList(object, scope)) return true;
  const made = object.type === 'Identifier' ? unchangedInit(object.name, scope)?.node : undefined;
  if (made?.type !== 'NewExpression') return false;
  const constructor = unwrapExpression(made.callee);
  return constructor.type === 'Identifier' && COLLECTION_CONSTRUCTORS.has(constructor.name) && !scope.lookup(constructor.name);
}

/** An iteration call: the method, the collection it walks and the position of the callback it runs per element. */
export interface IterationCall {
  method: string;
  collection: Node | undefined;
  callbackAt: number;
}

/** Arguments of a query builder's `sort` (a field map, a field name, a list of pairs), never of an array's. */
const SORT_ORDER_LITERALS: ReadonlySet<string> = new Set(['ObjectExpression', 'Literal', 'TemplateLiteral', 'ArrayExpression']);

/**
 * `items.map(cb)`, `Array.from(items, cb)`, and the collection helpers of a package (`_.map(items, cb)`,
 * `async.each(items, iteratee, done)`), which take the collection first and the callback second.
 */
export function iterationOf(call: TSESTree.CallExpression | TSESTree.NewExpression, scope: Scope): IterationCall | null {
  if (call.type !== 'CallExpression') return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') {
    const imported = call.arguments.length > 1 ? importedIterationMethod(callee.name, scope) : undefined;
    return imported ? { method: imported, collection: call.arguments[0], callbackAt: 1 } : null;
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return null;
  let method = callee.property.name;
  let receiver: Node | undefined = unwrapExpression(callee.object as TSESTree.Expression);
  // `Array.prototype.forEach.call(nodes, fn)`, `String.prototype.replace.call(text, re, fn)`: the method on its first argument.
  const borrowed = method === 'call' ? borrowedMethod(receiver) : null;
  const at = borrowed ? 1 : 0;
  if (borrowed) {
    method = borrowed;
    const first = call.arguments[0];
    receiver = first && first.type !== 'SpreadElement' ? first : undefined;
  }
  const args = call.arguments.length - at;
  if (!borrowed && method === 'from' && receiver?.type === 'Identifier' && receiver.name === 'Array') return args > 1 ? { method: 'Array.from', collection: call.arguments[0], callbackAt: 1 } : null;
  // `text.replace(/[<>&]/g, (c) => ENTITIES[c])`: the callback runs once per match, a pass over the text.
  if (REPLACING_METHODS.has(method)) return args === 2 && isFunctionArgument(call.arguments[at + 1], call, scope) && (method === 'replaceAll' || isGlobalPattern(call.arguments[at], scope)) ? { method, collection: receiver, callbackAt: at + 1 } : null;
  if (!ITERATION_METHODS.has(method) || !receiver) return null;
  if (!borrowed && isPackageObject(receiver, scope)) return args > 1 && (!COLLECTION_ONLY_METHODS.has(method) || eachRunsNow(receiver, method, scope)) ? { method, collection: call.arguments[0], callbackAt: 1 } : null;
  if (method === 'sort' || method === 'toSorted') {
    // `cursor.sort({ timestamp: -1 })`, `query.sort('-date')`: an array's only argument is a compare function; a
    // query's sort order is another API's.
    const order = call.arguments[at];
    if (order && SORT_ORDER_LITERALS.has(order.type)) return null;
    return { method, collection: receiver, callbackAt: at };
  }
  return args > 0 ? { method, collection: receiver, callbackAt: at } : null;
}

/**
 * A package's collection helper imported on its own: `import { map } from 'lodash-es'`, `const { filter } =
 * require('lodash')`, `require('lodash.foreach')`, `require('@sinonjs/commons').prototypes.set.forEach`. Its name
 * is the imported member's, or the module's last segment for a whole-module import; `each` only where the package's
 * table says it runs the callback at once.
 */
function importedIterationMethod(name: string, scope: Scope): string | undefined {
  const binding = scope.lookup(name);
  let source: string | undefined;
  let path: string[];
  if (binding?.kind === 'import') {
    source = binding.source;
    path = binding.path;
  } else if (binding?.kind === 'value' && binding.assigned.length === 0) {
    const members: string[] = [];
    let init = unwrapExpression(binding.init as TSESTree.Expression);
    while (init.type === 'MemberExpression' && !init.computed && init.property.type === 'Identifier') {
      members.unshift(init.property.name);
      init = unwrapExpression(init.object);
    }
    source = moduleOf(init, binding.scope);
    path = [...members, ...binding.path];
  } else {
    return undefined;
  }
  if (source === undefined || !isPackageSpecifier(source)) return undefined;
  const named = path.filter((key) => key !== 'default');
  const imported = named.length > 0 ? named[named.length - 1] : source.slice(source.search(/[^/.]*$/));
  const method = ITERATION_METHODS_BY_LOWER_NAME.get(imported.toLowerCase());
  if (!method) return undefined;
  return !COLLECTION_ONLY_METHODS.has(method) || lookupApi(source, named)?.invokes === 1 ? method : undefined;
}

/** `lodash.foreach` names `forEach` in lower case. */
const ITERATION_METHODS_BY_LOWER_NAME: ReadonlyMap<string, string> = new Map([...ITERATION_METHODS].map((method) => [method.toLowerCase(), method]));

/** The method name of `Array.prototype.map`, `String.prototype.replace` or `[].map`: a built-in borrowed for `.call`. */
function borrowedMethod(node: Node): string | null {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return null;
  const owner = unwrapExpression(node.object);
  if (owner.type === 'ArrayExpression' && owner.elements.length === 0) return node.property.name;
  if (owner.type !== 'MemberExpression' || owner.computed || owner.property.type !== 'Identifier' || owner.property.name !== 'prototype') return null;
  const base = unwrapExpression(owner.object);
  return base.type === 'Identifier' && (base.name === 'Array' || base.name === 'String') ? node.property.name : null;
}

const REPLACING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll']);

/** A function written in the call, or named: `(c) => MAP[c]`, `cb_utob` with `var cb_utob = function (c) {...}`. */
function isFunctionArgument(node: Node, call: Node, scope: Scope): boolean {
  if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return true;
  if (node.type !== 'Identifier') return false;
  const binding = scope.lookup(node.name);
  if (binding?.kind === 'function') return true;
  // The walk links a node to its parent on the way down: the call's link is set, the argument's not yet.
  if (!binding) return declaresFunctionLater(call, node.name);
  const init = binding.kind === 'value' && binding.path.length === 0 ? unwrapExpression(binding.init as TSESTree.Expression) : null;
  return init?.type === 'FunctionExpression' || init?.type === 'ArrowFunctionExpression';
}

/** A function declared further down a body enclosing `node` (hoisted), not yet bound when the walk reaches it. */
function declaresFunctionLater(node: Node, name: string): boolean {
  for (let parent: Node | undefined = node; parent; parent = (parent as { parent?: Node }).parent) {
    if (parent.type !== 'BlockStatement' && parent.type !== 'Program') continue;
    for (const statement of parent.body) {
      const declared = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
      if (declared?.type === 'FunctionDeclaration' && declared.id?.name === name) return true;
    }
  }
  return false;
}

/** A regular expression with the g flag: a literal, `new RegExp(source, 'g')`, or a variable never changed holding one. */
function isGlobalPattern(node: Node, scope: Scope): boolean {
  const pattern = patternExpression(node, scope);
  if (pattern.type === 'Literal') return 'regex' in pattern && !!pattern.regex && pattern.regex.flags.includes('g');
  if (pattern.type !== 'NewExpression' && pattern.type !== 'CallExpression') return false;
  const flags = pattern.arguments[1];
  return calleeName(pattern) === 'RegExp' && flags?.type === 'Literal' && typeof flags.value === 'string' && flags.value.includes('g');
}

/** `const async = require('async')`, `import * as _ from 'lodash'`: a package's module object, not a collection. */
function isPackageObject(node: Node, scope: Scope): boolean {
  // `underscore_1.default.map(list, fn)`: the module object a compiler's interop helper wraps as `default`.
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'default') return isPackageObject(unwrapExpression(node.object), scope);
  if (node.type !== 'Identifier' || !scope.lookup(node.name)) return false;
  const source = moduleOf(node, scope);
  return source !== undefined && isPackageSpecifier(source);
}

/** `_.each(list, fn)` of lodash or underscore: the package's table says it calls the function at once, per element. */
function eachRunsNow(receiver: Node, method: string, scope: Scope): boolean {
  const source = moduleOf(receiver.type === 'MemberExpression' ? unwrapExpression(receiver.object) : receiver, scope);
  return source !== undefined && lookupApi(source, [method])?.invokes === 1;
}

/** A package name (`async`, `@scope/pkg`), not a relative path or a data file that may hold an array. */
function isPackageSpecifier(source: string): boolean {
  return !isRelativeSpecifier(source) && !source.endsWith('.json');
}

function functionName(node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, parent: Node | null): string {
  if (node.type !== 'ArrowFunctionExpression' && node.id) return node.id.name;
  return (parent && nameFromContext(parent, node)) ?? '<anonymous>';
}

function nameFromContext(parent: Node, node: Node): string | null {
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.id.type === 'Identifier' ? parent.id.name : null;
    case 'AssignmentExpression': {
      if (parent.right !== node) return null;
      // `var Exec = module.exports = exports = function () {}` is named by its variable.
      const declared = variableHolding(node);
      if (declared) return declared;
      const left = parent.left;
      if (left.type === 'Identifier') return left.name;
      if (left.type === 'MemberExpression') {
        // The property assigned to: `module.exports.sync = ...` is `sync`, `module.exports = ...` is `exports`.
        return left.computed && left.property.type !== 'Literal' ? null : keyName(left.property);
      }
      return null;
    }
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      // `[_write] (buf) {}` in a class, keyed by a symbol constant: named by the constant.
      if (parent.type !== 'Property' && parent.computed && parent.key.type === 'Identifier') return parent.key.name;
      // `*[Symbol.iterator]() {}`: named by the protocol.
      if (parent.computed && parent.key.type === 'MemberExpression') {
        const key = keyName(parent.key);
        return key === '<computed>' ? null : key;
      }
      return parent.computed && parent.key.type !== 'Literal' ? null : keyName(parent.key);
    case 'AssignmentPattern':
      return parent.left.type === 'Identifier' ? parent.left.name : null;
    case 'ExportDefaultDeclaration':
      return 'default';
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression': {
      const grand = (parent as { parent?: Node }).parent;
      return grand ? nameFromContext(grand, parent) : null;
    }
    // `var cmp = opts.cmp && function (node) {...}`, `exports.read = sync ? readSync : function () {...}`
    case 'LogicalExpression':
    case 'ConditionalExpression': {
      if (parent.type === 'ConditionalExpression' && parent.test === node) return null;
      if (parent.type === 'LogicalExpression' && parent.right !== node) return null;
      const grand = (parent as { parent?: Node }).parent;
      return grand ? nameFromContext(grand, parent) : null;
    }
    default:
      return null;
  }
}

function typeNameOf(annotation: TSESTree.TSTypeAnnotation | undefined): string | undefined {
  const type = annotation?.typeAnnotation;
  if (type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier') return type.typeName.name;
  return undefined;
}

function identifierNode(name: string, within: Node): Node {
  if (within.type === 'Identifier' && within.name === name) return within;
  return { type: 'Identifier', name, range: within.range } as unknown as Node;
}

function isAwaited(node: Node): boolean {
  let parent = (node as { parent?: Node }).parent;
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'ChainExpression')) {
    parent = (parent as { parent?: Node }).parent;
  }
  return parent?.type === 'AwaitExpression';
}

/**
 * `if (found) { op.complete(); return; }`, `return emit(...)`: the call's statement ends its function (or is
 * followed by a `return` or `throw` in its block), so inside a loop it runs once, not once per iteration.
 */
function leavesLoops(node: Node): boolean {
  let child: Node = node;
  for (let parent = (node as { parent?: Node }).parent; parent; child = parent, parent = (parent as { parent?: Node }).parent) {
    if (parent.type === 'ReturnStatement' || parent.type === 'ThrowStatement') return true;
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase') {
      const statements = parent.type === 'BlockStatement' ? parent.body : parent.consequent;
      const at = statements.indexOf(child as TSESTree.Statement);
      for (let i = at + 1; i < statements.length; i++) {
        const type = statements[i].type;
        if (type === 'ReturnStatement' || type === 'ThrowStatement') return true;
      }
      return false;
    }
    if (LOOP_TYPES.has(parent.type) || FUNCTION_TYPES.has(parent.type)) return false;
  }
  return false;
}

/** Assignments that set a variable only when it is still empty, as lazy loading does. */
const LAZY_ASSIGNMENTS: ReadonlySet<string> = new Set(['||=', '??=']);

/**
 * A generator handed to a compiler's async-function helper, or to co: it runs as an async function, each `yield`
 * an `await`. Known by the helper's name as compilers write it (`__awaiter`, `_asyncToGenerator`,
 * `(0, _asyncToGenerator2.default)`, `_async_to_generator`, `__async`).
 */
function isDrivenGenerator(fn: FunctionInfo): boolean {
  return fn.node.type === 'FunctionExpression' && fn.node.generator && fn.callbackOf !== null && GENERATOR_DRIVER_CALLEE.test(babelHelperName(fn.callbackOf.calleeText));
}

/**
 * `return [4, client.send(params)]` (4 is `yield`) in the state machine TypeScript (`__generator`) or SWC
 * (`_ts_generator`) compiles a generator to for ES5, when the generator is an async function's (`__awaiter(this,
 * void 0, void 0, function () { return __generator(this, function (_a) { ... }) })`): its `await`, as a `yield`.
 */
function stateMachineAwait(node: TSESTree.ReturnStatement, fn: FunctionInfo): AwaitPoint | undefined {
  const returned = node.argument;
  if (returned?.type !== 'ArrayExpression' || returned.elements.length !== 2) return undefined;
  const [opcode, value] = returned.elements;
  if (opcode?.type !== 'Literal' || opcode.value !== YIELD_OPCODE || !value || value.type === 'SpreadElement') return undefined;
  const machine = fn.callbackOf;
  const body = machine?.fn;
  if (!machine || !STATE_MACHINE_CALLEE.test(babelHelperName(machine.calleeText)) || !body?.callbackOf || !GENERATOR_DRIVER_CALLEE.test(babelHelperName(body.callbackOf.calleeText))) return undefined;
  return { type: 'YieldExpression', argument: value, delegate: false, range: returned.range, loc: returned.loc, parent: node } as unknown as AwaitPoint;
}

/** The state machine's instruction for `yield value`. */
const YIELD_OPCODE = 4;
/** tslib's and TypeScript's `__generator`, SWC's `_ts_generator` (also `(0, _ts_generator._)` from `@swc/helpers`), in Babel's case. */
const STATE_MACHINE_CALLEE = /(?:^|\.)(?:__generator|_tsGenerator)$|(?:^|\.)_tsGenerator\._$/;

/** Compilers' async-function helpers and co, in Babel's case (see `babelHelperName`). */
const GENERATOR_DRIVER_CALLEE = /asyncToGenerator|__awaiter|__async\b|^co(?:\.wrap)?$|\.coroutine$/;

/**
 * Part of a `throw` statement's value, or of the arguments of an error being built (`return [Error(`bad
 * ${JSON.stringify(x)}`)]`): it runs only on the failure path.
 */
function isThrown(node: Node, scope: Scope): boolean {
  let child = node;
  for (let parent = (node as { parent?: Node }).parent; parent; child = parent, parent = (parent as { parent?: Node }).parent) {
    if (parent.type === 'ThrowStatement') return true;
    if ((parent.type === 'NewExpression' || parent.type === 'CallExpression') && parent.callee !== child && isErrorClass(parent.callee, scope)) return true;
    if (parent.type.endsWith('Statement') || parent.type.endsWith('Declaration') || parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression') return false;
  }
  return false;
}

/** `if (this.debug.enabled) logger(...)`, `if (isDebugEnabled) { ... }`: a call made only when debug output is on. */
function isDebugOutput(node: Node): boolean {
  let child = node;
  for (let parent = (node as { parent?: Node }).parent; parent && !FUNCTION_TYPES.has(parent.type); child = parent, parent = (parent as { parent?: Node }).parent) {
    if (parent.type === 'IfStatement' && parent.consequent === child && testsDebugFlag(parent.test)) return true;
  }
  return false;
}

/** A test that is true only when debugging: `debug.enabled`, `this.isDebugEnabled || opts.verbose`, `DEBUG`. */
function testsDebugFlag(test: Node): boolean {
  const expression = unwrapExpression(test as TSESTree.Expression);
  if (expression.type === 'LogicalExpression') return expression.operator === '&&' ? testsDebugFlag(expression.left) || testsDebugFlag(expression.right) : testsDebugFlag(expression.left) && testsDebugFlag(expression.right);
  const name = expression.type === 'Identifier' ? expression.name : expression.type === 'MemberExpression' && !expression.computed ? memberPath(expression, true)?.join('.') : undefined;
  return name !== undefined && DEBUG_FLAG.test(name);
}

const DEBUG_FLAG = /(?:^|\.)(?:_?debug|DEBUG|verbose|isDebugEnabled|debugEnabled|trace)(?:\.enabled)?$/;

/**
 * `if (duplicates(list)) { const names = list.filter(...); throw new Error(names.join()) }`: a loop or a call in a
 * block that ends by throwing builds the failure, once, on the way out.
 */
function endsInThrow(node: Node): boolean {
  let child = node;
  for (let parent = (node as { parent?: Node }).parent; parent && !FUNCTION_TYPES.has(parent.type); child = parent, parent = (parent as { parent?: Node }).parent) {
    // `if (weak) return this.weakError(...); throw ...`: a path that returns before the throw is not the failure.
    if (parent.type === 'ReturnStatement') return false;
    if (parent.type !== 'BlockStatement') continue;
    const grand = (parent as { parent?: Node }).parent;
    if (grand && FUNCTION_TYPES.has(grand.type)) return false;
    const last = parent.body[parent.body.length - 1];
    // A `return` before the throw leaves a normal path through the block.
    if (last?.type === 'ThrowStatement' && last !== child) return blockAlwaysThrows(parent);
    if (last?.type === 'ReturnStatement') return false;
  }
  return false;
}

const ERROR_CLASSES = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'AggregateError']);

/** `Error` (not shadowed) or a class of this file that extends an error class. */
function isErrorClass(callee: Node, scope: Scope): boolean {
  if (callee.type !== 'Identifier') return false;
  const binding = scope.lookup(callee.name);
  if (!binding) return ERROR_CLASSES.has(callee.name);
  return binding.kind === 'class' && extendsError(binding.cls);
}

/** `class CsvError extends Error`, also through classes of the same file that extend one. */
export function extendsError(cls: ClassInfo): boolean {
  let current: ClassInfo | null = cls;
  for (let depth = 0; current && depth < 4; depth++) {
    const parent = current.superClass;
    if (!parent || parent.type !== 'Identifier') return false;
    const binding = current.scope.lookup(parent.name);
    if (!binding) return ERROR_CLASSES.has(parent.name);
    current = binding.kind === 'class' ? binding.cls : binding.kind === 'value' ? classOfNode.get(unwrapExpression(binding.init as TSESTree.Expression)) ?? null : null;
  }
  return false;
}

function shortText(node: Node | undefined, text: string): string {
  if (!node) return 'items';
  const raw = text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
  return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
}

function describeLoop(node: Node, fn: FunctionInfo): string {
  const text = fn.file.text;
  switch (node.type) {
    case 'ForOfStatement':
      return `${node.await ? 'for await...of' : 'for...of'} over ${shortText(node.right, text)}`;
    case 'ForInStatement':
      return `for...in over ${shortText(node.right, text)}`;
    case 'ForStatement':
      return node.test ? `for loop while ${shortText(node.test, text)}` : 'unbounded for loop';
    case 'WhileStatement':
      return `while (${shortText(node.test, text)}) loop`;
    case 'DoWhileStatement':
      return `do...while (${shortText(node.test, text)}) loop`;
    default:
      return 'loop';
  }
}

/** The parameter of `fn` a counting loop compares against: `i < count`, `while (off < len)`. */
function parameterBound(loop: Node, fn: FunctionInfo): string | undefined {
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return iteratedParameter(loop.right, fn);
  const test = loop.type === 'ForStatement' || loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' ? loop.test : null;
  // `while (count--)`: as many steps as the parameter counts.
  if (test?.type === 'UpdateExpression') return ownParameterName(unwrapExpression(test.argument), fn);
  // `while ((m = RE.exec(text)) !== null)`: as many steps as the parameter's text has matches.
  const matched = execLoopSubject(loop);
  if (matched) return ownParameterName(unwrapExpression(matched as TSESTree.Expression), fn);
  if (!test || test.type !== 'BinaryExpression' || !BOUNDING_COMPARISONS.has(test.operator)) return undefined;
  for (const side of [test.right, test.left]) {
    let operand = unwrapExpression(side as TSESTree.Expression);
    // `while (--count >= 0)`
    if (operand.type === 'UpdateExpression') operand = unwrapExpression(operand.argument);
    // `var length = array.length; while (++index < length)`: the length the variable was given.
    if (operand.type === 'Identifier' && !ownParameterName(operand, fn)) {
      const declared = unchangedInit(operand.name, fn.scope);
      if (declared && declared.scope === fn.scope && isLengthRead(declared.node)) operand = declared.node;
    }
    // `i < header.length`: as many steps as the parameter has elements.
    if (isLengthRead(operand)) operand = unwrapExpression(operand.object);
    const name = ownParameterName(operand, fn) ?? parameterEntryHeldIn(operand, fn) ?? countPastStart(loop, operand, fn);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * `for (i = offset; i < offset + length; i++)`, or up to `max = Math.min(offset + length, view.byteLength)`: as many
 * steps as the parameter added to where the loop starts.
 */
function countPastStart(loop: Node, bound: Node, fn: FunctionInfo): string | undefined {
  if (loop.type !== 'ForStatement') return undefined;
  const counter = counterName(loop);
  const start = counter === null ? undefined : counterStartExpression(loop, counter);
  if (start?.type !== 'Identifier') return undefined;
  let node = bound;
  if (node.type === 'Identifier') {
    const declared = unchangedInit(node.name, fn.scope);
    if (!declared || declared.scope !== fn.scope) return undefined;
    node = declared.node;
  }
  const candidates = node.type === 'CallExpression' && memberPath(unwrapExpression(node.callee))?.join('.') === 'Math.min' ? node.arguments : [node];
  for (const candidate of candidates) {
    const sum = unwrapExpression(candidate as TSESTree.Expression);
    if (sum.type !== 'BinaryExpression' || sum.operator !== '+') continue;
    const [left, right] = [unwrapExpression(sum.left as TSESTree.Expression), unwrapExpression(sum.right)];
    const isStart = (side: Node) => side.type === 'Identifier' && side.name === start.name;
    const counted = isStart(left) ? right : isStart(right) ? left : undefined;
    const name = counted && ownParameterName(counted, fn);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * `subnets = rangeList[name]` in `function match(address, rangeList)`: a variable of the function that only ever holds
 * entries of one parameter (or a list of them, `subnets = [subnets]`) is as large as that parameter's data.
 */
function parameterEntryHeldIn(node: Node, fn: FunctionInfo): string | undefined {
  if (node.type !== 'Identifier') return undefined;
  const binding = fn.scope.lookup(node.name);
  if (!binding || (binding.kind !== 'value' && binding.kind !== 'opaque') || fn.scope.holderOf(node.name)?.owner !== fn) return undefined;
  if (binding.kind === 'value' && binding.path.length > 0) return undefined;
  let parameter: string | undefined;
  const holdsEntry = (value: Node): boolean => {
    const target = unwrapExpression(value as TSESTree.Expression);
    if (target.type === 'MemberExpression') {
      const name = ownParameterName(unwrapExpression(target.object), fn);
      if (name === undefined || (parameter !== undefined && parameter !== name)) return false;
      parameter = name;
      return true;
    }
    return target.type === 'ArrayExpression' && target.elements.length === 1 && target.elements[0]?.type === 'Identifier' && target.elements[0].name === node.name;
  };
  if (binding.kind === 'value' && !holdsEntry(binding.init)) return undefined;
  return (binding.kind === 'value' || binding.assigned.length > 0) && binding.assigned.every((assigned) => holdsEntry(assigned.value)) ? parameter : undefined;
}

/** `for (const x of header)`, `header.entries()`, `header.forEach(...)`: a pass over the elements of a parameter. */
function iteratedParameter(iterated: Node, fn: FunctionInfo): string | undefined {
  let target = unwrapExpression(iterated as TSESTree.Expression);
  if (target.type === 'CallExpression' && target.arguments.length === 0) {
    const callee = unwrapExpression(target.callee);
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && ELEMENT_ITERATORS.has(callee.property.name)) target = unwrapExpression(callee.object);
  } else if (target.type === 'CallExpression' && target.arguments.length === 1) {
    // `Object.keys(table)`: as many entries as the parameter has.
    if (isObjectEntriesCall(target)) target = unwrapExpression(target.arguments[0] as TSESTree.Expression);
  }
  return ownParameterName(target, fn) ?? allocatedFromParameter(target, fn, 0);
}

/** Makers of a buffer or typed array of a given length: `new Uint8Array(length)`, `Buffer.alloc(size)`. */
const ALLOCATING_CONSTRUCTORS: ReadonlySet<string> = new Set(['Array', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array']);
const ALLOCATING_METHODS: ReadonlySet<string> = new Set(['alloc', 'allocUnsafe', 'randomBytes']);
/** Fill the array they are handed and return it: `crypto.getRandomValues(new Uint8Array(length))`. */
const FILLING_METHODS: ReadonlySet<string> = new Set(['getRandomValues', 'randomFillSync']);

/**
 * `const bytes = crypto.getRandomValues(new Uint8Array(length))` in `function generate(length)`: as many entries as
 * the parameter asks for.
 */
function allocatedFromParameter(node: Node, fn: FunctionInfo, depth: number): string | undefined {
  if (depth > 3) return undefined;
  if (node.type === 'Identifier') {
    const declared = unchangedInit(node.name, fn.scope);
    return declared && declared.scope === fn.scope ? allocatedFromParameter(declared.node, fn, depth + 1) : undefined;
  }
  if ((node.type !== 'CallExpression' && node.type !== 'NewExpression') || node.arguments.length === 0 || node.arguments[0].type === 'SpreadElement') return undefined;
  const name = calleeName(node) ?? '';
  const first = unwrapExpression(node.arguments[0]);
  if (node.type === 'CallExpression' && FILLING_METHODS.has(name)) return allocatedFromParameter(first, fn, depth + 1);
  const allocates = node.type === 'NewExpression' ? ALLOCATING_CONSTRUCTORS.has(name) : ALLOCATING_METHODS.has(name);
  return allocates && node.arguments.length === 1 ? ownParameterName(first, fn) : undefined;
}

function ownParameterName(node: Node, fn: FunctionInfo): string | undefined {
  if (node.type !== 'Identifier') return undefined;
  const binding = fn.scope.lookup(node.name);
  return binding?.kind === 'param' && binding.fn === fn ? node.name : undefined;
}

/**
 * `o = o[key]`, `o = o[key] || {}`: the variable is replaced by one of its own members chosen by a computed key. By a
 * literal index only while the loop tests that variable (`while (Array.isArray(x)) x = x[0]`): elsewhere
 * (`parts = parts[0]` in a loop over lines) it unwraps a value once and walks down nothing.
 */
function descendsIntoItself(node: TSESTree.AssignmentExpression, loop: Node): boolean {
  if (node.left.type !== 'Identifier') return false;
  const name = node.left.name;
  let value = unwrapExpression(node.right);
  if (value.type === 'LogicalExpression') value = unwrapExpression(value.left);
  if (value.type !== 'MemberExpression' || !value.computed || value.object.type !== 'Identifier' || value.object.name !== name) return false;
  return value.property.type !== 'Literal' || loopTestReads(loop, name);
}

/** The loop's condition reads the variable: `while (Array.isArray(x))`, `for (; node; ...)`. */
function loopTestReads(loop: Node, name: string): boolean {
  const test = loop.type === 'WhileStatement' || loop.type === 'DoWhileStatement' || loop.type === 'ForStatement' ? loop.test : null;
  return !!test && identifiersIn(test).has(name);
}

function isBusyWait(node: TSESTree.WhileStatement | TSESTree.DoWhileStatement, text: string): boolean {
  const testText = text.slice(node.test.range[0], node.test.range[1]);
  if (!CLOCK_READS.test(testText)) return false;
  const body = node.body;
  if (body.type === 'EmptyStatement') return true;
  if (body.type !== 'BlockStatement') return false;
  const bodyText = text.slice(body.range[0], body.range[1]);
  if (/\bawait\b|\byield\b|\bbreak\b|\breturn\b/.test(bodyText) || body.body.length > 2) return false;
  // A loop that does work until a deadline (`queue.shift()()`) is a time budget, not a wait: only clock reads may be called.
  return !/[\w$\])]\s*\(/.test(bodyText.replace(/\b(Date\.now|performance\.now|process\.hrtime(\.bigint)?)\s*\(|new\s+Date\s*\(/g, ''));
}

/** What Node's module wrapper hands every CommonJS file: `exports = module.exports` rebinds one, declares nothing. */
const COMMONJS_WRAPPER_NAMES: ReadonlySet<string> = new Set(['exports', 'module', 'require', '__filename', '__dirname']);

/** `x = 1;` as a statement of the program itself, or a part of `a = 1, b = 2;` there. */
function isTopLevelStatement(node: TSESTree.AssignmentExpression): boolean {
  let parent = (node as { parent?: Node }).parent;
  if (parent?.type === 'SequenceExpression') parent = (parent as { parent?: Node }).parent;
  return parent?.type === 'ExpressionStatement' && (parent as { parent?: Node }).parent?.type === 'Program';
}
