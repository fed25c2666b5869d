import type { ApiEffect, ApiInfo } from './knowledge/types';
import { lookupApi, lookupFsMethodByName, lookupGlobal, lookupInstanceApi } from './knowledge';
import { apiTarget, decidingArgument, instanceApiName, takenForFsMethod, withoutCost } from './resolve';
import { callsBackLater, isRegisteredHandler } from './context';
import type { FileSummary, FnSummary, LoopSummary, SiteSummary, SiteTarget, SValue } from './summary';
import { BASE_CONSTRUCTOR_MEMBER } from './summary';
import type { Classification, EvidenceKind } from './types';

/** Beyond this, more evidence of computation adds nothing. */
const MAX_CPU_WEIGHT = 4;
export const MIXED_CPU_WEIGHT = 2;
const CPU_WEIGHT = 1;
/** Computation over what an await produced may be over the I/O's payload rather than a small header. */
const AWAITED_PAYLOAD_WEIGHT = 0.5;
/** Computation over a file's text or a response body is a pass over input-sized data on top of the I/O. */
const CONTENT_PAYLOAD_WEIGHT = 1;
/** How deep a call made with boolean literals is followed with those values known. */
const SPECIALISATION_DEPTH = 5;
const MAX_DEREF_DEPTH = 24;

/** One function of one file in the whole program. */
export class FnNode {
  edges: Edge[] = [];
  callers: Edge[] = [];
  state: FunctionState = emptyState();
  constructor(
    /** Updated in place when a new version of the file has the same functions, so other files' edges stay valid. */
    public file: FileSummary,
    readonly index: number,
    public summary: FnSummary,
  ) {}
}

export interface Edge {
  from: FnNode;
  to: FnNode;
  site: number;
  loop: number;
  guessed: boolean;
  line: number;
  column: number;
  label: string;
  /** Hands over a function the callee runs later (`promise.then(step)`): not a call on this function's stack. */
  later: boolean;
  /** Hands a function to one that only wraps it in the function it returns (`restArguments(fn)` of another file). */
  kept: boolean;
}

/** One piece of evidence inside one function. */
export interface Step {
  fn: FnNode;
  line: number;
  column: number;
  kind: EvidenceKind;
  message: string;
  callee?: FnNode;
  site?: number;
  guessed?: boolean;
}

export interface FunctionState {
  blocking: Step | null;
  /** Every blocking call it reaches runs later, in a callback of async I/O, a timer or an event: not on its stack. */
  blockingLater: boolean;
  /** Every blocking call it reaches loads or resolves a module (see `loadsModule`). */
  blockingLoadsModule: boolean;
  io: Step | null;
  ioWeak: boolean;
  cpu: number;
  cpuStep: Step | null;
  unknownCalls: number;
  classification: Classification;
  confidence: number;
}

/** A call target after cross-file linking. */
export type LinkedTarget =
  | { kind: 'api'; info: ApiInfo; name: string; guessed: boolean; weak?: boolean }
  | { kind: 'function'; fn: FnNode; guessed: boolean }
  | { kind: 'unknown' };

interface IoFacts {
  blocking: Step | null;
  blockingLater: boolean;
  blockingLoadsModule: boolean;
  io: Step | null;
  ioWeak: boolean;
}

type BooleanEnv = Map<string, boolean>;

export interface FileLocator {
  /** The summary of a relative import from `fromPath`, loading it when needed, or undefined. */
  locate(fromPath: string, specifier: string): FileSummary | undefined;
}

interface FileEntry {
  summary: FileSummary;
  nodes: FnNode[];
  /** Site targets after linking, by site index. */
  targets: LinkedTarget[];
  linked: boolean;
  solved: boolean;
  /** Loops over another file's member that file writes out as constant data, by loop index (see `iteratesImport`). */
  smallDataLoops?: Set<number>;
  /** The facts of this file's functions before its latest change: when they come out the same, callers need no new solve. */
  previousFacts?: string;
}

/**
 * The whole program: file summaries linked into one call graph, solved to a fixpoint. Files can be replaced one
 * at a time; only the files that import a replaced file (transitively) are linked and solved again.
 */
export class Program {
  private readonly entries = new Map<string, FileEntry>();
  /** Resolved imports: importer path -> imported paths, and the reverse. */
  private readonly importsOf = new Map<string, Set<string>>();
  private readonly importersOf = new Map<string, Set<string>>();

  constructor(private readonly locator: FileLocator) {}

  nodesOf(path: string): readonly FnNode[] {
    return this.entries.get(path)?.nodes ?? [];
  }

  /** The loop runs over constant data another file writes out: a few entries. */
  iteratesSmallData(file: FileSummary, loopIndex: number): boolean {
    return this.entries.get(file.path)?.smallDataLoops?.has(loopIndex) ?? false;
  }

  /**
   * Adds or replaces a file. A new version with the same functions and the same exported shape (the usual edit)
   * keeps its function nodes, so importers stay linked; only the file is solved again, and its callers only if the
   * facts of its functions changed. Any other change, or a file in an import cycle, re-links and re-solves every
   * file that depends on it.
   */
  setFile(summary: FileSummary): void {
    const previous = this.entries.get(summary.path);
    if (previous && previous.summary === summary) return;
    if (previous && previous.solved && sameShape(previous.summary, summary) && !this.inImportCycle(summary.path)) {
      previous.previousFacts = factsOf(previous.nodes);
      previous.summary = summary;
      previous.nodes.forEach((node, i) => {
        node.file = summary;
        node.summary = summary.functions[i];
      });
      this.unlink(previous);
      previous.linked = false;
      previous.solved = false;
      return;
    }
    if (previous) {
      this.unlink(previous);
      this.invalidateDependents(summary.path);
    }
    this.entries.set(summary.path, {
      summary,
      nodes: summary.functions.map((fn, i) => new FnNode(summary, i, fn)),
      targets: [],
      linked: false,
      solved: false,
    });
  }

  /** Whether `path` imports, through any chain, a file that imports it. */
  private inImportCycle(path: string): boolean {
    const dependents = new Set(this.dependentsOf(path));
    const seen = new Set([path]);
    const queue = [path];
    while (queue.length > 0) {
      for (const imported of this.importsOf.get(queue.shift()!) ?? []) {
        if (imported === path || dependents.has(imported)) return true;
        if (!seen.has(imported)) {
          seen.add(imported);
          queue.push(imported);
        }
      }
    }
    return false;
  }

  /** Drops a file's outgoing edges from its callees' caller lists. */
  private unlink(entry: FileEntry): void {
    for (const node of entry.nodes) {
      for (const edge of node.edges) {
        const callers = edge.to.callers;
        const at = callers.indexOf(edge);
        if (at >= 0) callers.splice(at, 1);
      }
      node.edges = [];
    }
  }

  removeFile(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.unlink(entry);
    this.invalidateDependents(path);
    this.entries.delete(path);
    for (const imported of this.importsOf.get(path) ?? []) this.importersOf.get(imported)?.delete(path);
    this.importsOf.delete(path);
  }

  /** Files that import `path`, directly or through others. */
  dependentsOf(path: string): string[] {
    const result: string[] = [];
    const seen = new Set([path]);
    const queue = [path];
    while (queue.length > 0) {
      for (const importer of this.importersOf.get(queue.shift()!) ?? []) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        result.push(importer);
        queue.push(importer);
      }
    }
    return result;
  }

  private invalidateDependents(path: string): void {
    for (const dependent of this.dependentsOf(path)) {
      const entry = this.entries.get(dependent);
      if (!entry) continue;
      this.unlink(entry);
      entry.linked = false;
      entry.solved = false;
      entry.previousFacts = undefined;
      entry.nodes = entry.summary.functions.map((fn, i) => new FnNode(entry.summary, i, fn));
    }
  }

  target(file: FileSummary, site: number): LinkedTarget {
    return this.entries.get(file.path)?.targets[site] ?? { kind: 'unknown' };
  }

  /** Links and solves every loaded file that is not solved yet, then whatever a changed file's new facts affect. */
  solve(): void {
    for (;;) {
      const pending = this.linkPending();
      if (pending.length === 0) return;
      const nodes = pending.flatMap((entry) => entry.nodes);
      for (const node of nodes) node.state = emptyState();
      new FixpointSolver(this, nodes).run();
      for (const entry of pending) entry.solved = true;
      this.followChanges(pending);
    }
  }

  /** Links until nothing new appears (linking can load files, e.g. along a re-export chain); returns the unsolved files. */
  private linkPending(): FileEntry[] {
    for (;;) {
      const pending = [...this.entries.values()].filter((entry) => !entry.solved);
      const unlinked = pending.filter((entry) => !entry.linked);
      if (unlinked.length === 0) {
        // Path order, not load order: results must not depend on which file was read first.
        return pending.sort((a, b) => (a.summary.path < b.summary.path ? -1 : a.summary.path > b.summary.path ? 1 : 0));
      }
      for (const entry of unlinked) this.link(entry);
    }
  }

  /**
   * After re-solving changed files: callers in other files are solved again when the facts they build on changed;
   * otherwise only their evidence is refreshed (it names the callee's lines).
   */
  private followChanges(solved: FileEntry[]): void {
    const changedCallers = new Set<FileEntry>();
    const refresh = new Set<FnNode>();
    for (const entry of solved) {
      if (entry.previousFacts === undefined) continue;
      const changed = entry.previousFacts !== factsOf(entry.nodes);
      entry.previousFacts = undefined;
      for (const node of entry.nodes) {
        for (const edge of node.callers) {
          const caller = this.entries.get(edge.from.file.path);
          if (!caller || caller === entry || !caller.solved) continue;
          if (changed) changedCallers.add(caller);
          else refresh.add(edge.from);
        }
      }
    }
    for (const caller of changedCallers) {
      caller.previousFacts = factsOf(caller.nodes);
      caller.solved = false;
    }
    const unchanged = [...refresh].filter((node) => !changedCallers.has(this.entries.get(node.file.path)!));
    if (unchanged.length > 0) new FixpointSolver(this, unchanged).refreshEvidence();
  }

  private link(entry: FileEntry): void {
    const summary = entry.summary;
    const imported = new Set<string>();
    // Helpers a site hands an API to (`thunk(fs.access, arguments)`): the site is the API's call, the helper still runs.
    const helpersOfApiSites = new Map<number, FnNode>();
    // Functions of the program a site hands over to run inline (`items.forEach(visit)`), for the edges below.
    const inlineCallbackFunctions = new Map<number, FnNode>();
    // Functions of the program a task runner calls (`async.series([readConfig, build], done)`), for the edges below.
    const taskFunctions = new Map<number, FnNode[]>();
    entry.targets = summary.sites.map((site, siteIndex) => {
      let target = this.linkTarget(summary, site.target, imported);
      const callback = site.inlineCallback ? this.linkTarget(summary, site.inlineCallback, imported) : undefined;
      if (callback?.kind === 'function') inlineCallbackFunctions.set(siteIndex, callback.fn);
      // A runner's tasks: functions of the program run within the call; an API task (`async.apply(fs.readdir, dir)`)
      // makes the call that API's.
      const tasks = site.runTasks;
      if (tasks) {
        const functions: FnNode[] = [];
        for (let t = 0; t < tasks.length; t++) {
          const task = this.linkTarget(summary, tasks[t], imported);
          if (task.kind === 'function') functions.push(task.fn);
          else if (task.kind === 'api' && task.info.effect !== 'none' && target.kind === 'api' && target.info.effect === 'none') target = task;
        }
        if (functions.length > 0) taskFunctions.set(siteIndex, functions);
      }
      // `paths.forEach(fs.unlinkSync)`, `texts.map(JSON.parse)`: the call runs the API it is handed, once per element.
      // `thunk(fs.access, arguments)`, a helper of the program calling that parameter: the API runs within the call.
      if (callback && (target.kind === 'unknown' || target.kind === 'function' || (target.kind === 'api' && target.info.effect === 'none'))) {
        if (callback.kind === 'api' && callback.info.effect !== 'none') {
          if (target.kind === 'function') helpersOfApiSites.set(siteIndex, target.fn);
          target = callback;
        }
      }
      // `req('./x')` with `req` another file's `createRequire(...)`: a module id written in the code loads nothing new;
      // `OptionsSchema.parse(options)` with the schema made in another file: validating settings is small work.
      if (target.kind !== 'api') return target;
      const deciding = decidingArgument(target.info);
      const positions = deciding?.test === 'fixed' ? site.fixedArgs : site.smallSizeArgs;
      return deciding && positions?.includes(deciding.at) ? withoutCost(target) : target;
    });
    this.unlink(entry);
    for (const path of this.importsOf.get(summary.path) ?? []) if (!imported.has(path)) this.importersOf.get(path)?.delete(summary.path);
    // Indexed loops here and in the solver: this code runs cold in a one-shot scan, where each step of a for...of
    // allocates an iterator result until the function is optimized.
    for (const node of entry.nodes) {
      const sites = node.summary.sites;
      for (let i = 0; i < sites.length; i++) {
        const siteIndex = sites[i];
        const site = summary.sites[siteIndex];
        const target = entry.targets[siteIndex];
        // A generator's iterator handed back to the caller runs nothing here; whoever iterates it runs the body.
        if (target.kind === 'function' && !(target.fn.summary.isGenerator && site.returned)) addEdge(node, target.fn, siteIndex, repeatingLoop(site), target.guessed, site.span.line, site.span.column, target.fn.summary.name);
        const helper = helpersOfApiSites.get(siteIndex);
        if (helper) addEdge(node, helper, siteIndex, repeatingLoop(site), false, site.span.line, site.span.column, helper.summary.name);
        // `normalizeArgs(glob, opts, cb, watchProc)` with a helper of another file that calls its fourth parameter.
        const handed = site.handedFunctions;
        const called = handed && target.kind === 'function' ? target.fn.summary.calledParams : undefined;
        if (handed && called) {
          for (let h = 0; h < handed.length; h++) {
            const callback = called.includes(handed[h].at) ? entry.nodes[handed[h].fn] : undefined;
            if (callback) addEdge(node, callback, siteIndex, repeatingLoop(site), false, site.span.line, site.span.column, callback.summary.name);
          }
        }
        // `replace(text, { handler: includeHandler })` with a helper that calls `opts.handler(...)`.
        const members = site.handedMembers;
        const calledMembers = members && target.kind === 'function' ? target.fn.summary.calledParamMembers : undefined;
        if (members && calledMembers) {
          for (let h = 0; h < members.length; h++) {
            if (!calledMembers.includes(`${members[h].at}.${members[h].member}`)) continue;
            const callback = entry.nodes[members[h].fn];
            addEdge(node, callback, siteIndex, repeatingLoop(site), false, site.span.line, site.span.column, callback.summary.name);
          }
        }
        const inlineCallback = inlineCallbackFunctions.get(siteIndex);
        if (inlineCallback) addEdge(node, inlineCallback, siteIndex, repeatingLoop(site), false, site.span.line, site.span.column, inlineCallback.summary.name);
        const tasks = taskFunctions.get(siteIndex);
        if (tasks) for (let t = 0; t < tasks.length; t++) addEdge(node, tasks[t], siteIndex, repeatingLoop(site), false, site.span.line, site.span.column, tasks[t].summary.name);
        if (site.reactionCallback) {
          const callback = this.linkTarget(summary, site.reactionCallback, imported);
          if (callback.kind === 'function') addEdge(node, callback.fn, siteIndex, -1, false, site.span.line, site.span.column, callback.fn.summary.name, true);
        }
        const dispatch = site.dispatchTargets;
        if (dispatch) {
          for (let d = 0; d < dispatch.length; d++) {
            const picked = this.linkTarget(summary, dispatch[d], imported);
            if (picked.kind === 'function') addEdge(node, picked.fn, siteIndex, repeatingLoop(site), true, site.span.line, site.span.column, picked.fn.summary.name);
          }
        }
      }
      const children = node.summary.children;
      for (let i = 0; i < children.length; i++) {
        const child = entry.nodes[children[i]];
        const role = child.summary.role;
        if (role !== 'callback' && role !== 'iife' && role !== 'array-callback') continue;
        if (child.summary.handedToWorker || child.summary.processListener) continue;
        const loop = role === 'array-callback' ? child.summary.enclosingLoop : child.summary.callbackOf >= 0 ? repeatingLoop(summary.sites[child.summary.callbackOf]) : -1;
        const label = role === 'iife' ? 'an immediately invoked function' : `its ${role === 'array-callback' ? 'iteration ' : ''}callback`;
        const kept = role === 'callback' && child.summary.callbackOf >= 0 && wrapsCallback(entry.targets[child.summary.callbackOf], child.summary);
        addEdge(node, child, child.summary.callbackOf, loop, false, child.summary.line, child.summary.column, label, kept, kept);
      }
    }
    for (const node of entry.nodes) for (let i = 0; i < node.edges.length; i++) node.edges[i].to.callers.push(node.edges[i]);
    entry.smallDataLoops = undefined;
    for (let i = 0; i < summary.loops.length; i++) {
      const iterated = summary.loops[i].iteratesImport;
      if (iterated && this.deref(summary, iterated, imported, 0)?.value.k === 'data') (entry.smallDataLoops ??= new Set()).add(i);
    }
    this.importsOf.set(summary.path, imported);
    for (const path of imported) {
      let importers = this.importersOf.get(path);
      if (!importers) this.importersOf.set(path, (importers = new Set()));
      importers.add(summary.path);
    }
    entry.linked = true;
  }

  /** Resolves a site target across files. */
  linkTarget(file: FileSummary, target: SiteTarget, imported: Set<string>): LinkedTarget {
    switch (target.kind) {
      case 'api':
        return target;
      case 'function': {
        const node = this.entries.get(file.path)?.nodes[target.fn];
        return node ? { kind: 'function', fn: node, guessed: target.guessed } : { kind: 'unknown' };
      }
      case 'value': {
        const resolved = this.deref(file, target.value, imported, 0);
        const linked: LinkedTarget = resolved ? this.callTargetOf(resolved.file, resolved.value, target.isNew, target.hasCallback) : { kind: 'unknown' };
        // An object of a class (`new Watching()`) has its own methods: only other values are taken for fs.
        if (linked.kind !== 'unknown') return linked;
        if (target.fallback) return this.linkTarget(file, target.fallback, imported);
        return target.value.k === 'import' && target.value.newAt === undefined ? guessFsMethod(target.value.path, target.hasCallback, target.promised) : linked;
      }
      default:
        return { kind: 'unknown' };
    }
  }

  private callTargetOf(file: FileSummary, value: SValue, isNew: boolean, hasCallback: boolean): LinkedTarget {
    const nodes = this.entries.get(file.path)?.nodes;
    switch (value.k) {
      case 'fn':
        return nodes?.[value.fn] ? { kind: 'function', fn: nodes[value.fn], guessed: false } : { kind: 'unknown' };
      case 'class': {
        const ctor = own(file.classes[value.cls]?.methods, 'constructor');
        return isNew && ctor !== undefined && nodes?.[ctor] ? { kind: 'function', fn: nodes[ctor], guessed: false } : { kind: 'unknown' };
      }
      case 'module':
        return linked(apiTarget(lookupApi(value.spec, value.path), `${value.spec}${value.path.length ? '.' + value.path.join('.') : ''}`, hasCallback));
      case 'global':
        return linked(apiTarget(lookupGlobal(value.path), value.path.join('.'), hasCallback));
      case 'api-instance':
        return linked(apiTarget(lookupInstanceApi(value.type, value.path), instanceApiName(value.type, value.path), hasCallback));
      default:
        return { kind: 'unknown' };
    }
  }

  /** Follows `import` values into other files until a value of that file is reached. */
  private deref(file: FileSummary, value: SValue, imported: Set<string>, depth: number): Resolved | null {
    if (depth > MAX_DEREF_DEPTH) return null;
    if (value.k !== 'import') return { file, value };
    const target = this.locator.locate(file.path, value.spec);
    if (!target) return null;
    imported.add(target.path);
    if (!this.entries.has(target.path)) this.setFile(target);
    const path = value.path;
    let current: Resolved | null;
    let i: number;
    // `new (require('./b'))()` and `require('./b')()` act on the module object before any member is taken.
    if (path.length === 0 || value.newAt === 0 || value.callsAt?.[0] === 0) {
      current = this.moduleObject(target, imported, depth + 1);
      i = 0;
    } else if (path[0] === 'default') {
      // `import signals from './signals.js'` of a file that only sets `exports.x`: Node hands over `module.exports`.
      current = target.exports.commonJs ? this.moduleObject(target, imported, depth + 1) : this.defaultExport(target, imported, depth + 1) ?? this.moduleObject(target, imported, depth + 1);
      i = 1;
    } else {
      current = this.namedExport(target, path[0], imported, depth + 1);
      i = 1;
    }
    for (; current && i <= path.length; i++) {
      if (value.callsAt?.includes(i)) current = this.returned(current.file, current.value, imported, depth + 1);
      if (current && value.newAt === i) current = this.instantiate(current.file, current.value, imported, depth + 1);
      if (current && i < path.length) current = this.member(current.file, current.value, path[i], imported, depth + 1);
    }
    return current;
  }

  /** What `require()` of the file returns: `module.exports`, or the ES module namespace. */
  private moduleObject(file: FileSummary, imported: Set<string>, depth: number): Resolved | null {
    const exports = file.exports;
    if (exports.commonJs && exports.defaultExport) return this.deref(file, exports.defaultExport, imported, depth + 1);
    return { file, value: { k: 'namespace' } };
  }

  private defaultExport(file: FileSummary, imported: Set<string>, depth: number): Resolved | null {
    const value = file.exports.defaultExport ?? own(file.exports.named, 'default');
    return value ? this.deref(file, value, imported, depth + 1) : null;
  }

  private namedExport(file: FileSummary, name: string, imported: Set<string>, depth: number): Resolved | null {
    const exports = file.exports;
    const named = own(exports.named, name);
    if (named) return this.deref(file, named, imported, depth + 1);
    if (exports.commonJs && exports.defaultExport) {
      const root = this.deref(file, exports.defaultExport, imported, depth + 1);
      if (root) return this.member(root.file, root.value, name, imported, depth + 1);
    }
    for (const source of [...exports.star, ...(exports.fallbacks ?? [])]) {
      const value = typeof source === 'string' ? this.deref(file, { k: 'import', spec: source, path: [name] }, imported, depth + 1) : this.member(file, source, name, imported, depth + 1);
      if (value && value.value.k !== 'unknown') return value;
    }
    return null;
  }

  private member(file: FileSummary, value: SValue, name: string, imported: Set<string>, depth: number): Resolved | null {
    if (depth > MAX_DEREF_DEPTH) return null;
    const at = (v: SValue | undefined) => (v ? this.deref(file, v, imported, depth + 1) : null);
    switch (value.k) {
      case 'module':
      case 'global':
      case 'api-instance':
        return { file, value: { ...value, path: [...value.path, name] } };
      case 'namespace':
        return this.namedExport(file, name, imported, depth + 1);
      case 'import':
        return this.deref(file, { ...value, path: [...value.path, name] }, imported, depth + 1);
      case 'fn':
        // `lib.Decoder.prototype.finalize`: the object its instances inherit from.
        if (name === 'prototype' && value.proto !== undefined) return { file, value: { k: 'object', obj: value.proto } };
        if (value.members !== undefined) return at(own(file.objects[value.members]?.members, name));
        return null;
      case 'class': {
        if (name === 'prototype') return { file, value: { k: 'instance', cls: value.cls } };
        const fn = own(file.classes[value.cls]?.staticMethods, name);
        return fn !== undefined ? { file, value: { k: 'fn', fn } } : null;
      }
      case 'instance': {
        const cls = file.classes[value.cls];
        if (!cls) return null;
        const method = own(cls.methods, name);
        if (method !== undefined) return { file, value: { k: 'fn', fn: method } };
        const field = own(cls.fields, name);
        if (field) return at(field);
        return cls.superClass ? this.inheritedMember(file, cls.superClass, name, imported, depth + 1) : null;
      }
      case 'object': {
        const members = file.objects[value.obj]?.members;
        const found = own(members, name);
        if (found) return at(found);
        const base = own(members, BASE_CONSTRUCTOR_MEMBER);
        return base ? this.inheritedMember(file, base, name, imported, depth + 1) : null;
      }
      default:
        return null;
    }
  }

  /** A member of an instance of the class or constructor `base` (a superclass, or what `util.inherits` named). */
  private inheritedMember(file: FileSummary, base: SValue, name: string, imported: Set<string>, depth: number): Resolved | null {
    const instance = this.instantiate(file, base, imported, depth + 1);
    return instance ? this.member(instance.file, instance.value, name, imported, depth + 1) : null;
  }

  /** What calling a resolved function returns, as recorded in its summary. */
  private returned(file: FileSummary, value: SValue, imported: Set<string>, depth: number): Resolved | null {
    const resolved = this.deref(file, value, imported, depth + 1);
    if (!resolved || resolved.value.k !== 'fn') return null;
    const returns = resolved.file.functions[resolved.value.fn]?.returns;
    return returns ? this.deref(resolved.file, returns, imported, depth + 1) : null;
  }

  private instantiate(file: FileSummary, value: SValue, imported: Set<string>, depth: number): Resolved | null {
    const resolved = this.deref(file, value, imported, depth + 1);
    if (!resolved) return null;
    const v = resolved.value;
    if (v.k === 'class') return { file: resolved.file, value: { k: 'instance', cls: v.cls } };
    if (v.k === 'fn' && v.proto !== undefined) return { file: resolved.file, value: { k: 'object', obj: v.proto } };
    if (v.k === 'module' || v.k === 'global' || v.k === 'api-instance') {
      const info = v.k === 'module' ? lookupApi(v.spec, v.path) : v.k === 'global' ? lookupGlobal(v.path) : lookupInstanceApi(v.type, v.path);
      return info?.returns ? { file: resolved.file, value: { k: 'api-instance', type: info.returns, path: [] } } : null;
    }
    return null;
  }
}

type Resolved = { file: FileSummary; value: SValue };

/** The same functions in the same order, with the same shape as other files see it (exports, classes, objects). */
function sameShape(a: FileSummary, b: FileSummary): boolean {
  if (a.functions.length !== b.functions.length) return false;
  for (let i = 0; i < a.functions.length; i++) {
    const x = a.functions[i];
    const y = b.functions[i];
    if (x.name !== y.name || x.parent !== y.parent || x.role !== y.role || x.params.join() !== y.params.join()) return false;
    if (JSON.stringify(x.returns) !== JSON.stringify(y.returns)) return false;
  }
  return JSON.stringify([a.exports, a.classes, a.objects]) === JSON.stringify([b.exports, b.classes, b.objects]);
}

/** What callers build on: each function's classification, I/O flags and CPU weight. */
function factsOf(nodes: readonly FnNode[]): string {
  return nodes.map((node) => `${node.state.classification}:${node.state.cpu}:${node.state.blocking ? (node.state.blockingLater ? 2 : 1) : 0}${node.state.blockingLoadsModule ? 1 : 0}${node.state.io ? 1 : 0}${node.state.ioWeak ? 1 : 0}`).join(',');
}

/** A record's own entry: summaries are plain objects, and `constructor` or `toString` must not come from Object.prototype. */
function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

function linked(target: ReturnType<typeof apiTarget>): LinkedTarget {
  return target.kind === 'api' ? target : { kind: 'unknown' };
}

/**
 * `fsystem.existsSync(p)` on what another file's factory returns, when that cannot be followed (it picks one of two
 * file systems): an fs method name is taken for fs, as for an injected fs object (see the resolver).
 */
function guessFsMethod(path: readonly string[], hasCallback: boolean, promised: boolean): LinkedTarget {
  const member = path[path.length - 1];
  const api = member === undefined ? undefined : lookupFsMethodByName(member);
  if (!api || !takenForFsMethod(api, member, hasCallback, promised)) return { kind: 'unknown' };
  return { kind: 'api', info: api, name: `fs.${member}`, guessed: true };
}

/** How many calls deep a small argument is followed through helpers that pass it on. */
const FORWARDING_DEPTH = 3;

/** The loop that repeats a call: none for one that leaves its loops (`return build(x)` inside a search). */
function repeatingLoop(site: SiteSummary): number {
  return site.leavesLoops ? -1 : site.loop;
}

function addEdge(from: FnNode, to: FnNode, site: number, loop: number, guessed: boolean, line: number, column: number, label: string, later = false, kept = false): void {
  from.edges.push({ from, to, site, loop, guessed, line, column, label, later, kept });
}

/** The callback is handed to a function (of any file) that only wraps that parameter in the function it returns. */
function wrapsCallback(target: LinkedTarget | undefined, callback: FnSummary): boolean {
  const at = callback.callbackAt;
  return at !== undefined && at >= 0 && target?.kind === 'function' && target.fn.summary.wrapsParameters?.includes(at) === true;
}

/**
 * The edge registers middleware or a stream handler (`app.use(fn)`, `through(fn)`), which runs per request or chunk
 * later, or hands a function to one that only keeps it.
 */
function registersHandler(edge: Edge): boolean {
  const callee = edge.to.summary;
  return edge.kept || (edge.site >= 0 && edge.site === callee.callbackOf && (callee.kept || isRegisteredHandler(callee.context)));
}

/** The edge from a function to a callback it registers for later (a handler, a timer): that call is not on its stack. */
function passesLaterCallback(edge: Edge): boolean {
  if (edge.later) return true;
  const callee = edge.to.summary;
  return callee.runsLater && edge.site === callee.callbackOf && edge.site >= 0 && edge.to.file === edge.from.file;
}

/**
 * Takes a callee's blocking call when it is the first one found, or when it is on the stack and the one kept so far
 * only runs later. True when the facts changed.
 */
function addsBlocking(facts: IoFacts, callee: IoFacts, edge: Edge, edgeRunsLater: boolean): boolean {
  const later = callee.blockingLater || edgeRunsLater;
  // The evidence kept is the firmest: a blocking call on this stack, then one that only loads a module, then later ones.
  if (facts.blocking && blockingRank(later, callee.blockingLoadsModule) >= blockingRank(facts.blockingLater, facts.blockingLoadsModule)) return false;
  facts.blocking = edgeStep(edge);
  facts.blockingLater = later;
  facts.blockingLoadsModule = callee.blockingLoadsModule;
  return true;
}

/** A blocking API call of the function's own: kept if it is the first, or the first that does more than load a module. */
function keepApiBlocking(facts: Pick<IoFacts, 'blocking' | 'blockingLoadsModule'>, node: FnNode, site: SiteSummary, siteIndex: number, target: Extract<LinkedTarget, { kind: 'api' }>): void {
  const loadsModule = target.info.loadsModule === true;
  if (facts.blocking && !(facts.blockingLoadsModule && !loadsModule)) return;
  facts.blocking = apiStep(node, site, siteIndex, target);
  facts.blockingLoadsModule = loadsModule;
}

function blockingRank(later: boolean, loadsModule: boolean): number {
  return (later ? 2 : 0) + (loadsModule ? 1 : 0);
}

function emptyState(): FunctionState {
  return { blocking: null, blockingLater: false, blockingLoadsModule: false, io: null, ioWeak: false, cpu: 0, cpuStep: null, unknownCalls: 0, classification: 'none', confidence: 0.5 };
}

const enum CpuCandidate {
  None,
  Loop,
  Api,
  Recursion,
  TreeWalk,
  Call,
}

type LocalIo = Pick<FunctionState, 'blocking' | 'blockingLoadsModule' | 'io' | 'ioWeak' | 'unknownCalls'>;

function withLocalIo(state: FunctionState, local: LocalIo): FunctionState {
  state.blocking = local.blocking;
  state.blockingLater = false;
  state.blockingLoadsModule = local.blockingLoadsModule;
  state.io = local.io;
  state.ioWeak = local.ioWeak;
  state.unknownCalls = local.unknownCalls;
  return state;
}

interface LocalCpu {
  weight: number;
  kind: CpuCandidate;
  index: number;
}

/** Solves I/O facts, then CPU weights, for a set of functions whose callees outside the set are already solved. */
class FixpointSolver {
  private readonly inSet: Set<FnNode>;
  private readonly loops: LoopWeights;
  private recursive = new Map<FnNode, number>();
  private cycles = new Map<FnNode, number>();
  private readonly localIoFacts = new Map<FnNode, LocalIo>();
  /** Read only after `loops.freeze()`: loop weights depend on the I/O facts. */
  private readonly localCpu = new Map<FnNode, LocalCpu>();
  private readonly guardedParamsOf = new Map<FnNode, ReadonlySet<string>>();
  /** Calls whose callee computes under the values the call passes (see `computesNothingHere`). */
  private readonly computesSomething = new Set<Edge>();

  constructor(
    private readonly program: Program,
    private readonly nodes: FnNode[],
  ) {
    this.inSet = new Set(nodes);
    this.loops = new LoopWeights(program);
  }

  run(): void {
    for (const node of this.nodes) withLocalIo(node.state, this.localIoOf(node));
    this.propagate((node) => this.ioStep(node, node.state));
    this.loops.freeze();
    this.findRecursion();
    // The queue starts with every function, so no pass of its own is needed first.
    this.propagate((node) => this.cpuStep(node, node.state));
    this.chooseEvidence();
  }

  /** Re-picks the evidence of solved functions whose callees changed only in their evidence. */
  refreshEvidence(): void {
    this.loops.freeze();
    this.findRecursion();
    this.chooseEvidence();
  }

  /**
   * The fixpoint's facts do not depend on the order functions were visited in, but which of several equally good
   * steps was kept does. One more pass over the final facts picks the first in source order, so results are the
   * same however the files were loaded.
   */
  private chooseEvidence(): void {
    // Built from the callees' final states, so none is replaced before all are built.
    const fresh = this.nodes.map((node) => {
      const state = withLocalIo(emptyState(), this.localIoOf(node));
      this.ioStep(node, state, true);
      // Only chains that go round were left: take them rather than lose the fact.
      const solved = node.state;
      if ((solved.blocking && !state.blocking) || (solved.io && (!state.io || (state.ioWeak && !solved.ioWeak))) || state.blockingLater !== solved.blockingLater || state.blockingLoadsModule !== solved.blockingLoadsModule) this.ioStep(node, state);
      this.cpuStep(node, state);
      classify(state);
      return state;
    });
    this.nodes.forEach((node, i) => (node.state = fresh[i]));
  }

  private target(node: FnNode, site: number): LinkedTarget {
    return this.program.target(node.file, site);
  }

  /**
   * The edge hands over a callback that runs later: as the file's summary says, or because the call it is passed
   * to turned out, once files were linked, to be async I/O (`fsystem.exists(p, cb)` on another file's fs).
   */
  private runsLater(edge: Edge): boolean {
    if (passesLaterCallback(edge)) return true;
    if (edge.site < 0 || edge.site !== edge.to.summary.callbackOf || edge.to.summary.role !== 'callback') return false;
    const target = this.target(edge.from, edge.site);
    return target.kind === 'api' && callsBackLater(target.info.effect);
  }

  /** What a function's own calls and awaits say about I/O: fixed during a solve, so worked out once per function. */
  private localIoOf(node: FnNode): LocalIo {
    let local = this.localIoFacts.get(node);
    if (!local) {
      local = { blocking: null, blockingLoadsModule: false, io: null, ioWeak: false, unknownCalls: 0 };
      this.localIo(node, local);
      this.localIoFacts.set(node, local);
    }
    return local;
  }

  private localIo(node: FnNode, state: LocalIo): void {
    const sites = node.summary.sites;
    for (let i = 0; i < sites.length; i++) {
      const siteIndex = sites[i];
      const target = this.target(node, siteIndex);
      const site = node.file.sites[siteIndex];
      if (target.kind === 'api') {
        const effect = target.info.effect;
        // A step (and its message) is built only when kept: most API calls add nothing new.
        if (effect === 'blocking-io' || effect === 'sleep') keepApiBlocking(state, node, site, siteIndex, target);
        else if (countsAsIo(effect, site) && (!state.io || state.ioWeak)) {
          state.io = apiStep(node, site, siteIndex, target);
          state.ioWeak = target.weak === true;
        }
      } else if (target.kind === 'unknown') {
        state.unknownCalls++;
      }
    }
    if (!state.io) {
      const forAwaitIndex = node.summary.loops.find((l) => node.file.loops[l].isForAwait && !iteratesProgramGenerator(this.program, node.file, node.file.loops[l]));
      const forAwait = forAwaitIndex === undefined ? undefined : node.file.loops[forAwaitIndex];
      const awaited = forAwait ? undefined : node.summary.awaits.find((a) => this.awaitsUnresolved(node, a.site));
      if (forAwait) {
        state.io = { fn: node, line: forAwait.line, column: forAwait.column, kind: 'await', message: forAwait.description };
        state.ioWeak = false;
      } else if (awaited) {
        state.io = { fn: node, line: awaited.line, column: awaited.column, kind: 'await', message: awaited.chained ? 'chains a reaction to a promise of unresolved origin' : 'awaits a promise of unresolved origin' };
        state.ioWeak = true;
      } else {
        this.settlesFromCallback(node, state);
      }
    }
  }

  /** A promise executor handing its `resolve` to a call of unresolved origin waits for that call to call back. */
  private settlesFromCallback(node: FnNode, state: LocalIo): void {
    const sites = node.summary.sites;
    for (let i = 0; i < sites.length; i++) {
      const site = node.file.sites[sites[i]];
      if (!site.settlesPromise || this.target(node, sites[i]).kind !== 'unknown') continue;
      state.io = { fn: node, line: site.span.line, column: site.span.column, kind: 'await', message: `settles its promise when ${site.calleeText}(...) calls back` };
      state.ioWeak = true;
      return;
    }
  }

  private awaitsUnresolved(node: FnNode, site: number): boolean {
    if (site === -1) return true;
    if (site < 0) return false;
    const combinator = node.file.sites[site].promiseCombinator;
    return combinator ? combinator.unresolved : this.target(node, site).kind === 'unknown';
  }

  /** `forEvidence`: the facts are final; a callee whose evidence leads back here is passed over (its chain would go round). */
  private ioStep(node: FnNode, state: FunctionState, forEvidence = false): boolean {
    let changed = false;
    const edges = node.edges;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i];
      // A call to itself adds no I/O it does not already do elsewhere; as evidence it would only point at itself.
      if (edge.to === node) continue;
      const callee = edge.site >= 0 && this.specialises(edge.to, node.file.sites[edge.site]) ? this.specialisedIo(edge) : edge.to.state;
      if (callee.blocking && !registersHandler(edge) && !(forEvidence && leadsBackTo(callee.blocking, node, 'blocking')) && addsBlocking(state, callee, edge, this.runsLater(edge))) changed = true;
      if (callee.io && (!state.io || (state.ioWeak && !callee.ioWeak)) && !registersHandler(edge) && !(forEvidence && leadsBackTo(callee.io, node, 'io'))) {
        state.io = edgeStep(edge);
        state.ioWeak = callee.ioWeak;
        changed = true;
      }
    }
    return changed;
  }

  /** A call passes a boolean literal, or leaves out a parameter that guards one of the callee's calls (`read()` for `read(sync)`). */
  private specialises(callee: FnNode, site: SiteSummary): boolean {
    if (site.hasBooleanLiteral) return true;
    if (site.suppliedArgs < 0 || site.suppliedArgs >= callee.summary.params.length) return false;
    const guarded = this.guardedParams(callee);
    for (let i = site.suppliedArgs; i < callee.summary.params.length; i++) {
      const name = callee.summary.params[i];
      if (name !== null && guarded.has(name)) return true;
    }
    return false;
  }

  /**
   * Parameters of a function that its own calls are guarded by, and the guarded members of parameters (`options.sync`,
   * with `options` itself: leaving the options out decides that guard).
   */
  private guardedParams(node: FnNode): ReadonlySet<string> {
    const known = this.guardedParamsOf.get(node);
    if (known) return known;
    const names = new Set<string>();
    const add = (guards: SiteSummary['guards']): void => {
      for (const guard of guards) {
        if (guard.param.fn !== node.index) continue;
        names.add(guard.param.name);
        const dot = guard.param.name.indexOf('.');
        if (dot > 0) names.add(guard.param.name.slice(0, dot));
      }
    };
    for (const siteIndex of node.summary.sites) add(node.file.sites[siteIndex].guards);
    for (const loopIndex of node.summary.loops) add(node.file.loops[loopIndex].guards);
    this.guardedParamsOf.set(node, names);
    return names;
  }

  /** I/O facts of a callee called with boolean literals, leaving out the branches those values rule out. */
  private specialisedIo(edge: Edge): IoFacts {
    const env = calleeEnv(edge.from, edge.from.file.sites[edge.site], edge.to, new Map(), this.guardedParams(edge.to));
    return env ? this.ioUnder(edge.to, env, new Set(), 0) : edge.to.state;
  }

  /**
   * `new Trie()` with `function Trie(rules) { if (rules) for (...) insert(...) }`: the call leaves out, or passes as a
   * literal, the values that rule out every computation of the callee.
   */
  private computesNothingHere(edge: Edge): boolean {
    if (edge.site < 0 || this.computesSomething.has(edge)) return false;
    const guarded = this.guardedParams(edge.to);
    if (guarded.size === 0) return false;
    const env = calleeEnv(edge.from, edge.from.file.sites[edge.site], edge.to, new Map(), guarded);
    if (env !== null && this.computesNothingUnder(edge.to, env, new Set(), 0)) return true;
    // Weights only grow: once the callee computes under this call, it always will.
    this.computesSomething.add(edge);
    return false;
  }

  private computesNothingUnder(node: FnNode, env: BooleanEnv, visiting: Set<FnNode>, depth: number): boolean {
    if (depth > SPECIALISATION_DEPTH || visiting.has(node)) return false;
    const file = node.file;
    for (const loopIndex of node.summary.loops) {
      if (this.loopWeight(file, loopIndex) > 0 && !isRuledOut(node, file.loops[loopIndex].guards, env)) return false;
    }
    for (const siteIndex of node.summary.sites) {
      const site = file.sites[siteIndex];
      if (site.incidental || isRuledOut(node, site.guards, env)) continue;
      const target = this.target(node, siteIndex);
      if (site.walksTree || (target.kind === 'api' && target.info.effect === 'cpu-heavy')) return false;
    }
    visiting.add(node);
    try {
      for (const edge of node.edges) {
        if (edge.to.state.cpu <= 0) continue;
        const site = edge.site >= 0 ? file.sites[edge.site] : null;
        if (!site) return false;
        if (isRuledOut(node, site.guards, env)) continue;
        const nested = calleeEnv(node, site, edge.to, env, this.guardedParams(edge.to));
        if (!nested && !sees(edge.to, env)) return false;
        if (!this.computesNothingUnder(edge.to, nested ?? env, visiting, depth + 1)) return false;
      }
    } finally {
      visiting.delete(node);
    }
    return true;
  }

  private ioUnder(node: FnNode, env: BooleanEnv, visiting: Set<FnNode>, depth: number): IoFacts {
    if (depth > SPECIALISATION_DEPTH || visiting.has(node)) return node.state;
    visiting.add(node);
    const facts: IoFacts = { blocking: null, blockingLater: false, blockingLoadsModule: false, io: null, ioWeak: false };
    for (const siteIndex of node.summary.sites) {
      const site = node.file.sites[siteIndex];
      if (isRuledOut(node, site.guards, env)) continue;
      const target = this.target(node, siteIndex);
      if (target.kind !== 'api') continue;
      const effect = target.info.effect;
      if (effect === 'blocking-io' || effect === 'sleep') keepApiBlocking(facts, node, site, siteIndex, target);
      else if (countsAsIo(effect, site) && !facts.io) facts.io = apiStep(node, site, siteIndex, target);
    }
    const own = node.state;
    if (!facts.io && own.io && !own.io.callee && own.io.kind === 'await') {
      facts.io = own.io;
      facts.ioWeak = own.ioWeak;
    }
    for (const edge of node.edges) {
      const site = edge.site >= 0 ? node.file.sites[edge.site] : null;
      if (site && isRuledOut(node, site.guards, env)) continue;
      const nested = site ? calleeEnv(node, site, edge.to, env, this.guardedParams(edge.to)) : null;
      const callee = nested || sees(edge.to, env) ? this.ioUnder(edge.to, nested ?? env, visiting, depth + 1) : edge.to.state;
      // As in `ioStep`: a handler registered or a function only kept runs later, not in this call.
      if (callee.blocking && !registersHandler(edge)) addsBlocking(facts, callee, edge, this.runsLater(edge));
      if (callee.io && (!facts.io || (facts.ioWeak && !callee.ioWeak)) && !registersHandler(edge)) {
        facts.io = edgeStep(edge);
        facts.ioWeak = callee.ioWeak;
      }
    }
    visiting.delete(node);
    return facts;
  }

  /**
   * CPU weight approximates the order of growth: 1 for one pass over the input, 2 for a nested pass or a heavy
   * synchronous API, more for deeper nesting. Sequential passes do not add up (O(n) + O(n) is still O(n)).
   */
  private cpuStep(node: FnNode, state: FunctionState): boolean {
    // The heaviest candidate wins, the first one on ties (loops, then APIs, then calls); its step is built only if
    // the weight is new.
    const local = this.localCpuOf(node);
    let best = local.weight;
    let bestKind = local.kind;
    let bestIndex = local.index;
    const file = node.file;
    const cycle = this.recursive.get(node);
    const anyCycle = this.cycles.get(node);
    const edges = node.edges;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i];
      // `if (!(this instanceof Parser)) return new Parser(opts)`: a constructor making its own instance runs once more.
      if (edge.to === node && edge.site >= 0 && (file.sites[edge.site].isNew || file.sites[edge.site].redispatch || file.sites[edge.site].afterAwait || reordersOwnParameters(file.sites[edge.site], node.summary.params.length))) continue;
      if (edge.to === node || (cycle !== undefined && cycle === this.recursive.get(edge.to))) {
        if (!state.io && !state.blocking && best < 1) {
          best = 1;
          bestKind = CpuCandidate.Recursion;
          bestIndex = i;
        }
        if (edge.to === node) continue;
      }
      const callee = edge.to.state;
      if (callee.cpu <= 0) continue;
      // `through(function (chunk) {...})` only makes a stream: its handler works once data flows, which takes I/O.
      if (!state.io && !state.blocking && registersHandler(edge)) continue;
      if (edge.site >= 0 && (file.sites[edge.site].incidental || (edge.to.summary.buildsError && file.sites[edge.site].isNew) || this.boundedBySmallArguments(edge.to, file.sites[edge.site]) || this.computesNothingHere(edge))) continue;
      // Round a cycle a callee's weight comes back as it went: adding the loop again each time would only grow it.
      const inCycle = anyCycle !== undefined && anyCycle === this.cycles.get(edge.to);
      const payload = edge.site >= 0 && !this.onlyParsesOnce(edge.to) ? this.payloadWeight(node, file.sites[edge.site]) : 0;
      const weight = inCycle ? callee.cpu : callee.cpu + Math.min(1, this.loops.enclosingWeight(file, edge.loop, true)) + payload;
      if (weight > best) {
        best = weight;
        bestKind = CpuCandidate.Call;
        bestIndex = i;
      }
    }
    const total = Math.min(MAX_CPU_WEIGHT, best);
    if (total <= state.cpu) return false;
    state.cpu = total;
    state.cpuStep = this.cpuCandidateStep(node, bestKind, bestIndex, best);
    return true;
  }

  /**
   * What computing over an awaited value adds: content an I/O API produced counts fully, and so does the result of a
   * function of the program that does I/O itself (`const out = await this.executeCommand(cmd); parse(out.stdout)`).
   */
  private payloadWeight(node: FnNode, site: SiteSummary): number {
    if (site.processesContent) return CONTENT_PAYLOAD_WEIGHT;
    if (!site.processesAwaited) return 0;
    if (site.awaitedFrom < 0) return AWAITED_PAYLOAD_WEIGHT;
    const producer = this.target(node, site.awaitedFrom);
    return producer.kind === 'function' && !producer.guessed && producer.fn.state.io !== null && !producer.fn.state.ioWeak ? CONTENT_PAYLOAD_WEIGHT : AWAITED_PAYLOAD_WEIGHT;
  }

  /**
   * A helper whose only computation is one call of a cheap built-in (`JSON.parse(text)` after decoding): handing it
   * content just read costs what calling that built-in inline does, not a pass of the program's own over the content.
   */
  private onlyParsesOnce(callee: FnNode): boolean {
    const local = this.localCpuOf(callee);
    return local.kind === CpuCandidate.Api && local.weight <= 1 && callee.state.cpu <= 1;
  }

  /**
   * `randomChars(6)`, `check([0xFF, 0xD8])`: a callee whose computation is bounded by the parameters this call fills
   * with small constants or collections written out (see `boundedBy`).
   */
  private boundedBySmallArguments(callee: FnNode, site: SiteSummary): boolean {
    return site.smallArgs !== undefined && this.boundedBy(callee, site.smallArgs, 0);
  }

  /**
   * Whether all of a function's computation is bounded by the parameters at `small`: its loops and sized APIs, and
   * the functions it calls, passing those parameters on (`check = (header) => compare(buffer, header)`) or small
   * constants of its own.
   */
  private boundedBy(callee: FnNode, small: readonly number[], depth: number): boolean {
    const file = callee.file;
    const loops = callee.summary.loops;
    for (let i = 0; i < loops.length; i++) {
      const loop = file.loops[loops[i]];
      if (this.loopWeight(file, loops[i]) > 0 && (loop.boundParam === undefined || !small.includes(loop.boundParam))) return false;
    }
    const sites = callee.summary.sites;
    for (let i = 0; i < sites.length; i++) {
      const target = this.target(callee, sites[i]);
      // A message built for a throw is the way out, not the work.
      if (target.kind !== 'api' || target.info.effect !== 'cpu-heavy' || file.sites[sites[i]].incidental) continue;
      const sizeParam = file.sites[sites[i]].sizeParam;
      if (sizeParam === undefined || !small.includes(sizeParam)) return false;
    }
    const edges = callee.edges;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i];
      if (edge.to.state.cpu <= 0) continue;
      if (edge.site < 0 || edge.to.summary.callbackOf === edge.site) return false;
      const site = file.sites[edge.site];
      // Building the error it throws is the way out, as for the call itself (`cpuStep`).
      if (site.incidental || (edge.to.summary.buildsError && site.isNew)) continue;
      const passed: number[] = site.smallArgs ? [...site.smallArgs] : [];
      const forwarded = site.paramArgs;
      if (forwarded) for (let k = 0; k < forwarded.length; k++) if (forwarded[k] >= 0 && small.includes(forwarded[k])) passed.push(k);
      // `randomHash(1)` inside `randomHash(count)`: the recursive call is as small as this one when it keeps them small.
      // One that only hands them on unchanged (`walk(node.left, signal)`) recurses on something else.
      if (edge.to === callee) {
        if (small.every((position) => passed.includes(position)) && small.some((position) => site.smallArgs?.includes(position))) continue;
        return false;
      }
      if (depth >= FORWARDING_DEPTH || passed.length === 0 || !this.boundedBy(edge.to, passed, depth + 1)) return false;
    }
    return true;
  }

  /** The heaviest of a function's own loops and CPU-heavy API calls: fixed once loop weights are, so worked out once. */
  private localCpuOf(node: FnNode): LocalCpu {
    let local = this.localCpu.get(node);
    if (local) return local;
    local = { weight: 0, kind: CpuCandidate.None, index: -1 };
    const file = node.file;
    const loops = node.summary.loops;
    for (let i = 0; i < loops.length; i++) {
      const loopIndex = loops[i];
      const weight = this.loopWeight(file, loopIndex);
      if (weight > local.weight) local = { weight, kind: CpuCandidate.Loop, index: loopIndex };
    }
    const sites = node.summary.sites;
    for (let i = 0; i < sites.length; i++) {
      const siteIndex = sites[i];
      if (file.sites[siteIndex].walksTree && !file.sites[siteIndex].incidental && local.weight < CPU_WEIGHT) local = { weight: CPU_WEIGHT, kind: CpuCandidate.TreeWalk, index: siteIndex };
      const target = this.target(node, siteIndex);
      if (target.kind !== 'api' || target.info.effect !== 'cpu-heavy' || file.sites[siteIndex].incidental) continue;
      const weight = (target.info.weight ?? 2) + this.enclosingLoopWeight(file, repeatingLoop(file.sites[siteIndex]));
      if (weight > local.weight) local = { weight, kind: CpuCandidate.Api, index: siteIndex };
    }
    this.localCpu.set(node, local);
    return local;
  }

  private cpuCandidateStep(node: FnNode, kind: CpuCandidate, index: number, weight: number): Step | null {
    switch (kind) {
      case CpuCandidate.Loop:
        return loopStep(node, node.file.loops[index], weight);
      case CpuCandidate.Api: {
        const target = this.target(node, index) as Extract<LinkedTarget, { kind: 'api' }>;
        return apiStep(node, node.file.sites[index], index, target);
      }
      case CpuCandidate.Recursion: {
        const edge = node.edges[index];
        const message = edge.to === node ? `recursive call to ${node.summary.name}` : `mutually recursive call to ${edge.to.summary.name}`;
        return { fn: node, line: edge.line, column: edge.column, kind: 'recursion', message };
      }
      case CpuCandidate.TreeWalk: {
        const site = node.file.sites[index];
        return { fn: node, line: site.span.line, column: site.span.column, kind: 'recursion', message: `walks a tree: ${site.calleeText}(...) dispatches on the node's type to handlers that walk on` };
      }
      case CpuCandidate.Call:
        return edgeStep(node.edges[index]);
      default:
        return null;
    }
  }

  private loopWeight(file: FileSummary, loopIndex: number): number {
    return this.loops.weight(file, loopIndex);
  }

  private enclosingLoopWeight(file: FileSummary, loopIndex: number): number {
    return this.loops.enclosingWeight(file, loopIndex);
  }

  private propagate(step: (node: FnNode) => boolean): void {
    const queue = [...this.nodes];
    const queued = new Set(this.nodes);
    let budget = this.nodes.length * 50 + 1000;
    let head = 0;
    while (head < queue.length && budget-- > 0) {
      const node = queue[head++];
      queued.delete(node);
      if (!step(node)) continue;
      const callers = node.callers;
      for (let i = 0; i < callers.length; i++) {
        const edge = callers[i];
        if (this.inSet.has(edge.from) && !queued.has(edge.from)) {
          queued.add(edge.from);
          queue.push(edge.from);
        }
      }
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
    }
  }

  /**
   * Mutual recursion on the stack: cycles of calls, not counting the hand-over of a callback that runs later. And
   * every cycle, those included, so that weights do not grow by going round one.
   */
  private findRecursion(): void {
    this.recursive = this.components((edge) => !passesLaterCallback(edge));
    this.cycles = this.components(() => true);
  }

  /** Tarjan's strongly connected components over the edges `follow` keeps, iteratively; members of cycles only. */
  private components(follow: (edge: Edge) => boolean): Map<FnNode, number> {
    const result = new Map<FnNode, number>();
    const index = new Map<FnNode, number>();
    const low = new Map<FnNode, number>();
    const onStack = new Set<FnNode>();
    const stack: FnNode[] = [];
    let counter = 0;
    let component = 0;
    for (const root of this.nodes) {
      if (index.has(root)) continue;
      const work: { node: FnNode; next: number }[] = [{ node: root, next: 0 }];
      index.set(root, counter);
      low.set(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (work.length > 0) {
        const frame = work[work.length - 1];
        const edges = frame.node.edges;
        if (frame.next < edges.length) {
          const edge = edges[frame.next++];
          const to = edge.to;
          if (!this.inSet.has(to) || !follow(edge)) continue;
          if (!index.has(to)) {
            index.set(to, counter);
            low.set(to, counter++);
            stack.push(to);
            onStack.add(to);
            work.push({ node: to, next: 0 });
          } else if (onStack.has(to)) {
            low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
          }
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1].node;
          low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
        }
        if (low.get(frame.node) === index.get(frame.node)) {
          const members: FnNode[] = [];
          let member: FnNode;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            members.push(member);
          } while (member !== frame.node);
          if (members.length > 1) {
            component++;
            for (const m of members) result.set(m, component);
          }
        }
      }
    }
    return result;
  }
}

/** Loop weights: a loop counts as computation when it runs over data and does no I/O of its own; nesting multiplies. */
export class LoopWeights {
  /** Per file, by loop index; keyed by the summary object, so no key string is built per question. */
  private readonly doesIo = new Map<FileSummary, (boolean | undefined)[]>();
  private frozen = false;

  constructor(private readonly program: Program) {}

  /** I/O facts are final from here on: answers may be kept. */
  freeze(): void {
    this.frozen = true;
  }

  weight(file: FileSummary, loopIndex: number): number {
    const loop = file.loops[loopIndex];
    if (loop.busyWait) return 1;
    if (this.sizeOf(file, loopIndex) <= 0 || this.loopDoesIo(file, loopIndex)) return 0;
    const enclosing = this.enclosingWeight(file, loop.parent);
    const content = loop.parsesContent && enclosing === 0 ? CONTENT_PAYLOAD_WEIGHT : 0;
    return loop.size + enclosing + (loop.bytewise || loop.buildsString ? 0.5 : 0) + content;
  }

  /** Weight of the innermost enclosing loop that counts as computation, 0 when there is none. */
  enclosingWeight(file: FileSummary, loopIndex: number, perStreamedItem = false): number {
    for (let l = loopIndex; l >= 0; l = file.loops[l].parent) {
      const loop = file.loops[l];
      if (this.sizeOf(file, l) > 0 && (!this.loopDoesIo(file, l) || (perStreamedItem && this.computesPerStreamedItem(file, l)))) return loop.size + this.enclosingWeight(file, loop.parent);
    }
    return 0;
  }

  /** The loop's size, 0 for one over constant data another file writes out. */
  private sizeOf(file: FileSummary, loopIndex: number): number {
    const loop = file.loops[loopIndex];
    return loop.iteratesImport && this.program.iteratesSmallData(file, loopIndex) ? 0 : loop.size;
  }

  /**
   * `for await (const line of lines) { index(line) }` over a stream: its I/O is the stream's; a function of the
   * program called for each line runs once per line of the whole input, as in a loop over data. (A loop over each
   * chunk's own matches is the same single pass over the input, and is not multiplied.)
   */
  private computesPerStreamedItem(file: FileSummary, loopIndex: number): boolean {
    const loop = file.loops[loopIndex];
    return loop.isForAwait && !loop.hasAwait && !loop.startsUnknownTasks && !iteratesProgramGenerator(this.program, file, loop) && !this.sitesDoIo(file, loop);
  }

  loopDoesIo(file: FileSummary, loopIndex: number): boolean {
    let known = this.doesIo.get(file);
    const cached = known?.[loopIndex];
    if (cached !== undefined) return cached;
    const result = this.computeDoesIo(file, loopIndex);
    if (this.frozen) {
      if (!known) this.doesIo.set(file, (known = []));
      known[loopIndex] = result;
    }
    return result;
  }

  private computeDoesIo(file: FileSummary, loopIndex: number): boolean {
    const loop = file.loops[loopIndex];
    if (loop.hasAwait || (loop.isForAwait && !iteratesProgramGenerator(this.program, file, loop)) || loop.startsUnknownTasks) return true;
    return this.sitesDoIo(file, loop);
  }

  /** Whether a call in the loop's body starts or waits for I/O, or blocks. */
  private sitesDoIo(file: FileSummary, loop: FileSummary['loops'][number]): boolean {
    const sites = loop.sites;
    for (let i = 0; i < sites.length; i++) {
      const siteIndex = sites[i];
      const site = file.sites[siteIndex];
      if (site.leavesLoops) continue;
      // `promises.push(new Promise((resolve) => client.add(x, resolve)))`: the executor runs now and starts the I/O.
      if (site.promiseExecutor !== undefined) {
        const executor = this.program.nodesOf(file.path)[site.promiseExecutor];
        if (executor && (executor.state.io || executor.state.blocking)) return true;
      }
      const target = this.program.target(file, siteIndex);
      if (target.kind === 'api') {
        const effect = target.info.effect;
        if (effect === 'blocking-io' || effect === 'sleep' || effect === 'worker' || (countsAsIo(effect, site) && !target.info.queues)) return true;
      } else if (target.kind === 'function') {
        if (target.fn.state.io || target.fn.state.blocking) return true;
      }
    }
    return false;
  }
}

function classify(state: FunctionState): void {
  // Async I/O whose callbacks later make a blocking call is still non-blocking when called: the evidence says both.
  // So is async I/O that loads a module on the way (a plugin, a locale file).
  if (state.blocking && !((state.blockingLater || state.blockingLoadsModule) && state.io)) {
    state.classification = 'blocking-io';
    state.confidence = state.blocking.guessed ? 0.7 : state.blocking.callee ? 0.85 : 0.95;
  } else if (state.io && state.cpu >= MIXED_CPU_WEIGHT) {
    state.classification = 'mixed';
    state.confidence = state.ioWeak ? 0.6 : 0.75;
  } else if (state.io) {
    state.classification = 'io';
    state.confidence = state.ioWeak ? 0.55 : state.io.guessed ? 0.65 : state.io.callee ? 0.85 : 0.9;
  } else if (state.cpu >= CPU_WEIGHT) {
    state.classification = 'cpu';
    state.confidence = round(Math.min(0.95, 0.45 + 0.15 * state.cpu));
  } else {
    state.classification = 'none';
    state.confidence = round(Math.max(0.5, 0.9 - 0.05 * state.unknownCalls));
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Async I/O, thread-pool work, and timers that actually wait (a zero-delay timer only defers). */
export function countsAsIo(effect: ApiEffect, site: SiteSummary): boolean {
  if (effect === 'async-io' || effect === 'threadpool') return true;
  if (effect !== 'timer') return false;
  return site.timerWaits === true;
}

/**
 * `if (b.length > a.length) return negate(b, a)`: a call of the function itself with its own parameters in another
 * order puts its arguments in a normal form and runs once more; it walks nothing.
 */
function reordersOwnParameters(site: SiteSummary, paramCount: number): boolean {
  const passed = site.paramArgs;
  if (!passed || paramCount < 2 || passed.length !== paramCount || site.suppliedArgs !== paramCount) return false;
  let reordered = false;
  const seen = new Set<number>();
  for (let k = 0; k < passed.length; k++) {
    if (passed[k] < 0 || seen.has(passed[k])) return false;
    seen.add(passed[k]);
    if (passed[k] !== k) reordered = true;
  }
  return reordered;
}

function apiStep(fn: FnNode, site: SiteSummary, siteIndex: number, target: Extract<LinkedTarget, { kind: 'api' }>): Step {
  const effect = target.info.effect;
  const kind: EvidenceKind =
    effect === 'blocking-io' || effect === 'sleep' ? 'blocking-io' : effect === 'threadpool' ? 'threadpool' : effect === 'cpu-heavy' ? 'cpu-api' : effect === 'worker' ? 'worker' : 'async-io';
  const line = site.span.line;
  const column = site.span.column;
  if (target.weak) return { fn, line, column, kind, site: siteIndex, message: `waits for ${target.name}`, guessed: true };
  const what =
    kind === 'blocking-io'
      ? 'blocks on'
      : kind === 'threadpool'
        ? 'runs on the libuv thread pool:'
        : kind === 'cpu-api'
          ? 'computes synchronously with'
          : kind === 'worker'
            ? 'hands work to'
            : 'starts async I/O with';
  // A guess named after the call says itself why (`this.ws.send (ws taken for a WebSocket)`).
  const named = !target.guessed || target.name.startsWith(site.calleeText) ? target.name : `${site.calleeText} (${site.calleeText} assumed to be ${target.name})`;
  return { fn, line, column, kind, site: siteIndex, message: `${what} ${named}`, guessed: target.guessed };
}

/** Whether an evidence chain of calls comes back to `node` before it reaches the API that does the I/O. */
function leadsBackTo(step: Step, node: FnNode, fact: 'blocking' | 'io'): boolean {
  let current: Step | null = step;
  for (let depth = 0; current?.callee && depth < 16; depth++) {
    if (current.callee === node) return true;
    current = current.callee.state[fact];
  }
  return false;
}

function edgeStep(edge: Edge): Step {
  return { fn: edge.from, line: edge.line, column: edge.column, kind: 'call', message: `calls ${edge.label}`, callee: edge.to, site: edge.site, guessed: edge.guessed };
}

/**
 * `for await (const block of decoder.blocks())` over an async generator of the program: waiting on each step is I/O
 * only when the generator's own steps do I/O, which the call's edge brings.
 */
function iteratesProgramGenerator(program: Program, file: FileSummary, loop: LoopSummary): boolean {
  if (loop.iteratedSite === undefined) return false;
  const target = program.target(file, loop.iteratedSite);
  return target.kind === 'function' && target.fn.summary.isGenerator;
}

function loopStep(fn: FnNode, loop: LoopSummary, weight: number): Step {
  // What parsing content adds is said as "parsing", not taken for a loop nested in another.
  const nested = weight - (loop.parsesContent ? CONTENT_PAYLOAD_WEIGHT : 0) >= 2;
  const kind: EvidenceKind = loop.busyWait
    ? 'busy-wait'
    : loop.bytewise
      ? 'byte-loop'
      : loop.buildsString
        ? 'string-building'
        : loop.arrayMethod
          ? 'array-method'
          : nested
            ? 'nested-loop'
            : 'loop';
  const prefix = loop.busyWait ? 'busy-wait ' : nested && !loop.arrayMethod ? 'nested ' : loop.parsesContent ? 'parsing ' : '';
  const suffix = loop.bytewise ? ' (bitwise work per element)' : loop.buildsString ? ' (builds a string)' : '';
  return { fn, line: loop.line, column: loop.column, kind, message: `${prefix}${loop.description}${suffix}` };
}

function paramKey(file: FileSummary, fnIndex: number, name: string): string {
  return `${file.path}\0${fnIndex}\0${name}`;
}

/** Whether a call or a loop cannot run under `env`: a branch on a known boolean parameter rules it out. */
function isRuledOut(node: FnNode, guards: SiteSummary['guards'], env: BooleanEnv): boolean {
  for (const guard of guards) {
    const value = env.get(paramKey(node.file, guard.param.fn, guard.param.name));
    if (value !== undefined && value !== guard.branch) return true;
  }
  return false;
}

/** The environment a callee sees: parameters bound to boolean literals or to known values of the caller. */
/** Guards on members of a parameter (`options.sync` for `options`), as their guard names. */
function guardedMembersOf(guarded: ReadonlySet<string>, param: string): string[] {
  const members: string[] = [];
  for (const name of guarded) if (name.length > param.length && name.startsWith(param) && name[param.length] === '.') members.push(name);
  return members;
}

function calleeEnv(caller: FnNode, site: SiteSummary, callee: FnNode, env: BooleanEnv, guarded: ReadonlySet<string>): BooleanEnv | null {
  let result: BooleanEnv | null = null;
  site.booleanArgs.forEach((arg, index) => {
    const name = callee.summary.params[index];
    if (!arg || !name) return;
    let value: boolean | undefined;
    if ('value' in arg) value = arg.value;
    else {
      const known = env.get(paramKey(caller.file, arg.param.fn, arg.param.name));
      value = known === undefined ? undefined : arg.negated ? !known : known;
    }
    if (value === undefined) return;
    result ??= new Map(env);
    result.set(paramKey(callee.file, callee.index, name), value);
  });
  // A parameter the call leaves out is `undefined`: false in a test.
  if (site.suppliedArgs >= 0) {
    for (let index = site.suppliedArgs; index < callee.summary.params.length; index++) {
      const name = callee.summary.params[index];
      if (name === null) continue;
      result ??= new Map(env);
      result.set(paramKey(callee.file, callee.index, name), false);
      for (const member of guardedMembersOf(guarded, name)) result.set(paramKey(callee.file, callee.index, member), false);
    }
  }
  return result;
}

/** Whether `node` lies inside a function whose parameters `env` binds, so its conditions may read them. */
function sees(node: FnNode, env: BooleanEnv): boolean {
  for (const key of env.keys()) {
    const [path, index] = key.split('\0');
    if (path !== node.file.path) continue;
    for (let i = node.index; i >= 0; i = node.file.functions[i].parent) if (String(i) === index) return true;
  }
  return false;
}
