import type { TSESTree } from '@typescript-eslint/types';
import type { Classification, EvidenceKind } from './types';
import type { CallSite, FunctionInfo, LoopInfo } from './model';
import type { CallTarget, Resolver, Value } from './resolve';
import { unwrapExpression } from './syntax';
import { identifiersIn, walkWithinFunction } from './walk';
import { calleeEnv, hasBooleanArgument, isDeadUnder, type BooleanEnv } from './guards';

/** Work that no computation on one thread can outweigh: beyond this, more evidence adds nothing. */
const MAX_CPU_WEIGHT = 4;
export const MIXED_CPU_WEIGHT = 2;
const CPU_WEIGHT = 1;

/** One piece of evidence inside one function. */
export interface Step {
  fn: FunctionInfo;
  line: number;
  column: number;
  kind: EvidenceKind;
  message: string;
  /** The call that leads to the callee's own reason, when this step is a call. */
  callee?: FunctionInfo;
  site?: CallSite;
  guessed?: boolean;
}

export interface FunctionState {
  blocking: Step | null;
  io: Step | null;
  /** I/O inferred only from awaiting something unresolved. */
  ioWeak: boolean;
  cpu: number;
  cpuStep: Step | null;
  worker: Step | null;
  unknownCalls: number;
  classification: Classification;
  confidence: number;
}

/** Computation over what an await produced (a file's text, a response body) is the I/O payload, not a small header. */
const AWAITED_PAYLOAD_WEIGHT = 0.5;

function processesAwaitedValue(site: CallSite): boolean {
  for (const arg of site.node.arguments) {
    if (containsAwait(arg)) return true;
    for (const name of identifiersIn(arg)) {
      const binding = site.fn.scope.lookup(name);
      if (binding?.kind === 'value' && binding.scope.owner === site.fn && containsAwait(binding.init)) return true;
    }
  }
  return false;
}

function containsAwait(node: TSESTree.Node): boolean {
  let found = false;
  walkWithinFunction(node, (child) => {
    if (child.type === 'AwaitExpression') found = true;
    return !found;
  });
  return found;
}

interface IoFacts {
  blocking: Step | null;
  io: Step | null;
  ioWeak: boolean;
}

/** How deep a call made with boolean literals is followed with those values known. */
const SPECIALISATION_DEPTH = 5;

/** Whether `fn` lies inside a function whose parameters `env` binds, so its conditions may read them. */
function sees(fn: FunctionInfo, env: BooleanEnv): boolean {
  for (const binding of env.keys()) {
    if (binding.kind !== 'param') continue;
    for (let current: FunctionInfo | null = fn; current; current = current.parent) if (current === binding.fn) return true;
  }
  return false;
}

/** Async I/O, thread-pool work, and timers that actually wait (a zero-delay timer only defers). */
function countsAsIo(effect: string, site: CallSite): boolean {
  if (effect === 'async-io' || effect === 'threadpool') return true;
  if (effect !== 'timer') return false;
  const delay = site.node.arguments[1];
  if (!delay) return false;
  return !(delay.type === 'Literal' && (delay.value === 0 || delay.value === null));
}

interface Edge {
  from: FunctionInfo;
  to: FunctionInfo;
  site: CallSite | null;
  loop: LoopInfo | null;
  guessed: boolean;
  line: number;
  column: number;
  label: string;
}

/** Solves the call graph of all loaded functions to a fixpoint and classifies each one. */
export class Solver {
  readonly states = new Map<FunctionInfo, FunctionState>();
  private readonly edges = new Map<FunctionInfo, Edge[]>();
  private readonly callers = new Map<FunctionInfo, Edge[]>();
  private readonly loopIo = new Map<LoopInfo, boolean>();
  /** Functions in a cycle of two or more, mapped to their cycle's id. */
  private readonly recursive = new Map<FunctionInfo, number>();
  private ioSolved = false;

  constructor(private readonly resolver: Resolver) {}

  solve(functions: FunctionInfo[]): void {
    for (const fn of functions) this.states.set(fn, emptyState());
    for (const fn of functions) this.collectEdges(fn);
    for (const fn of functions) this.localIo(fn);
    this.propagate(functions, (fn) => this.ioStep(fn));
    this.ioSolved = true;
    this.findRecursion(functions);
    for (const fn of functions) this.cpuStep(fn);
    this.propagate(functions, (fn) => this.cpuStep(fn));
    for (const fn of functions) this.classify(fn);
  }

  state(fn: FunctionInfo): FunctionState {
    return this.states.get(fn) ?? emptyState();
  }

  edgesOf(fn: FunctionInfo): readonly Edge[] {
    return this.edges.get(fn) ?? [];
  }

  target(site: CallSite): CallTarget {
    return this.resolver.callTarget(site);
  }

  resolveValue(node: TSESTree.Node, fn: FunctionInfo): Value {
    return this.resolver.valueOf(node, fn);
  }

  /** The readable chain behind a step: `calls deflate_slow (line 1620) -> nested loop over s.window (line 1650)`. */
  chain(step: Step | null, pick: (state: FunctionState) => Step | null): Step[] {
    const steps: Step[] = [];
    const seen = new Set<FunctionInfo>();
    let current = step;
    while (current && steps.length < 6) {
      steps.push(current);
      if (!current.callee || seen.has(current.callee)) break;
      seen.add(current.callee);
      current = pick(this.state(current.callee));
    }
    return steps;
  }

  private collectEdges(fn: FunctionInfo): void {
    const list: Edge[] = [];
    for (const site of fn.calls) {
      const target = this.resolver.callTarget(site);
      if (target.kind === 'function') {
        list.push({ from: fn, to: target.fn, site, loop: site.loop, guessed: target.guessed, line: site.line, column: site.column, label: target.fn.name });
      }
      const iteration = iterationCallbackReference(site);
      if (iteration) {
        const value = this.resolver.valueOf(iteration, fn);
        if (value.k === 'fn') list.push({ from: fn, to: value.fn, site, loop: site.loop, guessed: false, line: site.line, column: site.column, label: value.fn.name });
      }
    }
    for (const child of fn.children) {
      if (child.role !== 'callback' && child.role !== 'iife' && child.role !== 'array-callback') continue;
      if (child.callbackOf && this.handsToWorker(child.callbackOf)) continue;
      list.push({
        from: fn,
        to: child,
        site: child.callbackOf,
        loop: child.role === 'array-callback' ? child.enclosingLoop : child.callbackOf?.loop ?? null,
        guessed: false,
        line: child.line,
        column: child.column,
        label: child.role === 'iife' ? 'an immediately invoked function' : `its ${child.role === 'array-callback' ? 'iteration ' : ''}callback`,
      });
    }
    this.edges.set(fn, list);
    for (const edge of list) {
      const incoming = this.callers.get(edge.to);
      if (incoming) incoming.push(edge);
      else this.callers.set(edge.to, [edge]);
    }
  }

  private handsToWorker(site: CallSite): boolean {
    const target = this.resolver.callTarget(site);
    return target.kind === 'api' && target.info.effect === 'worker';
  }

  private localIo(fn: FunctionInfo): void {
    const state = this.state(fn);
    for (const site of fn.calls) {
      const target = this.resolver.callTarget(site);
      if (target.kind === 'api') {
        const effect = target.info.effect;
        const step = apiStep(fn, site, target);
        if ((effect === 'blocking-io' || effect === 'sleep') && !state.blocking) state.blocking = step;
        else if (countsAsIo(effect, site) && (!state.io || state.ioWeak)) {
          state.io = step;
          state.ioWeak = target.weak === true;
        } else if (effect === 'worker' && !state.worker) state.worker = step;
      } else if (target.kind === 'unknown') {
        state.unknownCalls++;
      }
    }
    if (!state.io) {
      const awaited = fn.awaits.find((node) => this.awaitsUnresolved(node, fn));
      const forAwait = fn.loops.find((loop) => loop.isForAwait);
      if (forAwait) {
        state.io = { fn, line: forAwait.line, column: forAwait.column, kind: 'await', message: `${forAwait.description}` };
        state.ioWeak = false;
      } else if (awaited) {
        state.io = { fn, line: awaited.loc.start.line, column: awaited.loc.start.column + 1, kind: 'await', message: 'awaits a promise of unresolved origin' };
        state.ioWeak = true;
      }
    }
  }

  private awaitsUnresolved(node: TSESTree.AwaitExpression, fn: FunctionInfo): boolean {
    const argument = unwrapExpression(node.argument);
    if (argument.type === 'CallExpression' || argument.type === 'NewExpression') {
      const site = fn.calls.find((s) => s.node === argument);
      if (!site) return false;
      const target = this.resolver.callTarget(site);
      if (target.kind !== 'unknown') return false;
      return !isPromiseCombinator(argument);
    }
    return argument.type === 'Identifier' || argument.type === 'MemberExpression';
  }

  /** Returns true when the state changed. */
  private ioStep(fn: FunctionInfo): boolean {
    const state = this.state(fn);
    let changed = false;
    for (const edge of this.edgesOf(fn)) {
      const callee = edge.site && hasBooleanArgument(edge.site) ? this.specialisedIo(edge) : this.state(edge.to);
      if (callee.blocking && !state.blocking) {
        state.blocking = edgeStep(edge, 'blocking-io');
        changed = true;
      }
      if (callee.io && (!state.io || (state.ioWeak && !callee.ioWeak))) {
        state.io = edgeStep(edge, 'async-io');
        state.ioWeak = callee.ioWeak;
        changed = true;
      }
    }
    return changed;
  }

  /** Tarjan's strongly connected components, iteratively, to find mutual recursion. */
  private findRecursion(functions: FunctionInfo[]): void {
    const index = new Map<FunctionInfo, number>();
    const low = new Map<FunctionInfo, number>();
    const onStack = new Set<FunctionInfo>();
    const stack: FunctionInfo[] = [];
    let counter = 0;
    let component = 0;
    for (const root of functions) {
      if (index.has(root)) continue;
      const work: { fn: FunctionInfo; next: number }[] = [{ fn: root, next: 0 }];
      index.set(root, counter);
      low.set(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (work.length > 0) {
        const frame = work[work.length - 1];
        const edges = this.edgesOf(frame.fn);
        if (frame.next < edges.length) {
          const to = edges[frame.next++].to;
          if (!index.has(to)) {
            index.set(to, counter);
            low.set(to, counter++);
            stack.push(to);
            onStack.add(to);
            work.push({ fn: to, next: 0 });
          } else if (onStack.has(to)) {
            low.set(frame.fn, Math.min(low.get(frame.fn)!, index.get(to)!));
          }
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1].fn;
          low.set(parent, Math.min(low.get(parent)!, low.get(frame.fn)!));
        }
        if (low.get(frame.fn) === index.get(frame.fn)) {
          const members: FunctionInfo[] = [];
          let member: FunctionInfo;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            members.push(member);
          } while (member !== frame.fn);
          if (members.length > 1) {
            component++;
            for (const m of members) this.recursive.set(m, component);
          }
        }
      }
    }
  }

  /** I/O facts of a callee called with boolean literals, leaving out the branches those values rule out. */
  private specialisedIo(edge: Edge): IoFacts {
    const env = calleeEnv(edge.site!, edge.to, new Map());
    return env ? this.ioUnder(edge.to, env, new Set(), 0) : this.state(edge.to);
  }

  private ioUnder(fn: FunctionInfo, env: BooleanEnv, visiting: Set<FunctionInfo>, depth: number): IoFacts {
    if (depth > SPECIALISATION_DEPTH || visiting.has(fn)) return this.state(fn);
    visiting.add(fn);
    const facts: IoFacts = { blocking: null, io: null, ioWeak: false };
    for (const site of fn.calls) {
      if (isDeadUnder(site, env)) continue;
      const target = this.resolver.callTarget(site);
      if (target.kind === 'api') {
        const effect = target.info.effect;
        if ((effect === 'blocking-io' || effect === 'sleep') && !facts.blocking) facts.blocking = apiStep(fn, site, target);
        else if (countsAsIo(effect, site) && !facts.io) facts.io = apiStep(fn, site, target);
      }
    }
    const own = this.state(fn);
    if (!facts.io && own.io && !own.io.callee && own.io.kind === 'await') {
      facts.io = own.io;
      facts.ioWeak = own.ioWeak;
    }
    for (const edge of this.edgesOf(fn)) {
      if (edge.site && isDeadUnder(edge.site, env)) continue;
      const nested = edge.site ? calleeEnv(edge.site, edge.to, env) : null;
      const callee = nested || sees(edge.to, env) ? this.ioUnder(edge.to, nested ?? env, visiting, depth + 1) : this.state(edge.to);
      if (callee.blocking && !facts.blocking) facts.blocking = edgeStep(edge, 'blocking-io');
      if (callee.io && (!facts.io || (facts.ioWeak && !callee.ioWeak))) {
        facts.io = edgeStep(edge, 'async-io');
        facts.ioWeak = callee.ioWeak;
      }
    }
    visiting.delete(fn);
    return facts;
  }

  /**
   * CPU weight approximates the order of growth: 1 for one pass over the input, 2 for a nested pass or a heavy
   * synchronous API, more for deeper nesting. Sequential passes do not add up (O(n) + O(n) is still O(n)).
   */
  private cpuStep(fn: FunctionInfo): boolean {
    const state = this.state(fn);
    let best = 0;
    let bestStep: Step | null = null;
    const consider = (weight: number, step: () => Step) => {
      if (weight > best) {
        best = weight;
        bestStep = step();
      }
    };
    for (const loop of fn.loops) {
      const weight = this.loopWeight(loop);
      if (weight > 0) consider(weight, () => loopStep(fn, loop, weight));
    }
    for (const site of fn.calls) {
      const target = this.resolver.callTarget(site);
      if (target.kind !== 'api' || target.info.effect !== 'cpu-heavy') continue;
      const weight = (target.info.weight ?? 2) + this.enclosingLoopWeight(site.loop);
      consider(weight, () => apiStep(fn, site, target));
    }
    for (const edge of this.edgesOf(fn)) {
      if (edge.to === fn || (this.recursive.has(fn) && this.recursive.get(fn) === this.recursive.get(edge.to))) {
        if (!state.io && !state.blocking) {
          const message = edge.to === fn ? `recursive call to ${fn.name}` : `mutually recursive call to ${edge.to.name}`;
          consider(1, () => ({ fn, line: edge.line, column: edge.column, kind: 'recursion', message }));
        }
        if (edge.to === fn) continue;
      }
      const callee = this.state(edge.to);
      if (callee.cpu <= 0) continue;
      const payload = edge.site && processesAwaitedValue(edge.site) ? AWAITED_PAYLOAD_WEIGHT : 0;
      consider(callee.cpu + Math.min(1, this.enclosingLoopWeight(edge.loop)) + payload, () => edgeStep(edge, 'call'));
    }
    const total = Math.min(MAX_CPU_WEIGHT, best);
    if (total > state.cpu) {
      state.cpu = total;
      state.cpuStep = bestStep;
      return true;
    }
    return false;
  }

  /** A loop counts as computation when it runs over data and does no I/O of its own; nesting multiplies. */
  loopWeight(loop: LoopInfo): number {
    if (loop.busyWait) return 1;
    if (loop.size <= 0 || this.loopDoesIo(loop)) return 0;
    let weight = loop.size + this.enclosingLoopWeight(loop.parent);
    if (loop.bytewise || loop.buildsString) weight += 0.5;
    return weight;
  }

  /** Weight of the innermost enclosing loop that counts as computation, 0 when there is none. */
  private enclosingLoopWeight(loop: LoopInfo | null): number {
    for (let l = loop; l; l = l.parent) {
      if (l.size > 0 && !this.loopDoesIo(l)) return l.size + this.enclosingLoopWeight(l.parent);
    }
    return 0;
  }

  private loopDoesIo(loop: LoopInfo): boolean {
    const cached = this.loopIo.get(loop);
    if (cached !== undefined) return cached;
    const result = this.computeLoopDoesIo(loop);
    // I/O facts are final once the first phase is solved; only then may the answer be kept.
    if (this.ioSolved) this.loopIo.set(loop, result);
    return result;
  }

  private computeLoopDoesIo(loop: LoopInfo): boolean {
    if (loop.hasAwait || loop.isForAwait) return true;
    for (const site of loop.sites) {
      const target = this.resolver.callTarget(site);
      if (target.kind === 'api') {
        const effect = target.info.effect;
        if (effect === 'blocking-io' || effect === 'sleep' || effect === 'worker' || countsAsIo(effect, site)) return true;
      } else if (target.kind === 'function') {
        const callee = this.state(target.fn);
        if (callee.io || callee.blocking) return true;
      }
    }
    return false;
  }

  private propagate(functions: FunctionInfo[], step: (fn: FunctionInfo) => boolean): void {
    const queue = [...functions];
    const queued = new Set(functions);
    let budget = functions.length * 50 + 1000;
    while (queue.length > 0 && budget-- > 0) {
      const fn = queue.shift()!;
      queued.delete(fn);
      if (!step(fn)) continue;
      for (const edge of this.callers.get(fn) ?? []) {
        if (!queued.has(edge.from)) {
          queued.add(edge.from);
          queue.push(edge.from);
        }
      }
    }
  }

  private classify(fn: FunctionInfo): void {
    const state = this.state(fn);
    if (state.blocking) {
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
}

function emptyState(): FunctionState {
  return { blocking: null, io: null, ioWeak: false, cpu: 0, cpuStep: null, worker: null, unknownCalls: 0, classification: 'none', confidence: 0.5 };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function apiStep(fn: FunctionInfo, site: CallSite, target: Extract<CallTarget, { kind: 'api' }>): Step {
  const effect = target.info.effect;
  const kind: EvidenceKind =
    effect === 'blocking-io' || effect === 'sleep'
      ? 'blocking-io'
      : effect === 'threadpool'
        ? 'threadpool'
        : effect === 'cpu-heavy'
          ? 'cpu-api'
          : effect === 'worker'
            ? 'worker'
            : 'async-io';
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
  if (target.weak) return { fn, line: site.line, column: site.column, kind, message: `waits for ${target.name} events`, site, guessed: true };
  const guess = target.guessed ? ` (${site.calleeText} assumed to be ${target.name})` : '';
  return { fn, line: site.line, column: site.column, kind, message: `${what} ${target.guessed ? site.calleeText : target.name}${guess}`, site, guessed: target.guessed };
}

function edgeStep(edge: Edge, kind: EvidenceKind): Step {
  return { fn: edge.from, line: edge.line, column: edge.column, kind: 'call', message: `calls ${edge.label}`, callee: edge.to, site: edge.site ?? undefined, guessed: edge.guessed && kind !== 'call' };
}

function loopStep(fn: FunctionInfo, loop: LoopInfo, weight: number): Step {
  const kind: EvidenceKind = loop.busyWait
    ? 'busy-wait'
    : loop.bytewise
      ? 'byte-loop'
      : loop.buildsString
        ? 'string-building'
        : loop.arrayMethod
          ? 'array-method'
          : weight >= 2
            ? 'nested-loop'
            : 'loop';
  const prefix = loop.busyWait ? 'busy-wait ' : weight >= 2 && !loop.arrayMethod ? 'nested ' : '';
  const suffix = loop.bytewise ? ' (bitwise work per element)' : loop.buildsString ? ' (builds a string)' : '';
  return { fn, line: loop.line, column: loop.column, kind, message: `${prefix}${loop.description}${suffix}` };
}

/** `items.forEach(handle)`: the function reference that an iteration call runs once per element. */
function iterationCallbackReference(site: CallSite): TSESTree.Node | null {
  const node = site.node;
  if (node.type !== 'CallExpression') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return null;
  const isArrayFrom = callee.property.name === 'from' && callee.object.type === 'Identifier' && callee.object.name === 'Array';
  const arg = isArrayFrom ? node.arguments[1] : ['map', 'forEach', 'filter', 'reduce', 'some', 'every', 'find', 'flatMap'].includes(callee.property.name) ? node.arguments[0] : undefined;
  if (!arg || arg.type === 'FunctionExpression' || arg.type === 'ArrowFunctionExpression' || arg.type === 'SpreadElement') return null;
  return arg.type === 'Identifier' || arg.type === 'MemberExpression' ? arg : null;
}

function isPromiseCombinator(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Promise';
}
