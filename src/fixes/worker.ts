import * as nodePath from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FileModel, FunctionInfo, Node, Scope } from '../analyzer/model';
import { functionOfNode, iterationLoopOfCall } from '../analyzer/model';
import { parseSource } from '../analyzer/parse';
import { keyName, unwrapExpression } from '../analyzer/syntax';
import { awaitEdits, displayName, makeAsync } from './asyncify';
import {
  awaitForbiddenAt,
  callSiteOf,
  dependsOn,
  isFunctionNode,
  isIdentifierName,
  isTypeScriptPath,
  lineOf,
  nodesAt,
  parentOf,
  quoted,
  runtimeModuleKind,
  textOf,
  tsconfigOptions,
  walkAll,
  type FixContext,
} from './context';
import { draft, refuse, type Candidate } from './draft';
import { ImportPlan, requireSpecifier } from './imports';
import { stripTypes } from './strip-types';
import { joinPrelude, piscinaPool, processModule, processRunner, styled, workerModule, workerPool, type Format, type TaskModule } from './templates';
import type { FileCreation, TextEdit } from './types';

/** Globals a copied function may use: the language's and Node's, which exist in a worker or child process too. */
const ALLOWED_GLOBALS = new Set([
  'Math', 'JSON', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Symbol', 'BigInt',
  'Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError',
  'Infinity', 'NaN', 'undefined', 'isNaN', 'isFinite', 'parseInt', 'parseFloat', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Promise', 'Reflect', 'Proxy', 'console', 'TextEncoder', 'TextDecoder',
  'Buffer', 'URL', 'URLSearchParams', 'structuredClone', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval',
  'clearInterval', 'setImmediate', 'clearImmediate', 'globalThis', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI',
  'decodeURI', 'Intl', 'performance', 'process', 'crypto', 'AbortController', 'AbortSignal', 'fetch',
]);
const FORBIDDEN_GLOBALS: Record<string, string> = {
  require: 'calls require() inside the function',
  module: 'uses `module`',
  exports: 'uses `exports`',
  __filename: 'uses __filename, which would name the worker file instead',
  eval: 'uses eval',
};
/** Methods of built-in values (arrays, strings, maps, sets, dates...), which survive the structured clone. */
const BUILTIN_METHODS = new Set([
  'at', 'concat', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap',
  'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'pop', 'push', 'reduce', 'reduceRight', 'reverse', 'shift',
  'slice', 'some', 'sort', 'splice', 'toLocaleString', 'toString', 'unshift', 'values', 'with', 'toReversed', 'toSorted', 'toSpliced',
  'charAt', 'charCodeAt', 'codePointAt', 'endsWith', 'localeCompare', 'match', 'matchAll', 'normalize', 'padEnd', 'padStart', 'repeat',
  'replace', 'replaceAll', 'search', 'split', 'startsWith', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd',
  'trimStart', 'toLocaleLowerCase', 'toLocaleUpperCase', 'get', 'set', 'has', 'add', 'delete', 'clear', 'getTime', 'toISOString',
  'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getUTCFullYear',
  'getUTCMonth', 'getUTCDate', 'getUTCHours', 'valueOf', 'toFixed', 'toPrecision', 'test', 'exec', 'subarray', 'readUInt8',
  'readUInt32LE', 'readUInt32BE', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toJSON', 'byteLength',
]);

interface Task {
  /** The call to replace, or the function reference passed to map(). */
  node: Node;
  kind: 'call' | 'element' | 'reference';
  fn: FunctionInfo;
  /** The function that holds the call (awaits go there). */
  site: CallSite | null;
}

interface Prepared {
  fn: FunctionInfo;
  module: TaskModule;
  workerPath: string;
  processPath: string;
}

export function workerFixes(ctx: FixContext): Candidate[] {
  const found = findTasks(ctx);
  const names = 'tasks' in found ? [...new Set(found.tasks.map((t) => displayName(t.fn)))].join(', ') : null;
  const workerTitle = names ? `Move ${names} to a worker thread` : 'Move the computation to a worker thread';
  const processTitle = names ? `Run ${names} in a child process` : 'Run the computation in a child process';
  if ('reason' in found) return [refuse(workerTitle, found.reason), refuse(processTitle, found.reason)];
  const prepared: Prepared[] = [];
  for (const task of found.tasks) {
    const result = prepareTask(ctx, task);
    if ('reason' in result) return [refuse(workerTitle, result.reason), refuse(processTitle, result.reason)];
    if (!prepared.some((p) => p.fn === task.fn)) prepared.push(result);
  }
  return [buildFix(ctx, found.tasks, prepared, 'worker', workerTitle), buildFix(ctx, found.tasks, prepared, 'process', processTitle)];
}

function findTasks(ctx: FixContext): { tasks: Task[] } | { reason: string } {
  const nodes = nodesAt(ctx.program, ctx.start, ctx.end);
  const loop = nodes.find((n) => /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(n.type));
  const call = nodes.find((n): n is TSESTree.CallExpression | TSESTree.NewExpression => n.type === 'CallExpression' || n.type === 'NewExpression');
  if (ctx.diagnostic.rule === 'cpu-heavy-on-event-loop') {
    if ((loop && !call) || (call && iterationLoopOfCall.get(call))) return { reason: 'the loop runs inline in its function: extract it into a function of its own, then move that function' };
    if (!call) return { reason: 'the diagnostic does not match the current text: analyze the file again' };
    const site = callSiteOf(ctx, call);
    if (!site) return { reason: 'the diagnostic does not match the current text: analyze the file again' };
    const target = ctx.target(site);
    if (iterationCallbackOf(call)) return { reason: `the work runs inline in the ${iterationCallbackOf(call)}() callback: extract it into a function of its own, then move that function` };
    if (target.kind === 'api') {
      return { reason: `${target.name} is a library call${target.info.alternative ? `: use ${target.info.alternative} instead, or wrap it in a function of your own to move it` : ': wrap it in a function of your own to move it to a worker'}` };
    }
    if (target.kind !== 'function') return { reason: 'the called function could not be found' };
    if (target.guessed) return { reason: `the call was matched to ${displayName(target.fn)} by its name only` };
    return { tasks: [{ node: call, kind: 'call', fn: target.fn, site }] };
  }
  // cpu-in-promise-all
  if (!call) return { reason: 'the diagnostic does not match the current text: analyze the file again' };
  if (call.type === 'NewExpression') return { reason: 'the work runs in the promise executor itself: extract it into a function, then move that function' };
  const site = callSiteOf(ctx, call)!;
  const argument = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
  const tasks: Task[] = [];
  if (argument?.type === 'ArrayExpression') {
    for (const element of argument.elements) {
      const inner = element && element.type !== 'SpreadElement' ? unwrapExpression(element) : null;
      if (inner?.type !== 'CallExpression') continue;
      const innerSite = callSiteOf(ctx, inner);
      const target = innerSite ? ctx.target(innerSite) : null;
      if (target?.kind === 'function' && !target.guessed && target.state.classification === 'cpu') tasks.push({ node: inner, kind: 'element', fn: target.fn, site: innerSite! });
    }
  } else if (argument?.type === 'CallExpression') {
    const callee = unwrapExpression(argument.callee);
    const callback = argument.arguments[0];
    if (callee.type !== 'MemberExpression' || callee.computed || keyName(callee.property) !== 'map' || !callback) return { reason: 'the tasks are not a list of calls or a map() over a function' };
    const inline = functionOfNode.get(callback);
    if (inline) {
      const single = singleReturnedCall(inline);
      if (!single) return { reason: 'the map() callback computes inline: extract the work into a function of its own, then move that function' };
      const innerSite = callSiteOf(ctx, single);
      const target = innerSite ? ctx.target(innerSite) : null;
      if (target?.kind !== 'function' || target.guessed) return { reason: 'the map() callback does not call a function of this project' };
      tasks.push({ node: single, kind: 'element', fn: target.fn, site: innerSite! });
    } else {
      const value = ctx.resolveValue(callback, site.fn);
      if (value.k !== 'fn') return { reason: 'the function passed to map() could not be found' };
      tasks.push({ node: callback as Node, kind: 'reference', fn: value.fn, site: null });
    }
  }
  if (tasks.length === 0) return { reason: 'no call to a CPU-bound function of this project was found among the tasks' };
  return { tasks };
}

function iterationCallbackOf(call: Node): string | null {
  for (let current = parentOf(call); current; current = parentOf(current)) {
    if (isFunctionNode(current)) {
      const fn = functionOfNode.get(current);
      return fn?.role === 'array-callback' ? fn.enclosingLoop?.arrayMethod ?? 'iteration' : null;
    }
  }
  return null;
}

/** `(x) => f(x)`, `async (x) => f(x)`, `(x) => { return f(x); }`: the one call the callback returns. */
function singleReturnedCall(fn: FunctionInfo): TSESTree.CallExpression | null {
  const node = fn.node;
  if (node.type === 'Program' || !node.body) return null;
  let expression: Node | null = null;
  if (node.body.type !== 'BlockStatement') expression = node.body;
  else if (node.body.body.length === 1 && node.body.body[0].type === 'ReturnStatement') expression = node.body.body[0].argument;
  const inner = expression ? unwrapExpression(expression) : null;
  return inner?.type === 'CallExpression' ? inner : null;
}

/** Checks the function can run elsewhere and collects what to copy with it. */
function prepareTask(ctx: FixContext, task: Task): Prepared | { reason: string } {
  const fn = task.fn;
  const name = displayName(fn);
  if (fn.name === '<anonymous>' || !isIdentifierName(fn.name)) return { reason: 'the function has no name to give its worker file' };
  if (fn.classInfo || fn.objectInfo) return { reason: `${name} is a method: its \`this\` would not exist in the worker` };
  if (fn.isGenerator) return { reason: `${name} is a generator, whose iterator cannot be sent back from a worker` };
  const file = fn.file;
  const checked = collectDependencies(ctx, fn);
  if ('reason' in checked) return checked;
  const crossing = checkCrossing(ctx, task);
  if (crossing) return { reason: crossing };

  const typescript = isTypeScriptPath(file.path);
  const ext = nodePath.extname(file.path).toLowerCase();
  const format: 'cjs' | 'esm' = typescript || ext === '.mjs' || fileRuns(ctx, file) === 'esm' ? 'esm' : 'cjs';
  const jsExt = format === 'esm' ? '.mjs' : ext === '.cjs' ? '.cjs' : '.js';
  const prelude: string[] = [];
  let needsRequire = false;
  const imports = new Map<string, { defaultName?: string; namespace?: string; named: string[] }>();
  for (const dependency of checked) {
    if (dependency.kind === 'import') {
      const entry = imports.get(dependency.source) ?? { named: [] };
      if (dependency.path.length === 0) entry.namespace = dependency.local;
      else if (dependency.path[0] === 'default') entry.defaultName = dependency.local;
      else entry.named.push(dependency.path[0] === dependency.local ? dependency.local : `${dependency.path[0]} as ${dependency.local}`);
      imports.set(dependency.source, entry);
    }
  }
  for (const [source, entry] of imports) {
    const parts: string[] = [];
    if (entry.defaultName) parts.push(entry.defaultName);
    if (entry.namespace) parts.push(`* as ${entry.namespace}`);
    if (entry.named.length > 0) parts.push(`{ ${entry.named.join(', ')} }`);
    prelude.push(`import ${parts.join(', ')} from ${quoted(ctx, source)}${ctx.style.semicolons ? ';' : ''}`);
  }
  for (const dependency of checked.filter((d) => d.kind === 'code').sort((a, b) => a.node!.range[0] - b.node!.range[0])) {
    const code = typescript ? stripTypes(file.text, dependency.node!) : { code: file.text.slice(dependency.node!.range[0], dependency.node!.range[1]) };
    if ('reason' in code) return { reason: `${dependency.describe} cannot be copied as JavaScript: ${code.reason}` };
    const text = dependency.prefix + code.code + dependency.suffix;
    if (/\brequire\s*\(/.test(text)) needsRequire = true;
    prelude.push(text);
  }
  const own = typescript ? stripTypes(file.text, fn.node as Node) : { code: textOf({ text: file.text }, fn.node as Node) };
  if ('reason' in own) return { reason: `${name} cannot be copied as JavaScript: ${own.reason}` };
  const body = fn.node.type === 'FunctionDeclaration' ? own.code : `const ${fn.name} = ${own.code};`;
  const module: TaskModule = { format, prelude, body, name: fn.name, origin: nodePath.basename(file.path), needsRequire: needsRequire && format === 'esm' };
  const dir = nodePath.dirname(file.path);
  return { fn, module, workerPath: nodePath.join(dir, `${fn.name}.worker${jsExt}`), processPath: nodePath.join(dir, `${fn.name}.process${jsExt}`) };
}

function fileRuns(ctx: FixContext, file: FileModel): 'esm' | 'cjs' {
  if (file === ctx.model) return runtimeModuleKind(ctx).kind;
  const hasImport = file.program.body.some((s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration');
  return hasImport ? 'esm' : 'cjs';
}

interface Dependency {
  kind: 'import' | 'code';
  source: string;
  path: string[];
  local: string;
  node?: Node;
  prefix: string;
  suffix: string;
  describe: string;
}

/** Free names of `fn` (and of what it pulls in), checked and turned into imports and code to copy. */
function collectDependencies(ctx: FixContext, root: FunctionInfo): Dependency[] | { reason: string } {
  const file = root.file;
  const result: Dependency[] = [];
  const seen = new Set<string>();
  const queue: { node: Node; owner: FunctionInfo | null; what: string }[] = [{ node: root.node as Node, owner: root, what: displayName(root) }];
  while (queue.length > 0) {
    const { node, owner, what } = queue.shift()!;
    const own = ownThis(node);
    if (own) return { reason: `${what} uses ${own}, which would not exist in the worker` };
    for (const identifier of freeIdentifiers(node)) {
      const scope = scopeAt(file, identifier);
      const binding = scope.lookup(identifier.name);
      if (!binding) {
        if (FORBIDDEN_GLOBALS[identifier.name]) return { reason: `${what} ${FORBIDDEN_GLOBALS[identifier.name]}` };
        if (identifier.name === '__dirname') continue;
        if (!ALLOWED_GLOBALS.has(identifier.name)) return { reason: `${what} uses \`${identifier.name}\`, which is not defined in ${nodePath.basename(file.path)} (line ${lineOf({ text: file.text }, identifier.range[0])})` };
        continue;
      }
      const holder = holderOf(scope, identifier.name);
      const holderOwner = holder?.owner ?? null;
      if (holderOwner && owner && isWithin(holderOwner, owner)) continue;
      if (holderOwner && holderOwner !== file.moduleFn) {
        return { reason: `${what} uses \`${identifier.name}\` from ${holderOwner.name === '<anonymous>' || holderOwner.name === '<module>' ? 'the enclosing function' : `the enclosing ${holderOwner.name}`}, local state that a worker cannot see` };
      }
      if (seen.has(identifier.name)) continue;
      seen.add(identifier.name);
      switch (binding.kind) {
        case 'import': {
          if (binding.source.startsWith('.')) return { reason: `${what} uses \`${identifier.name}\` from ${binding.source}, which the worker would load with all its side effects: move it first or copy it by hand` };
          result.push({ kind: 'import', source: binding.source, path: binding.path, local: identifier.name, prefix: '', suffix: '', describe: identifier.name });
          break;
        }
        case 'function': {
          if (binding.fn === root) continue;
          if (binding.fn.classInfo || binding.fn.objectInfo) return { reason: `${what} uses the method ${identifier.name}` };
          const declaration = binding.fn.node as Node;
          result.push({ kind: 'code', source: '', path: [], local: identifier.name, node: declaration, prefix: '', suffix: '', describe: `the helper ${identifier.name}` });
          queue.push({ node: declaration, owner: binding.fn, what: `the helper ${identifier.name}` });
          break;
        }
        case 'class':
          return { reason: `${what} uses the class ${identifier.name}, which the fix does not copy (its instances would not cross to the worker either)` };
        case 'value': {
          const declarator = parentOf(binding.init);
          const declaration = declarator ? parentOf(declarator) : undefined;
          const line = lineOf({ text: file.text }, binding.init.range[0]);
          if (declarator?.type !== 'VariableDeclarator' || declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const' || binding.assigned.length > 0) {
            return { reason: `${what} uses the module variable \`${identifier.name}\` (line ${line}), whose changes a worker would not share` };
          }
          const init = unwrapExpression(binding.init);
          const spec = requireSpecifierDeep(init);
          if (spec !== null) {
            if (spec.startsWith('.')) return { reason: `${what} uses \`${identifier.name}\` from ${spec}, which the worker would load with all its side effects: move it first or copy it by hand` };
            if (result.some((d) => d.node === binding.init)) break;
            const id = declarator.id;
            const pattern = id.typeAnnotation ? file.text.slice(id.range[0], id.typeAnnotation.range[0]).trimEnd() : textOf({ text: file.text }, id);
            result.push({ kind: 'code', source: '', path: [], local: identifier.name, node: binding.init, prefix: `const ${pattern} = `, suffix: ';', describe: identifier.name });
            break;
          }
          const inner = functionOfNode.get(init);
          if (inner === root) continue;
          if (inner) {
            result.push({ kind: 'code', source: '', path: [], local: identifier.name, node: binding.init, prefix: `const ${identifier.name} = `, suffix: ';', describe: `the helper ${identifier.name}` });
            queue.push({ node: init, owner: inner, what: `the helper ${identifier.name}` });
            break;
          }
          if (declarator.id.type !== 'Identifier' || !isConstant(init)) {
            return { reason: `${what} uses the module value \`${identifier.name}\` (line ${line}), which is not a constant the fix can copy (module state is not shared with a worker)` };
          }
          result.push({ kind: 'code', source: '', path: [], local: identifier.name, node: binding.init, prefix: `const ${identifier.name} = `, suffix: ';', describe: identifier.name });
          queue.push({ node: binding.init, owner: null, what: `the constant ${identifier.name}` });
          break;
        }
        default:
          return { reason: `${what} uses \`${identifier.name}\` (line ${lineOf({ text: file.text }, identifier.range[0])}), which the fix cannot copy` };
      }
    }
  }
  if (result.some((d) => d.local === 'parentPort')) return { reason: 'the function uses a name `parentPort`, which the worker module needs for itself' };
  return result;
}

function requireSpecifierDeep(node: Node): string | null {
  let current: Node = node;
  while (current.type === 'MemberExpression') current = unwrapExpression(current.object);
  return requireSpecifier(current);
}

function isConstant(node: Node): boolean {
  const n = unwrapExpression(node);
  switch (n.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return n.expressions.every(isConstant);
    case 'Identifier':
      return true;
    case 'UnaryExpression':
      return n.operator !== 'delete' && isConstant(n.argument);
    case 'BinaryExpression':
      return isConstant(n.left) && isConstant(n.right);
    case 'ArrayExpression':
      return n.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isConstant(e));
    case 'ObjectExpression':
      return n.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && isConstant(p.value));
    case 'MemberExpression':
      return !n.computed && n.object.type === 'Identifier' && (n.object.name === 'Math' || n.object.name === 'Number');
    default:
      return false;
  }
}

/** `this`, `arguments`, `super`, `new.target` or `import.meta` of the function itself (arrows see through to it). */
function ownThis(node: Node): string | null {
  let found: string | null = null;
  const root = node;
  walkAll(node, (child) => {
    if (found) return false;
    if (child !== root && (child.type === 'FunctionExpression' || child.type === 'FunctionDeclaration')) return false;
    if (child.type === 'ThisExpression') found = '`this`';
    else if (child.type === 'Super') found = '`super`';
    else if (child.type === 'MetaProperty') found = `\`${child.meta.name}.${child.property.name}\``;
    else if (child.type === 'Identifier' && child.name === 'arguments' && root.type !== 'ArrowFunctionExpression') found = '`arguments`';
    return true;
  });
  return found;
}

/** Identifiers read (or called) in `node`, declarations and property names left out. */
function freeIdentifiers(node: Node): TSESTree.Identifier[] {
  const result: TSESTree.Identifier[] = [];
  walkAll(node, (child) => {
    if (child.type !== 'Identifier') return true;
    const parent = parentOf(child);
    if (!parent) return true;
    if (parent.type === 'MemberExpression' && parent.property === child && !parent.computed) return true;
    if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key === child && !parent.computed && !(parent.type === 'Property' && parent.shorthand && parentOf(parent)?.type === 'ObjectExpression')) return true;
    if ((parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') && parent.label === child) return true;
    if ((parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ClassDeclaration' || parent.type === 'ClassExpression') && parent.id === child) return true;
    if (parent.type === 'MetaProperty') return true;
    result.push(child);
    return true;
  });
  return result;
}

function scopeAt(file: FileModel, node: Node): Scope {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) {
      const fn = functionOfNode.get(current);
      if (fn) return fn.scope;
    }
  }
  return file.moduleFn.scope;
}

function holderOf(scope: Scope, name: string): Scope | null {
  for (let s: Scope | null = scope; s; s = s.parent) if (s.bindings.has(name)) return s;
  return null;
}

function isWithin(fn: FunctionInfo, ancestor: FunctionInfo): boolean {
  for (let current: FunctionInfo | null = fn; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** Why the arguments or the result could not be sent with postMessage, or null. */
function checkCrossing(ctx: FixContext, task: Task): string | null {
  const fn = task.fn;
  const name = displayName(fn);
  const node = fn.node;
  if (node.type === 'Program') return 'the function could not be found';
  const params = node.params.flatMap((p) => paramNames(p));
  // Parameters used as functions or as objects with methods of their own.
  let reason: string | null = null;
  walkAll(node.body ?? node, (child) => {
    if (reason || child.type !== 'CallExpression') return !reason;
    const callee = unwrapExpression(child.callee);
    if (callee.type === 'Identifier' && params.includes(callee.name) && scopeAt(fn.file, child).lookup(callee.name)?.kind === 'param') reason = `${name} calls its parameter \`${callee.name}\`: functions cannot be sent to another thread`;
    else if (callee.type === 'MemberExpression' && !callee.computed) {
      let root: Node = unwrapExpression(callee.object);
      while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
      const method = keyName(callee.property);
      if (root.type === 'Identifier' && params.includes(root.name) && !BUILTIN_METHODS.has(method) && scopeAt(fn.file, child).lookup(root.name)?.kind === 'param') {
        reason = `${name} calls \`${textOf({ text: fn.file.text }, callee)}()\` on its parameter: objects arrive in a worker as plain data, without their methods`;
      }
    }
    return true;
  });
  if (reason) return reason;
  // Arguments at the call site.
  if (task.kind !== 'reference') {
    const call = task.node as TSESTree.CallExpression;
    for (const argument of call.arguments) {
      const value = ctx.resolveValue(argument.type === 'SpreadElement' ? argument.argument : argument, task.site!.fn);
      const text = textOf(ctx, argument);
      if (value.k === 'fn') return `the argument \`${text}\` is a function, which cannot be sent to another thread`;
      if (value.k === 'instance' || value.k === 'proto-instance') return `the argument \`${text}\` is a class instance: it would arrive as a plain object without its methods`;
      if (value.k === 'api-instance') return `the argument \`${text}\` is a ${value.type.replace('#', ' ')} object, which cannot be copied to another thread`;
      if (value.k === 'class' || value.k === 'module' || value.k === 'namespace') return `the argument \`${text}\` is a ${value.k}, which cannot be copied to another thread`;
      if (argument.type === 'ThisExpression') return 'the call passes `this`, which cannot be copied to another thread';
    }
  } else if (node.params.length > 2 || node.params.some((p) => p.type === 'RestElement')) {
    return `${name} takes the array map() passes as its third argument, which would be copied for every item`;
  }
  // Returned values.
  const returned: Node[] = [];
  if (node.type === 'ArrowFunctionExpression' && node.expression) returned.push(node.body);
  walkAll(node.body ?? node, (child) => {
    if (child !== node.body && isFunctionNode(child)) return false;
    if (child.type === 'ReturnStatement' && child.argument) returned.push(child.argument);
    return true;
  });
  for (const value of returned) {
    const expression = unwrapExpression(value);
    if (isFunctionNode(expression)) return `${name} returns a function, which cannot be sent back from another thread`;
    const resolved = ctx.resolveValue(expression, scopeOwner(fn, expression));
    if (resolved.k === 'fn') return `${name} returns a function, which cannot be sent back from another thread`;
    if (resolved.k === 'instance' || resolved.k === 'proto-instance') return `${name} returns a class instance, which would arrive without its methods`;
    if (expression.type === 'NewExpression' && expression.callee.type === 'Identifier' && !ALLOWED_GLOBALS.has(expression.callee.name)) return `${name} returns \`new ${expression.callee.name}()\`, which would arrive without its methods`;
    if (expression.type === 'ObjectExpression' && expression.properties.some((p) => p.type === 'Property' && (p.method || isFunctionNode(p.value)))) return `${name} returns an object with methods, which would arrive without them`;
    if (expression.type === 'CallExpression') {
      const callee = ctx.resolveValue(expression.callee, scopeOwner(fn, expression));
      if ((callee.k === 'global' && callee.path[0] === 'Buffer') || (callee.k === 'module' && /^(zlib|crypto)$/.test(callee.spec.replace(/^node:/, '')) && /Sync$/.test(callee.path.join('.')))) {
        return `${name} returns a Buffer, which arrives from another thread as a plain Uint8Array`;
      }
    }
  }
  return null;
}

function scopeOwner(fn: FunctionInfo, node: Node): FunctionInfo {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) return functionOfNode.get(current) ?? fn;
  }
  return fn;
}

function paramNames(param: Node): string[] {
  switch (param.type) {
    case 'Identifier':
      return [param.name];
    case 'AssignmentPattern':
      return paramNames(param.left);
    case 'RestElement':
      return paramNames(param.argument);
    case 'ObjectPattern':
      return param.properties.flatMap((p) => paramNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return param.elements.flatMap((e) => (e ? paramNames(e) : []));
    default:
      return [];
  }
}

/** Relative module specifier from the caller's folder, always starting with `./` or `../`. */
function relativeSpecifier(from: string, to: string): string {
  let rel = nodePath.relative(nodePath.dirname(from), to).split(nodePath.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

function buildFix(ctx: FixContext, tasks: Task[], prepared: Prepared[], mode: 'worker' | 'process', title: string): Candidate {
  const runtime = runtimeModuleKind(ctx);
  const callerTs = ctx.typescript;
  const callerExt = nodePath.extname(ctx.path).toLowerCase();
  const piscina = mode === 'worker' && dependsOn(ctx.host, ctx.path, 'piscina');
  const format: Format = callerTs ? 'ts' : runtime.kind === 'esm' ? 'esm' : 'cjs';
  const helperBase = mode === 'worker' ? 'worker-pool' : 'run-in-process';
  const helperExt = callerTs ? (callerExt === '.mts' ? '.mts' : callerExt === '.cts' ? '.cts' : '.ts') : callerExt === '.mjs' ? '.mjs' : callerExt === '.cjs' ? '.cjs' : '.js';
  const helperPath = nodePath.join(nodePath.dirname(ctx.path), `${helperBase}${helperExt}`);
  const helperName = mode === 'worker' ? 'runInWorker' : 'runInChildProcess';
  const creates: FileCreation[] = [];
  const notes: string[] = [];
  const style = { quote: ctx.style.quote, semicolons: ctx.style.semicolons, eol: ctx.style.eol, indentUnit: ctx.style.indentUnit };

  const existingHelper = ctx.host.readFile(helperPath);
  if (existingHelper !== undefined) {
    if (!existingHelper.includes(helperName)) return refuse(title, `${nodePath.basename(helperPath)} already exists and does not export ${helperName}()`);
    notes.push(`Reuses ${helperName}() from the existing ${nodePath.basename(helperPath)}.`);
  } else {
    const template = mode === 'process' ? processRunner(format) : piscina ? piscinaPool(format) : workerPool(format);
    creates.push({ path: helperPath, text: styled(template, style) });
    notes.push(
      mode === 'worker'
        ? piscina
          ? `Created ${nodePath.basename(helperPath)}: runInWorker() on piscina, which the project already depends on; reuse it for other tasks.`
          : `Created ${nodePath.basename(helperPath)}: a pool of worker threads (one per core, started on demand, idle threads do not keep the process alive); reuse it for other tasks.`
        : `Created ${nodePath.basename(helperPath)}: runInChildProcess() forks one process per call, so a crash or a runaway computation cannot take this process down. Starting a process costs tens of milliseconds: prefer the worker-thread fix unless isolation is the point.`,
    );
  }

  for (const item of prepared) {
    const path = mode === 'worker' ? item.workerPath : item.processPath;
    if (ctx.host.readFile(path) !== undefined) return refuse(title, `${nodePath.basename(path)} already exists`);
    const placeholderModule = { ...item.module, prelude: item.module.prelude.length > 0 ? ['\u0000PRELUDE'] : [], body: '\u0000BODY' };
    const template = styled(mode === 'worker' ? workerModule(placeholderModule, piscina) : processModule(placeholderModule), style);
    const text = template.replace('\u0000PRELUDE', () => joinPrelude(item.module.prelude, ctx.style.eol)).replace('\u0000BODY', () => item.module.body);
    const parsed = parseSource(text, path);
    if (!parsed.ok) return refuse(title, `the copy of ${displayName(item.fn)} does not parse as JavaScript (${parsed.message})`);
    creates.push({ path, text });
    notes.push(`Created ${nodePath.basename(path)} beside ${nodePath.basename(item.fn.file.path)}: a copy of ${displayName(item.fn)}${item.module.prelude.length > 0 ? ' and what it uses' : ''}; ${displayName(item.fn)} itself is unchanged.`);
  }
  if (prepared.some((p) => isTypeScriptPath(p.fn.file.path))) {
    const outDir = tsconfigOptions(ctx.host, ctx.path)?.outDir;
    notes.push(
      `The ${mode === 'worker' ? 'worker' : 'child'} module is JavaScript (.mjs, types removed) so Node loads it without a TypeScript loader.` +
        (typeof outDir === 'string' ? ` tsc compiles into ${outDir} and does not copy .mjs files: copy it there as part of the build, or enable allowJs.` : ' If tsc compiles into another folder (outDir), copy it there as part of the build, or enable allowJs.'),
    );
  }
  notes.push(`Arguments and results are copied between ${mode === 'worker' ? 'threads' : 'processes'} (structured clone): plain data, arrays, Map, Set, Date and typed arrays cross; functions and class instances do not.`);

  // The call sites.
  const useFns = tasks.map((t) => (t.site ? t.site.fn : enclosingFn(ctx, t.node)));
  const plan = new ImportPlan(ctx, useFns);
  const poolSpecifier = relativeSpecifier(ctx.path, helperPath).replace(/\.(ts|tsx)$/, '').replace(/\.(mts)$/, '.mjs').replace(/\.(cts)$/, '.cjs');
  const specifier = callerTs && !/\.[cm]?js$/.test(poolSpecifier) && usesJsExtensions(ctx) ? `${poolSpecifier}.js` : poolSpecifier;
  const runLocal = plan.namedRelative(specifier, helperName);
  const edits: TextEdit[] = [];
  const asyncFns = new Set<FunctionInfo>();
  const refs = new Map<FunctionInfo, string>();
  for (const item of prepared) {
    const rel = relativeSpecifier(ctx.path, mode === 'worker' ? item.workerPath : item.processPath);
    const refExpression = runtime.kind === 'esm' ? `new URL(${quoted(ctx, rel)}, import.meta.url)` : `require.resolve(${quoted(ctx, rel)})`;
    refs.set(item.fn, plan.declaration([`${item.fn.name}${mode === 'worker' ? 'Worker' : 'Process'}`], () => refExpression, (init) => textOf(ctx, init) === refExpression));
  }
  for (const task of tasks) {
    const ref = refs.get(task.fn)!;
    const typeArgument = callerTs && task.kind !== 'reference' ? `<ReturnType<typeof ${textOf(ctx, (task.node as TSESTree.CallExpression).callee)}>>` : callerTs ? `<ReturnType<typeof ${textOf(ctx, task.node)}>>` : '';
    if (task.kind === 'reference') {
      const fnNode = task.fn.node as TSESTree.FunctionDeclaration;
      const params = fnNode.params.length === 2 ? ['item', 'index'] : ['item'];
      const names = params.map((p) => freshLocal(ctx, p));
      edits.push({ start: task.node.range[0], end: task.node.range[1], newText: `(${names.join(', ')}) => ${runLocal}${typeArgument}(${[ref, ...names].join(', ')})` });
      continue;
    }
    const call = task.node as TSESTree.CallExpression;
    const callee = unwrapExpression(call.callee);
    if (!isPureCallee(callee)) return refuse(title, `the callee \`${textOf(ctx, call.callee)}\` is an expression with effects of its own, which the call would no longer evaluate`);
    if (call.optional) return refuse(title, 'the call is optional (`?.()`)');
    const argsText = call.arguments.map((a) => textOf(ctx, a));
    const newCall = `${runLocal}${typeArgument}(${[ref, ...argsText].join(', ')})`;
    if (task.kind === 'element') {
      edits.push({ start: call.range[0], end: call.range[1], newText: newCall });
      continue;
    }
    const fn = task.site!.fn;
    const forbidden = awaitForbiddenAt(call, fn.node as Node);
    if (forbidden) return refuse(title, `the call cannot be awaited where it is: ${forbidden}`);
    const wrapped = awaitEdits(call);
    edits.push({ start: call.range[0], end: call.range[1], newText: (wrapped.length === 2 ? '(await ' : 'await ') + newCall + (wrapped.length === 2 ? ')' : '') });
    asyncFns.add(fn);
  }
  for (const fn of asyncFns) {
    const change = makeAsync(ctx, fn);
    if ('reason' in change) return refuse(title, `${displayName(fn)} would have to become async, but ${change.reason}`);
    edits.push(...change.edits);
    notes.push(...change.notes);
  }
  if (runtime.assumed) {
    notes.push(`Assumed this file runs as ${runtime.kind === 'esm' ? 'an ES module' : 'CommonJS'}${runtime.kind === 'cjs' ? ' (require.resolve)' : ' (import.meta.url)'}; change the path expression if it does not.`);
  }
  edits.push(...plan.edits());
  return draft(title, edits, { isPreferred: mode === 'worker', creates, notes });
}

function enclosingFn(ctx: FixContext, node: Node): FunctionInfo {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (isFunctionNode(current)) return functionOfNode.get(current) ?? ctx.model.moduleFn;
  }
  return ctx.model.moduleFn;
}

function freshLocal(ctx: FixContext, base: string): string {
  let name = base;
  for (let i = 2; ctx.usedNames.has(name); i++) name = `${base}${i}`;
  return name;
}

function isPureCallee(node: Node): boolean {
  const n = unwrapExpression(node);
  if (n.type === 'Identifier' || n.type === 'ThisExpression') return true;
  if (n.type === 'MemberExpression') return (!n.computed || n.property.type === 'Literal') && isPureCallee(n.object);
  return false;
}

/** Whether the file's relative imports end in `.js` (TypeScript under node16/nodenext resolution). */
function usesJsExtensions(ctx: FixContext): boolean {
  return [...ctx.model.importedSpecifiers].some((s) => s.startsWith('.') && /\.js$/.test(s));
}
