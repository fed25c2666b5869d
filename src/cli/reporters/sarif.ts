import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, FileResult, RelatedLocation, Severity } from '../../analyzer/types';
import type { RuleMeta } from '../../analyzer/rules/types';
import type { ScanResult } from '../../scan';

export interface SarifOptions {
  toolVersion: string;
  rules: readonly RuleMeta[];
  /** Folder that relative artifact URIs (uriBaseId %SRCROOT%) are relative to. */
  sourceRoot: string;
  informationUri?: string;
  /** Base that rule doc paths (docs/rules/x.md) are appended to, for helpUri. */
  docsBaseUri?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(result: ScanResult, options: SarifOptions): string {
  return JSON.stringify(toSarif(result, options), null, 2) + '\n';
}

/** A SARIF 2.1.0 log with one run, in the shape GitHub code scanning accepts. */
export function toSarif(result: ScanResult, options: SarifOptions) {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const locate = (filePath: string) => artifactLocation(filePath, options.sourceRoot);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Concurrency Advisor',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            ...(options.informationUri && { informationUri: options.informationUri }),
            rules: options.rules.map((rule) => ruleDescriptor(rule, options.docsBaseUri)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.sourceRoot).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: result.files.flatMap((file) =>
          file.diagnostics.map((diagnostic) => sarifResult(file, diagnostic, ruleIndex.get(diagnostic.rule), locate)),
        ),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.files.flatMap((file) => fileNotifications(file, locate)),
          },
        ],
      },
    ],
  };
}

type Locate = (filePath: string) => ReturnType<typeof artifactLocation>;

function ruleDescriptor(rule: RuleMeta, docsBaseUri: string | undefined) {
  const helpUri = docsBaseUri ? `${docsBaseUri.replace(/\/?$/, '/')}${rule.docs}` : undefined;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: joinSentences(rule.description, rule.recommendation) },
    help: {
      text: rule.recommendation,
      markdown: `${rule.recommendation}${helpUri ? `\n\n[Rule documentation](${helpUri})` : ''}`,
    },
    ...(helpUri && { helpUri }),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

function sarifResult(file: FileResult, diagnostic: Diagnostic, ruleIndex: number | undefined, locate: Locate) {
  return {
    ruleId: diagnostic.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: LEVEL[diagnostic.severity],
    message: { text: joinSentences(diagnostic.message, diagnostic.suggestion) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: locate(file.path),
          region: {
            startLine: diagnostic.line,
            startColumn: diagnostic.column,
            endLine: diagnostic.endLine,
            endColumn: diagnostic.endColumn,
          },
        },
      },
    ],
    ...(diagnostic.related?.length && {
      relatedLocations: diagnostic.related.map((related, id) => relatedLocation(related, id, file.path, locate)),
    }),
  };
}

function relatedLocation(related: RelatedLocation, id: number, filePath: string, locate: Locate) {
  return {
    id,
    message: { text: related.message },
    physicalLocation: {
      artifactLocation: locate(related.path ?? filePath),
      region: { startLine: related.line, startColumn: related.column },
    },
  };
}

/** Files that were not analyzed: errors as error notifications, skips as notes. */
function fileNotifications(file: FileResult, locate: Locate) {
  const problems = [
    ...(file.error !== undefined ? [{ level: 'error', text: file.error }] : []),
    ...(file.skipped !== undefined ? [{ level: 'note', text: `skipped: ${file.skipped}` }] : []),
  ];
  return problems.map(({ level, text }) => ({
    level,
    message: { text: `${file.path}: ${text}` },
    locations: [{ physicalLocation: { artifactLocation: locate(file.path) } }],
  }));
}

/** Relative to the source root when inside it (what code scanning expects), else an absolute file URI. */
export function artifactLocation(filePath: string, sourceRoot: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(sourceRoot, filePath);
  const relative = path.relative(sourceRoot, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter: string) => letter.toUpperCase());
}

function joinSentences(first: string, second: string): string {
  if (!second) return first;
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}
