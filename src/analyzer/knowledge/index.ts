import { globalTables } from './globals';
import { nodeCoreTables, smallRuntimeCollections, undeclaredModuleNames } from './node-core';
import { distinctiveMethods, moduleFamilies, npmTables } from './npm-packages';
import { babelHelperName } from '../syntax';
import { transpilerHelpers } from './transpiler-helpers';
import type { ApiEffect, ApiInfo, ModuleFamily, ModuleTable } from './types';

export type { ApiEffect, ApiInfo, ModuleTable } from './types';

/** A table with `extends` folded in: one Map probe per lookup. */
interface ResolvedTable {
  api: ReadonlyMap<string, ApiInfo>;
  /** `defaultEffect` as an ApiInfo, shared so fallbacks allocate nothing. */
  defaultInfo: ApiInfo | undefined;
}

const NODE_PREFIX = 'node:';
const INSTANCE_SEPARATOR = '#';
const GLOBAL_TABLE = 'globalThis';
const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['globalThis', 'global', 'window', 'self']);
const DEFAULT_EXPORT = 'default';

const isInstanceTableName = (name: string): boolean => name.includes(INSTANCE_SEPARATOR);

function deepFreeze(table: ModuleTable): void {
  for (const info of Object.values(table.api)) Object.freeze(info);
  Object.freeze(table.api);
  if (table.aliases) Object.freeze(table.aliases);
  Object.freeze(table);
}

const moduleTableBySpecifier = new Map<string, ModuleTable>();
const moduleTableByName = new Map<string, ModuleTable>();
const instanceTableByName = new Map<string, ModuleTable>();

for (const table of [...nodeCoreTables, ...npmTables]) {
  deepFreeze(table);
  if (isInstanceTableName(table.module)) {
    instanceTableByName.set(table.module, table);
    continue;
  }
  moduleTableByName.set(table.module, table);
  moduleTableBySpecifier.set(table.module, table);
  for (const alias of table.aliases ?? []) moduleTableBySpecifier.set(alias, table);
}
for (const table of globalTables) {
  deepFreeze(table);
  if (isInstanceTableName(table.module)) instanceTableByName.set(table.module, table);
}

function rawTableNamed(name: string): ModuleTable | undefined {
  return isInstanceTableName(name) ? instanceTableByName.get(name) : moduleTableByName.get(name);
}

const defaultInfoByEffect = new Map<ApiEffect, ApiInfo>();
function defaultInfoFor(effect: ApiEffect): ApiInfo {
  let info = defaultInfoByEffect.get(effect);
  if (!info) {
    info = Object.freeze({ effect });
    defaultInfoByEffect.set(effect, info);
  }
  return info;
}

const resolvedByTable = new Map<ModuleTable, ResolvedTable>();
function resolveTable(table: ModuleTable, visiting: Set<ModuleTable> = new Set()): ResolvedTable {
  const cached = resolvedByTable.get(table);
  if (cached) return cached;
  if (visiting.has(table)) throw new Error(`knowledge: extends cycle through "${table.module}"`);
  visiting.add(table);
  const baseTable = table.extends === undefined ? undefined : rawTableNamed(table.extends);
  if (table.extends !== undefined && !baseTable) {
    throw new Error(`knowledge: "${table.module}" extends unknown table "${table.extends}"`);
  }
  const base = baseTable ? resolveTable(baseTable, visiting) : undefined;
  const api = new Map<string, ApiInfo>(base?.api);
  for (const [key, info] of Object.entries(table.api)) api.set(key, info);
  const resolved: ResolvedTable = {
    api,
    defaultInfo: table.defaultEffect ? defaultInfoFor(table.defaultEffect) : base?.defaultInfo,
  };
  resolvedByTable.set(table, resolved);
  return resolved;
}

const resolvedModuleBySpecifier = new Map<string, ResolvedTable>();
for (const [specifier, table] of moduleTableBySpecifier) resolvedModuleBySpecifier.set(specifier, resolveTable(table));
const resolvedInstanceByName = new Map<string, ResolvedTable>();
for (const [name, table] of instanceTableByName) resolvedInstanceByName.set(name, resolveTable(table));

/** Globals by full dotted path ("fetch", "JSON.parse"), and namespace defaults ("Math" -> none). */
const globalApiByPath = new Map<string, ApiInfo>();
const globalNamespaceDefault = new Map<string, ApiInfo>();
for (const table of globalTables) {
  if (isInstanceTableName(table.module)) continue;
  const prefix = table.module === GLOBAL_TABLE ? '' : `${table.module}.`;
  for (const [key, info] of Object.entries(table.api)) {
    if (key !== '') globalApiByPath.set(prefix + key, info);
  }
  if (table.defaultEffect && table.module !== GLOBAL_TABLE) {
    globalNamespaceDefault.set(table.module, defaultInfoFor(table.defaultEffect));
  }
}

/** fs methods reachable by a bare name (readFileSync, stat ...), for injected fs objects. */
const fsMethodByName = new Map<string, ApiInfo>();
for (const [key, info] of resolveTable(moduleTableByName.get('fs')!).api) {
  if (!key.includes('.')) fsMethodByName.set(key, info);
}

function normalizeSpecifier(specifier: string): string {
  return specifier.startsWith(NODE_PREFIX) ? specifier.slice(NODE_PREFIX.length) : specifier;
}

function exactEntry(table: ResolvedTable, memberPath: readonly string[]): ApiInfo | undefined {
  return table.api.get(memberPath.join('.'));
}

/** Exact key, then the key without a leading "default" (default import === module object), then defaultEffect. */
function lookupInResolved(table: ResolvedTable, memberPath: readonly string[]): ApiInfo | undefined {
  const exact = exactEntry(table, memberPath);
  if (exact) return exact;
  const withoutDefault = memberPath[0] === DEFAULT_EXPORT ? memberPath.slice(1) : memberPath;
  if (withoutDefault !== memberPath) {
    const viaDefault = exactEntry(table, withoutDefault);
    if (viaDefault) return viaDefault;
  }
  return withoutDefault.length > 0 ? table.defaultInfo : undefined;
}

/** The table for a module specifier ("node:fs", "fs/promises", "lodash-es"); subpaths are distinct modules. */
export function findModuleTable(specifier: string): ModuleTable | undefined {
  return moduleTableBySpecifier.get(normalizeSpecifier(specifier));
}

export function isKnownModule(specifier: string): boolean {
  return moduleTableBySpecifier.has(normalizeSpecifier(specifier)) || familyOf(specifier) !== undefined;
}

function familyOf(specifier: string): ModuleFamily | undefined {
  return moduleFamilies.find((family) => family.prefixes.some((prefix) => specifier.startsWith(prefix)));
}

/** A member of a family package, by the shape of its name: `SSOOIDCClient` (also as `default.SSOOIDCClient`). */
function lookupFamilyMember(specifier: string, memberPath: readonly string[]): ApiInfo | undefined {
  const path = memberPath[0] === DEFAULT_EXPORT ? memberPath.slice(1) : memberPath;
  if (path.length !== 1) return undefined;
  const family = familyOf(specifier);
  return family?.members.find((member) => member.name.test(path[0]!))?.info;
}

/**
 * What calling `memberPath` on a module object does: `fs.promises.readFile` is ("fs", ["promises", "readFile"]),
 * `got(url)` is ("got", []). Falls back to the table's defaultEffect for member calls, never for the bare call.
 */
export function lookupApi(moduleSpecifier: string, memberPath: readonly string[]): ApiInfo | undefined {
  const table = resolvedModuleBySpecifier.get(normalizeSpecifier(moduleSpecifier));
  return table ? lookupInResolved(table, memberPath) : lookupFamilyMember(moduleSpecifier, memberPath);
}

/** What calling `memberPath` on an instance does; `instanceType` is a `returns` value such as "pg#Client". */
export function lookupInstanceApi(instanceType: string, memberPath: readonly string[]): ApiInfo | undefined {
  const table = resolvedInstanceByName.get(instanceType);
  return table ? lookupInResolved(table, memberPath) : undefined;
}

export function isKnownInstanceType(instanceType: string): boolean {
  return resolvedInstanceByName.has(instanceType);
}

/** A global call such as ["fetch"] or ["JSON", "parse"]; a leading globalThis/global/window/self is ignored. */
export function lookupGlobal(memberPath: readonly string[]): ApiInfo | undefined {
  const path = memberPath.length > 1 && GLOBAL_OBJECT_NAMES.has(memberPath[0]!) ? memberPath.slice(1) : memberPath;
  if (path.length === 0) return undefined;
  return globalApiByPath.get(path.join('.')) ?? (path.length > 1 ? globalNamespaceDefault.get(path[0]!) : undefined);
}

/** fs method names (both sync and callback forms), for recognising an injected fs object such as options.statSync. */
export function lookupFsMethodByName(name: string): ApiInfo | undefined {
  return fsMethodByName.get(name);
}

/** A method whose name alone tells its library (see `distinctiveMethods`): its effect and how messages name it. */
export function lookupDistinctiveMethod(name: string): { info: ApiInfo; owner: string } | undefined {
  return distinctiveMethods.get(name);
}

/**
 * The effect of one call given whether it passes a callback in last position,
 * or undefined when the entry does not apply to that form (see `when` and `withCallback`).
 */
export function effectForCall(info: ApiInfo, hasCallback: boolean): ApiEffect | undefined {
  if (hasCallback) {
    if (info.withCallback) return info.withCallback;
    return info.when === 'no-callback' ? undefined : info.effect;
  }
  return info.when === 'callback' ? undefined : info.effect;
}

/** A compiler helper declared at the top of a compiled module (`_slicedToArray`), by the name compilers give it. */
export function lookupTranspilerHelper(name: string): ApiInfo | undefined {
  return transpilerHelpers.get(babelHelperName(name));
}

/** `require('module').globalPaths`, `os.cpus()`: a collection of a few entries, as the runtime gives it. */
export function isSmallRuntimeCollection(moduleSpecifier: string, member: string, called: boolean): boolean {
  return smallRuntimeCollections.has(`${normalizeSpecifier(moduleSpecifier)}.${member}${called ? '()' : ''}`);
}

/** The core module an identifier the code never declares stands for (`fs.readFileSync(p)` with no `fs` in scope). */
export function undeclaredModule(name: string): string | undefined {
  return undeclaredModuleNames.has(name) ? name : undefined;
}
