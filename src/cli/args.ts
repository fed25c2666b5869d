import { parseArgs } from 'node:util';
import type { RuleSetting } from '../analyzer/project';
import { DEFAULT_MAX_FILE_SIZE } from '../scan/read';
import { errorMessage } from '../analyzer/errors';

/** A mistake in the command line: reported with a hint to --help and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Where `--cache` keeps summaries unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_DIR = '.concurrency-advisor-cache';

const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

export interface ScanCommandOptions {
  paths: string[];
  format: Format;
  output?: string;
  rules: Record<string, RuleSetting>;
  /** -1: no limit. */
  maxWarnings: number;
  maxFileSize: number;
  noColor: boolean;
  quiet: boolean;
  /** Folder for per-file summaries kept between runs, when --cache is given. */
  cacheDir?: string;
  /** Globs of walked files to leave out (--exclude, repeatable). */
  exclude: string[];
}

export type CommandLine =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'scan'; options: ScanCommandOptions }
  /** Raw arguments: the bench command will parse its own options. */
  | { command: 'bench'; args: string[] };

/** Turns argv (without node and the script) into a command; throws UsageError. */
export function parseCommandLine(argv: readonly string[], knownRuleIds: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  switch (first) {
    case undefined: throw new UsageError('no command given');
    case 'help': case '--help': case '-h': return { command: 'help' };
    case '--version': case '-v': return { command: 'version' };
    case 'scan': return parseScan(rest, knownRuleIds);
    case 'bench': return { command: 'bench', args: rest };
    default:
      throw new UsageError(first.startsWith('-') ? `expected a command before ${first}` : `unknown command "${first}"`);
  }
}

function parseScan(args: string[], knownRuleIds: readonly string[]): CommandLine {
  const { values, positionals } = parseOrThrowUsage(args);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  return {
    command: 'scan',
    options: {
      paths: positionals.length > 0 ? positionals : ['.'],
      format: parseFormat(values.format ?? 'text'),
      output: values.output,
      rules: parseRuleSettings(values.rule ?? [], knownRuleIds),
      maxWarnings: parseMaxWarnings(values['max-warnings'] ?? '-1'),
      maxFileSize: values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseMaxFileSize(values['max-file-size']),
      noColor: values['no-color'] ?? false,
      quiet: values.quiet ?? false,
      exclude: parseExcludes(values.exclude ?? []),
      ...(values.cache !== undefined || values['cache-location'] !== undefined ? { cacheDir: values['cache-location'] ?? DEFAULT_CACHE_DIR } : {}),
    },
  };
}

function parseOrThrowUsage(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown options and missing values.
    throw new UsageError(errorMessage(error));
  }
}

function parseFormat(text: string): Format {
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${text}"`);
}

/** `--rule id=severity`, repeatable; later settings of the same rule win. */
export function parseRuleSettings(specs: readonly string[], knownRuleIds: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const [id, setting, extra] = spec.split('=');
    if (setting === undefined || extra !== undefined) {
      throw new UsageError(`--rule expects <rule-id>=<${RULE_SETTINGS.join('|')}>, not "${spec}"`);
    }
    if (!knownRuleIds.includes(id)) {
      const known = knownRuleIds.length > 0 ? knownRuleIds.join(', ') : 'none yet';
      throw new UsageError(`unknown rule "${id}" (known rules: ${known})`);
    }
    if (!(RULE_SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`rule ${id}: severity must be one of ${RULE_SETTINGS.join(', ')}, not "${setting}"`);
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

function parseExcludes(globs: readonly string[]): string[] {
  const empty = globs.find((glob) => glob.trim() === '');
  if (empty !== undefined) throw new UsageError('--exclude expects a glob such as "**/*.test.js" or "test/**", not an empty string');
  return [...globs];
}

function parseMaxWarnings(text: string): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= -1)) throw new UsageError(`--max-warnings must be an integer >= -1, not "${text}"`);
  return value;
}

function parseMaxFileSize(text: string): number {
  const bytes = parseByteSize(text);
  if (bytes === undefined || bytes <= 0) {
    throw new UsageError(`--max-file-size must be a size such as 500KB or 4MB, not "${text}"`);
  }
  return bytes;
}

/** "2MB", "512kb", "1.5 M" or a plain number of bytes (units are binary: 1 KB = 1024 bytes). */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b')[0].toLowerCase();
  const multiplier = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.floor(Number(match[1]) * multiplier);
}
