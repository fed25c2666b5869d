import type { TSESTree } from '@typescript-eslint/types';
import type { LineIndex } from './lines';

export type Node = TSESTree.Node;
export type Expression = TSESTree.Expression;
export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression
  | TSESTree.TSDeclareFunction
  | TSESTree.TSEmptyBodyFunctionExpression;

/** How a name was bound. Resolution of the bound value happens after the walk, so hoisting and order do not matter. */
export type Binding =
  /** `keyedWrites`: the code stores into it by computed keys (`cache[key] = entry`), as into a dictionary. */
  | { kind: 'value'; init: Node; scope: Scope; path: string[]; assigned: AssignedValue[]; keyedWrites: boolean }
  | { kind: 'import'; source: string; path: string[]; assigned: AssignedValue[] }
  | { kind: 'function'; fn: FunctionInfo; assigned: AssignedValue[] }
  | { kind: 'class'; cls: ClassInfo; assigned: AssignedValue[] }
  /** `defaultValue`: what the parameter is when a call leaves it out (`run = defaultRun`); `rest`: `...args`; `text`: declared a string. */
  | { kind: 'param'; fn: FunctionInfo; name: string; typeName?: string; defaultValue?: Node; rest?: boolean; text?: true; assigned: AssignedValue[] }
  /** `objectKey`: the variable of a `for...in`, a key of the object walked (a short string). */
  | { kind: 'opaque'; assigned: AssignedValue[]; objectKey?: boolean };

export interface AssignedValue {
  value: Node;
  scope: Scope;
}

export class Scope {
  readonly bindings = new Map<string, Binding>();
  /** Values assigned to members of bindings of this scope: `mkdirp.sync = mkdirpSync`; made on the first (most scopes have none). */
  memberAssignments: Map<Binding, Map<string, AssignedValue[]>> | null = null;
  constructor(readonly parent: Scope | null, readonly owner: FunctionInfo | null) {}

  lookup(name: string): Binding | undefined {
    for (let scope: Scope | null = this; scope; scope = scope.parent) {
      const binding = scope.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /** The scope, this one or an enclosing one, that binds `name`. */
  holderOf(name: string): Scope | null {
    for (let scope: Scope | null = this; scope; scope = scope.parent) if (scope.bindings.has(name)) return scope;
    return null;
  }
}

export interface ClassInfo {
  name: string;
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression;
  scope: Scope;
  /** Methods by name; accessors also under `accessorKey` (a getter and a setter may share a name). */
  methods: Map<string, FunctionInfo>;
  staticMethods: Map<string, FunctionInfo>;
  /** Names of the instance getters and setters: reading `this.size` runs `get size()`. */
  getters: Set<string>;
  setters: Set<string>;
  /** Fields typed or initialised with something resolvable: `private writer: FileWriter`, `this.writer = new FileWriter()`. */
  fields: Map<string, AssignedValue[]>;
  fieldTypes: Map<string, string>;
  superClass: Node | null;
}

export interface ObjectInfo {
  node: TSESTree.ObjectExpression;
  scope: Scope;
  methods: Map<string, FunctionInfo>;
}

export interface LoopInfo {
  node: Node;
  fn: FunctionInfo;
  parent: LoopInfo | null;
  /** Human description, e.g. "for...of over items". */
  description: string;
  /** 1 for data-sized, 0.5 for object keys, 0 for a small constant bound. */
  size: number;
  depth: number;
  hasAwait: boolean;
  isForAwait: boolean;
  bytewise: boolean;
  buildsString: boolean;
  busyWait: boolean;
  line: number;
  column: number;
  /** An array iteration call (`items.map(cb)`) rather than a statement. */
  arrayMethod?: string;
  /** `for (let i = 0; i < count; i++)` with `count` a parameter of the loop's function: its name. */
  boundParam?: string;
  /** Call sites inside the loop, including those in iteration callbacks it runs. */
  sites: CallSite[];
  /** Position in the file summary's loop list, set by `summarize` (-1 before). */
  index: number;
}

export interface CallSite {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  fn: FunctionInfo;
  loop: LoopInfo | null;
  awaited: boolean;
  /**
   * Not the work the function does: part of a `throw` statement's value (`throw new ParseError(describe(input))`),
   * which runs only on the failure path, or debug output (`if (this.debug.enabled) log(JSON.stringify(data))`).
   */
  incidental: boolean;
  /** Inside a loop, the call is followed by a `return` or `throw` of its block: it runs once, as the loop ends. */
  leavesLoops: boolean;
  isNew: boolean;
  line: number;
  column: number;
  /** Source text of the callee, shortened, for messages. */
  calleeText: string;
  /** Position in the file summary's call-site list, set by `summarize` (-1 before). */
  index: number;
}

export type FunctionRole = 'module' | 'declared' | 'callback' | 'iife' | 'array-callback' | 'detached';

/**
 * Where a function waits for a promise: an `await`, or a `yield` of a generator a compiler's async-function helper
 * drives (`__awaiter(this, void 0, void 0, function* () { yield client.send(params); })`).
 */
export type AwaitPoint = TSESTree.AwaitExpression | (TSESTree.YieldExpression & { argument: TSESTree.Expression });

export interface FunctionInfo {
  id: number;
  node: FunctionNode | TSESTree.Program;
  name: string;
  parent: FunctionInfo | null;
  scope: Scope;
  isAsync: boolean;
  isGenerator: boolean;
  role: FunctionRole;
  /** Call expression this function is an argument of (callbacks), for context such as `.on('data', cb)`. */
  callbackOf: CallSite | null;
  /** The loop the function runs in when it is an iteration callback (`items.map(cb)`). */
  enclosingLoop: LoopInfo | null;
  classInfo: ClassInfo | null;
  objectInfo: ObjectInfo | null;
  /** The class a function declared outside it is a field of (`class Eta { parse = parse }`); undefined when several. */
  hostClass: ClassInfo | null | undefined;
  /** The object literal a function declared outside it is a member of (`{ loadFile: _loadFile }`); undefined when several. */
  holderObject: ObjectInfo | null | undefined;
  children: FunctionInfo[];
  calls: CallSite[];
  loops: LoopInfo[];
  awaits: AwaitPoint[];
  /** Parameters (by name), to recognise injected objects and loop-carried data. */
  params: string[];
  /** Names the function calls string-only methods on or tests with a pattern (`s.trim()`), worked out when first asked. */
  textNames: Set<string> | null;
  returnsValue: boolean;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  file: FileModel;
}

export interface ExportEntry {
  value: Node | FunctionInfo | ClassInfo;
  scope: Scope;
}

export interface FileModel {
  path: string;
  text: string;
  program: TSESTree.Program;
  moduleFn: FunctionInfo;
  functions: FunctionInfo[];
  classes: ClassInfo[];
  /** ESM named exports and `exports.x = ...` */
  namedExports: Map<string, ExportEntry>;
  /** `module.exports = X` or `export default X` */
  defaultExport: ExportEntry | null;
  /** `module.exports = ...` was seen: the file is CommonJS and its module object is defaultExport. */
  commonJsModuleObject: boolean;
  starExports: string[];
  /** Values whose members are exports too: `Object.assign(module.exports, require('graceful-fs'))`. */
  exportFallbacks: AssignedValue[];
  /** Module specifiers that the file imports or requires, relative ones included. */
  importedSpecifiers: Set<string>;
  /** Names the file assigns without declaring them (`fs = {...}` inside a function): globals of its own making. */
  assignedGlobals: Set<string>;
  /** Unique function name -> functions defined as methods or properties with that name (for unresolved `x.name()` calls). */
  methodsByName: Map<string, FunctionInfo[]>;
  /** Offsets to line and column: nodes carry ranges only. */
  lines: LineIndex;
  /** The call site of each call or `new` expression. */
  siteOfNode: Map<Node, CallSite>;
  /** Up to this many iterations a loop with a constant bound is cheap; likewise a constant argument that bounds one. */
  constantLoopLimit: number;
  /**
   * The file's `new Name(...)` sites by Name, indexed by the resolver on first use. Kept on the model, not in a
   * WeakMap keyed by it: a WeakMap entry whose key is old keeps its value alive through minor collections, and the
   * sites point into the parse tree, which was then promoted for every file (130 MB more on the corpus).
   */
  constructionsByName?: Map<string, CallSite[]>;
}

/**
 * Records attached to AST nodes. They live on the nodes rather than in module-level WeakMaps: a WeakMap's table
 * sits in the old generation and points at every file's young nodes, which kept each parse tree alive through
 * the next minor collections and promoted it (the scan's parsing spent about twice the floor's time in GC).
 */
class NodeRecords<V> {
  private readonly key: symbol;

  constructor(description: string) {
    this.key = Symbol(description);
  }

  get(node: Node): V | undefined {
    return (node as unknown as Record<symbol, V | undefined>)[this.key];
  }

  has(node: Node): boolean {
    return this.get(node) !== undefined;
  }

  set(node: Node, value: V): void {
    (node as unknown as Record<symbol, V>)[this.key] = value;
  }
}

/** A bundle's modules by id: the array index of webpack's array of modules (`byIndex`), or the key of a keyed table. */
export interface BundleTable {
  byIndex: boolean;
  modules: ReadonlyMap<string, Node>;
}

/** Bundle tables by their array or object node, indexed by the resolver on first use; null for one that is not a table. */
export const bundleTableOfNode = new NodeRecords<BundleTable | null>('bundle table');

/** Function and class records by their AST node, filled by the collector. */
export const functionOfNode = new NodeRecords<FunctionInfo>('function record');
export const classOfNode = new NodeRecords<ClassInfo>('class record');
/** The loop record of an iteration call such as `items.map(cb)`. */
export const iterationLoopOfCall = new NodeRecords<LoopInfo>('iteration loop record');

/** The method key of an accessor: `this.all = x` runs `set all(value)`, a read runs `get all()`. */
export function accessorKey(kind: 'get' | 'set', name: string): string {
  return `<${kind}>${name}`;
}
