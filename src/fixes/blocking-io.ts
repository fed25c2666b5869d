import * as nodePath from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { CallSite, FunctionInfo, Node } from '../analyzer/model';
import { keyName, unwrapExpression } from '../analyzer/syntax';
import { makeAsync, displayName } from './asyncify';
import { awaited, awaitForbiddenAt, nodesAt, callSiteOf, quoted, textOf, valueUnused, type FixContext } from './context';
import { draft, refuse, type Candidate, type Step } from './draft';
import { ImportPlan, requireSpecifier } from './imports';
import { convertSleep, SLEEP_TITLE } from './sleep';

/**
 * fs methods whose fs/promises namesake takes the same arguments and resolves to what the sync form returns.
 * (openSync returns a descriptor where fs/promises.open gives a FileHandle; globSync an array where glob gives
 * an async iterator: those are left out.)
 */
const SAME_SHAPE = new Set([
  'readFile', 'writeFile', 'appendFile', 'readdir', 'stat', 'lstat', 'mkdir', 'rm', 'rmdir', 'unlink', 'copyFile',
  'rename', 'access', 'realpath', 'mkdtemp', 'readlink', 'symlink', 'link', 'chmod', 'chown', 'lchown', 'truncate',
  'utimes', 'lutimes', 'cp', 'statfs', 'opendir',
]);

const SLEEP_COMMAND = /^\s*(sleep|timeout)(\s|$)/;

export function blockingIoFixes(ctx: FixContext): Candidate[] {
  const call = nodesAt(ctx.program, ctx.start, ctx.end).find((n): n is TSESTree.CallExpression | TSESTree.NewExpression => n.type === 'CallExpression' || n.type === 'NewExpression');
  const site = call ? callSiteOf(ctx, call) : undefined;
  if (!call || !site) return [refuse('Use the non-blocking API', 'the diagnostic does not match the current text: analyze the file again')];
  const target = ctx.target(site);
  if (call.type === 'NewExpression') {
    // `new X()` blocks in X's constructor, which cannot become async, whichever file it is in.
    const name = textOf(ctx, call.callee);
    return [refuse(`Use non-blocking I/O when creating ${name}`, `the blocking I/O runs in the constructor of ${name}${target.kind === 'function' && target.fn.file !== ctx.model ? ` (${nodePath.basename(target.fn.file.path)})` : ''}, which cannot be async: move it out of the constructor by hand, e.g. into an async factory or an init() method that callers await`)];
  }
  if (target.kind === 'function') return [helperFix(ctx, site, target.fn)];
  if (target.kind !== 'api') return [refuse('Use the non-blocking API', 'the call is not a known blocking API')];
  if (target.info.effect === 'sleep' || isSleepCommand(call, target.name)) {
    const plan = new ImportPlan(ctx, [site.fn]);
    const converted = convertSleep(ctx, call, plan, site.fn);
    if ('reason' in converted) return [refuse(SLEEP_TITLE, converted.reason)];
    return [withAsync(ctx, site.fn, SLEEP_TITLE, converted, plan, true)];
  }
  const title = titleFor(ctx, call, site);
  const plan = new ImportPlan(ctx, [site.fn]);
  const converted = convertBlockingCall(ctx, site, plan);
  if ('reason' in converted) return [refuse(title, converted.reason)];
  return [withAsync(ctx, site.fn, title, converted, plan, converted.fs)];
}

function isSleepCommand(call: TSESTree.CallExpression, name: string): boolean {
  if (!/^child_process\.(execSync|execFileSync|spawnSync)$/.test(name)) return false;
  const first = call.arguments[0];
  return first?.type === 'Literal' && typeof first.value === 'string' && SLEEP_COMMAND.test(first.value);
}

function withAsync(ctx: FixContext, fn: FunctionInfo, title: string, converted: { edits: Draft['edits']; notes: string[] }, plan: ImportPlan, fsOnly: boolean): Candidate {
  const change = makeAsync(ctx, fn);
  if ('reason' in change) return refuse(title, `${displayName(fn)} would have to become async, but ${change.reason}`);
  return draft(title, [...converted.edits, ...plan.edits(), ...change.edits], { isPreferred: true, safe: change.unchanged && fsOnly, notes: [...converted.notes, ...change.notes] });
}

type Draft = import('./draft').Draft;

function syncName(ctx: FixContext, call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) {
    const name = keyName(callee.property);
    if (name === 'native' && callee.object.type === 'MemberExpression' && !callee.object.computed) return keyName(callee.object.property);
    return name;
  }
  return textOf(ctx, callee);
}

function titleFor(ctx: FixContext, call: TSESTree.CallExpression, site: CallSite): string {
  const name = syncName(ctx, call);
  const value = ctx.resolveValue(call.callee, site.fn);
  if (value.k === 'module' && value.spec === 'child_process') return `Use the promisified ${name.replace(/Sync$/, '')}() instead of ${name}()`;
  if (name === 'existsSync') return 'Use await access() instead of existsSync()';
  return `Use await ${name.replace(/Sync$/, '')}() instead of ${name}()`;
}

/** Rewrites one blocking fs or child_process call into its awaited async form; imports go into `plan`. */
export function convertBlockingCall(ctx: FixContext, site: CallSite, plan: ImportPlan): { edits: Draft['edits']; notes: string[]; fs: boolean } | { reason: string } {
  const call = site.node;
  if (call.type !== 'CallExpression') return { reason: 'the call is a constructor call' };
  const target = ctx.target(site);
  if (target.kind !== 'api') return { reason: 'the call is not a known API' };
  if (target.guessed) return { reason: `${site.calleeText} is only assumed to be ${target.name} from its name; the fix rewrites calls on node:fs and node:child_process only` };
  if (call.optional) return { reason: 'the call is optional (`?.()`)' };
  const forbidden = awaitForbiddenAt(call, site.fn.node as Node);
  if (forbidden) return { reason: `the call cannot be awaited where it is: ${forbidden}` };
  const value = ctx.resolveValue(call.callee, site.fn);
  if (value.k !== 'module') return { reason: `no automatic rewrite for ${target.name}${target.info.alternative ? `: use ${target.info.alternative} and await it` : ''}` };
  const spec = value.spec.startsWith('node:') ? value.spec.slice(5) : value.spec;
  const method = value.path.join('.');
  if (spec === 'child_process' && (method === 'execSync' || method === 'execFileSync')) return convertExec(ctx, call, method === 'execSync' ? 'exec' : 'execFile', plan);
  if (spec !== 'fs') return { reason: `no automatic rewrite for ${target.name}${target.info.alternative ? `: use ${target.info.alternative} and await it` : ''}` };
  const args = call.arguments;
  if (args.some((a) => a.type === 'SpreadElement')) return { reason: 'the call spreads its arguments' };
  const first = args[0] ? unwrapExpression(args[0]) : null;
  if (first && (first.type === 'Literal' && typeof first.value === 'number' || (first.type === 'MemberExpression' && !first.computed && keyName(first.property) === 'fd') || (first.type === 'Identifier' && /^fd$|Fd$|Descriptor$/.test(first.name)))) {
    return { reason: 'the first argument looks like a file descriptor, which fs/promises does not accept (it takes a path or a FileHandle)' };
  }
  const argsText = ctx.text.slice(call.callee.range[1], call.range[1]);
  if (method === 'existsSync') {
    const access = plan.named('fs/promises', 'access');
    return { edits: [{ start: call.range[0], end: call.range[1], newText: awaited(call, `${access}${argsText}.then(() => true, () => false)`) }], notes: [], fs: true };
  }
  const match = /^fs\/promises\.(\w+)$/.exec(target.info.alternative ?? '');
  const asyncName = match?.[1];
  if (!asyncName || !SAME_SHAPE.has(asyncName) || !/^(\w+)Sync(\.native)?$/.test(method)) {
    return { reason: `no automatic rewrite for ${target.name}: ${target.info.alternative ? `use ${target.info.alternative}, which returns something different,` : 'rewrite it'} by hand` };
  }
  if ((asyncName === 'stat' || asyncName === 'lstat') && args[1]) {
    const options = unwrapExpression(args[1]);
    if (options.type !== 'ObjectExpression') return { reason: `the options of ${method} are not an object literal: fs/promises.${asyncName} has no throwIfNoEntry option, so they must be checked by hand` };
    if (options.properties.some((p) => p.type !== 'Property' || keyName(p.key) === 'throwIfNoEntry')) {
      return { reason: `fs/promises.${asyncName} has no throwIfNoEntry option: it rejects for a missing file where ${method} returned undefined` };
    }
  }
  const local = plan.named('fs/promises', asyncName);
  return { edits: [{ start: call.range[0], end: call.range[1], newText: awaited(call, `${local}${argsText}`) }], notes: [], fs: true };
}

const EXEC_ONLY_OPTIONS = new Set(['stdio', 'input']);

function convertExec(ctx: FixContext, call: TSESTree.CallExpression, kind: 'exec' | 'execFile', plan: ImportPlan): { edits: Draft['edits']; notes: string[]; fs: boolean } | { reason: string } {
  const syncName = `${kind}Sync`;
  const args = call.arguments as Node[];
  if (args.some((a) => a.type === 'SpreadElement')) return { reason: 'the call spreads its arguments' };
  let options: Node | undefined;
  const kept: Node[] = [args[0]];
  if (!args[0]) return { reason: `${syncName} has no command` };
  if (kind === 'exec') {
    if (args.length > 2) return { reason: `${syncName} takes at most two arguments` };
    options = args[1];
  } else {
    const second = args[1] ? unwrapExpression(args[1]) : undefined;
    if (args.length >= 3 || second?.type === 'ArrayExpression') {
      kept.push(args[1]);
      options = args[2];
    } else if (second?.type === 'ObjectExpression') options = args[1];
    else if (second) return { reason: 'cannot tell whether the second argument is the argument list or the options' };
  }
  const used = !valueUnused(call);
  let optionsText: string | null = null;
  if (options) {
    const literal = unwrapExpression(options);
    if (literal.type !== 'ObjectExpression') return { reason: `the options of ${syncName} are not an object literal, so the fix cannot check that ${kind} supports them` };
    const keys: string[] = [];
    for (const property of literal.properties) {
      if (property.type !== 'Property' || property.computed) return { reason: `the options of ${syncName} use a spread or a computed key, so the fix cannot check them` };
      keys.push(keyName(property.key));
    }
    const unsupported = keys.find((key) => EXEC_ONLY_OPTIONS.has(key));
    if (unsupported) return { reason: `${kind} has no \`${unsupported}\` option: rewrite this call with spawn by hand` };
    optionsText = textOf(ctx, options);
    if (used && !keys.includes('encoding')) {
      optionsText =
        literal.properties.length === 0
          ? `{ encoding: ${quoted(ctx, 'buffer')} }`
          : ctx.text.slice(options.range[0], literal.properties[0].range[0]) + `encoding: ${quoted(ctx, 'buffer')}, ` + ctx.text.slice(literal.properties[0].range[0], options.range[1]);
    }
  } else if (used) {
    // execSync returned a Buffer; exec's stdout is a string unless asked for a Buffer.
    optionsText = `{ encoding: ${quoted(ctx, 'buffer')} }`;
  }
  const promisified = plan.declaration(
    [`${kind}Async`, `${kind}Promise`],
    () => `${plan.named('util', 'promisify')}(${plan.named('child_process', kind)})`,
    (init) => isPromisifiedCall(ctx, init, kind),
  );
  const argumentTexts = [...kept.map((a) => textOf(ctx, a)), ...(optionsText ? [optionsText] : [])];
  const callText = `${promisified}(${argumentTexts.join(', ')})`;
  const notes = [
    `${syncName} let the command's stderr through to this process; the promisified ${kind} collects it in the result's stderr instead.`,
    `On failure the error carries the exit code in \`code\` (${syncName} used \`status\`).`,
  ];
  const newText = used ? `(await ${callText}).stdout` : awaited(call, callText);
  return { edits: [{ start: call.range[0], end: call.range[1], newText }], notes, fs: false };
}

function isPromisifiedCall(ctx: FixContext, init: Node, kind: string): boolean {
  const call = unwrapExpression(init);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return false;
  const callee = ctx.resolveValue(call.callee, ctx.model.moduleFn);
  if (callee.k !== 'module' || callee.spec.replace(/^node:/, '') !== 'util' || callee.path.join('.') !== 'promisify') return false;
  const arg = ctx.resolveValue(call.arguments[0], ctx.model.moduleFn);
  return arg.k === 'module' && arg.spec.replace(/^node:/, '') === 'child_process' && arg.path.join('.') === kind;
}

/** The blocking call is inside a helper of this file: make the helper async, convert its calls, await it at the callers. */
function helperFix(ctx: FixContext, site: CallSite, helper: FunctionInfo): Candidate {
  const title = helper.isAsync ? `Use non-blocking I/O inside ${displayName(helper)}` : `Make ${displayName(helper)} async and use non-blocking I/O inside it`;
  if (helper.file !== ctx.model) {
    return refuse(title, `the blocking call is inside ${displayName(helper)} in ${nodePath.basename(helper.file.path)}: apply the fix there`);
  }
  const state = ctx.state(helper);
  if (state?.blocking?.callee) return refuse(title, `${displayName(helper)} blocks through ${state.blocking.callee.summary.name} (line ${state.blocking.line}): fix that call first`);
  const plan = new ImportPlan(ctx, [helper]);
  const edits: Draft['edits'] = [];
  const notes: string[] = [];
  let converted = 0;
  for (const inner of helper.calls) {
    const target = ctx.target(inner);
    if (target.kind !== 'api' || (target.info.effect !== 'blocking-io' && target.info.effect !== 'sleep')) continue;
    const step: Step =
      target.info.effect === 'sleep' || isSleepCommand(inner.node as TSESTree.CallExpression, target.name)
        ? convertSleep(ctx, inner.node, plan, helper)
        : convertBlockingCall(ctx, inner, plan);
    if ('reason' in step) return refuse(title, `line ${inner.line}: ${step.reason}`);
    edits.push(...step.edits);
    notes.push(...step.notes);
    converted++;
  }
  if (converted === 0) return refuse(title, `the blocking call inside ${displayName(helper)} is not a direct call this fix can rewrite`);
  const change = makeAsync(ctx, helper);
  if ('reason' in change) return refuse(title, change.reason);
  return draft(title, [...edits, ...plan.edits(), ...change.edits], { isPreferred: true, notes: [...new Set(notes), ...change.notes] });
}

export { requireSpecifier };
