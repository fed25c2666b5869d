import type { AnalyzeOptions, RuleSetting } from '../analyzer/project';

/** The `concurrencyAdvisor` settings section (docs/dev/editor-protocol.md), after validation. */
export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  minConfidence: number;
  constantLoopLimit: number;
  codeLens: { enable: boolean };
  debounceMs: number;
  run: 'onType' | 'onSave';
  exclude: string[];
}

export const SETTINGS_SECTION = 'concurrencyAdvisor';

export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/*.min.js'];

export function defaultSettings(): Settings {
  return {
    enable: true,
    rules: {},
    minConfidence: 0.5,
    constantLoopLimit: 1024,
    codeLens: { enable: true },
    debounceMs: 300,
    run: 'onType',
    exclude: [...DEFAULT_EXCLUDE],
  };
}

const RULE_SETTINGS: ReadonlySet<string> = new Set<RuleSetting>(['error', 'warning', 'info', 'off']);
/** Longest accepted debounce: a typo such as 30000 should not make the server look dead. */
const MAX_DEBOUNCE_MS = 10_000;

/**
 * Settings as the client sent them (any shape, possibly null) -> validated settings. Each value that is missing
 * or of the wrong type falls back to its default, so one bad entry never disables the rest.
 */
export function normalizeSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (isRecord(raw.rules)) {
    for (const [rule, value] of Object.entries(raw.rules)) {
      const normalized = typeof value === 'string' ? value.toLowerCase() : value;
      if (typeof normalized === 'string' && RULE_SETTINGS.has(normalized)) settings.rules[rule] = normalized as RuleSetting;
    }
  }
  if (isFiniteNumber(raw.minConfidence)) settings.minConfidence = clamp(raw.minConfidence, 0, 1);
  if (isFiniteNumber(raw.constantLoopLimit) && raw.constantLoopLimit >= 0) settings.constantLoopLimit = Math.floor(raw.constantLoopLimit);
  const codeLens = raw.codeLens;
  if (isRecord(codeLens) && typeof codeLens.enable === 'boolean') settings.codeLens.enable = codeLens.enable;
  // Flattened keys, as some clients (and `settings.json` written by hand) send them.
  if (typeof raw['codeLens.enable'] === 'boolean') settings.codeLens.enable = raw['codeLens.enable'];
  if (isFiniteNumber(raw.debounceMs)) settings.debounceMs = clamp(Math.round(raw.debounceMs), 0, MAX_DEBOUNCE_MS);
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (Array.isArray(raw.exclude)) settings.exclude = raw.exclude.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
  return settings;
}

/** Severity of a rule under these settings: the setting when there is one, else the analyzer's severity. */
export function ruleSetting(settings: Settings, rule: string, analyzerSeverity: RuleSetting): RuleSetting {
  return settings.rules[rule] ?? analyzerSeverity;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Settings per resource URI, fetched at most once each and dropped as a whole when the configuration changes.
 * `fetch` asks the client (workspace/configuration); a failed fetch yields the defaults and is not cached.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private generation = 0;

  constructor(private readonly fetch: (resource: string) => Promise<unknown>, private readonly onError: (error: unknown) => void = () => {}) {}

  get(resource: string): Promise<Settings> {
    let settings = this.cache.get(resource);
    if (!settings) {
      const generation = this.generation;
      settings = this.fetch(resource).then(normalizeSettings, (error: unknown) => {
        this.onError(error);
        if (this.generation === generation) this.cache.delete(resource);
        return defaultSettings();
      });
      this.cache.set(resource, settings);
    }
    return settings;
  }

  /** Forget every resource's settings (on `workspace/didChangeConfiguration`). */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  delete(resource: string): void {
    this.cache.delete(resource);
  }
}

/** The analyzer options that settings control; projects are shared between resources with equal options. */
export function analyzeOptionsOf(settings: Settings): AnalyzeOptions {
  return { rules: settings.rules, minConfidence: settings.minConfidence, constantLoopLimit: settings.constantLoopLimit };
}
