import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { analyze } from '../../src/analyzer/index';
import { rules, ruleMetas } from '../../src/analyzer/rules/index';
import type { Rule } from '../../src/analyzer/rules/types';

const ROOT = path.resolve(__dirname, '../..');
const RULES_DIR = path.join(ROOT, 'src/analyzer/rules');
const ANALYZER_DIR = path.join(ROOT, 'src/analyzer');
/** Modules the analyzer layer must not touch: it runs in editors, workers and tests with the caller owning all I/O. */
const FORBIDDEN_MODULES = /^(node:)?(fs|child_process|worker_threads)(\/.*)?$|^vscode$/;
const SEVERITIES = ['error', 'warning', 'info'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.[cm]?[jt]sx?$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name) ? [full] : [];
  });
}

function isRule(value: unknown): value is Rule {
  const candidate = value as Partial<Rule> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.check === 'function' && typeof candidate.meta?.id === 'string';
}

/** Every module specifier a file imports: import declarations, re-exports, import(), require(), import x = require(). */
function importedModules(text: string, jsx = false): string[] {
  const program = parse(text, { jsx, range: true });
  const found: string[] = [];
  const stringValue = (node: TSESTree.Node | null | undefined) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null);
  const stack: TSESTree.Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    let spec: string | null = null;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') spec = node.source.value;
    else if (node.type === 'ExportNamedDeclaration') spec = node.source?.value ?? null;
    else if (node.type === 'ImportExpression') spec = stringValue(node.source);
    else if (node.type === 'TSExternalModuleReference') spec = stringValue(node.expression);
    else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require') spec = stringValue(node.arguments[0]);
    if (spec !== null) found.push(spec);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
      }
    }
  }
  return found;
}

/** Fenced code blocks of a markdown section (`## Incorrect`, `## Correct`), with their language tag. */
function codeBlocks(markdown: string, heading: string): { lang: string; code: string }[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** A sentence: starts with a capital letter or a code span, has some words, ends with a full stop. */
function assertSentence(text: string, what: string): void {
  assert.equal(typeof text, 'string', what);
  assert.equal(text, text.trim(), `${what} has no surrounding blanks`);
  assert.match(text, /^([A-Z]|`)/, `${what} starts like a sentence: ${text}`);
  assert.match(text, /\.$/, `${what} ends with a full stop: ${text}`);
  assert.ok(text.split(/\s+/).length >= 5, `${what} is more than a few words: ${text}`);
}

describe('rule metadata', () => {
  const ruleFiles = fs
    .readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, file: path.join(RULES_DIR, name), text: fs.readFileSync(path.join(RULES_DIR, name), 'utf8') }));

  it('has rules', () => {
    assert.ok(rules.length >= 9);
    assert.deepEqual(ruleMetas, rules.map((rule) => rule.meta));
  });

  it('every file in src/analyzer/rules that defines a rule is registered in rules/index.ts', async () => {
    const defining = ruleFiles.filter((f) => /:\s*(File|Program)?Rule\s*=/.test(f.text));
    assert.ok(defining.length >= rules.length, 'each registered rule is defined in a file of its own');
    for (const { name, file } of ruleFiles) {
      const exported = Object.values(await import(file)).filter(isRule);
      const textDefines = defining.some((f) => f.name === name);
      assert.equal(exported.length > 0, textDefines, `${name}: the text and the exports agree on whether it defines a rule`);
      for (const rule of exported) assert.ok(rules.includes(rule), `${name} exports rule '${rule.meta.id}' that rules/index.ts does not register`);
      assert.ok(exported.length <= 1, `${name} defines one rule`);
    }
  });

  it('ids are unique', () => {
    const ids = rules.map((rule) => rule.meta.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('meta.id equals the file name of the rule', async () => {
        assert.match(id, /^[a-z]+(-[a-z]+)*$/);
        const file = path.join(RULES_DIR, `${id}.ts`);
        assert.ok(fs.existsSync(file), `src/analyzer/rules/${id}.ts exists`);
        const exported = Object.values(await import(file)).filter(isRule);
        assert.deepEqual(exported, [rule], `src/analyzer/rules/${id}.ts exports exactly this rule`);
      });

      it('has docs/rules/<id>.md and meta.docs points to it', () => {
        assert.equal(rule.meta.docs, `docs/rules/${id}.md`);
        const doc = path.join(ROOT, rule.meta.docs);
        assert.ok(fs.existsSync(doc), `${rule.meta.docs} exists`);
        const text = fs.readFileSync(doc, 'utf8');
        assert.match(text, new RegExp(`^# ${id}\\b`), 'the page title is the rule id');
        for (const heading of ['## Incorrect', '## Correct', '## Options', '## When not to use it']) {
          assert.ok(text.includes(`\n${heading}\n`), `${rule.meta.docs} has a "${heading}" section`);
        }
        assert.ok(text.includes(`concurrency-advisor-disable-next-line ${id}`), 'the page shows the suppression comment');
        assert.ok(text.includes(`--rule ${id}=`), 'the page shows the severity option');
      });

      it('the examples of its doc page behave as documented', () => {
        const text = fs.readFileSync(path.join(ROOT, rule.meta.docs), 'utf8');
        const check = (heading: string, expectFindings: boolean) => {
          const blocks = codeBlocks(text, heading);
          assert.ok(blocks.length > 0, `${heading} has code examples`);
          blocks.forEach(({ lang, code }, i) => {
            const fileName = `/project/src/example-${i}.${lang === 'js' ? 'js' : 'ts'}`;
            const result = analyze(code, { fileName });
            assert.equal(result.error, undefined, `${heading} example ${i + 1} parses`);
            const found = result.diagnostics.filter((d) => d.rule === id);
            const summary = found.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ');
            if (expectFindings) assert.ok(found.length > 0, `${heading} example ${i + 1} is reported`);
            else assert.equal(found.length, 0, `${heading} example ${i + 1} is not reported: ${summary}`);
          });
        };
        check('## Incorrect', true);
        check('## Correct', false);
      });

      it('has a test file', () => {
        assert.ok(fs.existsSync(path.join(__dirname, `${id}.test.ts`)), `test/rules/${id}.test.ts exists`);
      });

      it('description and recommendation are non-empty sentences', () => {
        assertSentence(rule.meta.description, 'description');
        assertSentence(rule.meta.recommendation, 'recommendation');
        assert.ok(SEVERITIES.includes(rule.meta.defaultSeverity), `defaultSeverity is one of ${SEVERITIES.join(', ')}`);
      });
    });
  }

  it('docs/rules holds a page for registered rules only', () => {
    const ids = new Set(rules.map((rule) => rule.meta.id));
    for (const name of fs.readdirSync(path.join(ROOT, 'docs/rules'))) {
      if (name.endsWith('.md')) assert.ok(ids.has(name.slice(0, -3)), `docs/rules/${name} documents a registered rule`);
    }
  });
});

describe('analyzer layer purity', () => {
  const files = sourceFiles(ANALYZER_DIR);

  it('finds the analyzer sources', () => {
    assert.ok(files.length > 10);
    assert.ok(files.some((f) => f.endsWith(path.join('rules', 'index.ts'))));
  });

  it("no file under src/analyzer imports 'vscode', 'fs', 'node:fs', 'child_process' or 'worker_threads'", () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const spec of importedModules(fs.readFileSync(file, 'utf8'), /x$/.test(file))) {
        if (FORBIDDEN_MODULES.test(spec)) offenders.push(`${path.relative(ROOT, file)} imports '${spec}'`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the import scan sees every import form and ignores comments and strings', () => {
    const sample = [
      "import a from 'a';",
      "import 'b';",
      "export * from 'c';",
      "export { d } from 'd';",
      "const e = require('e');",
      "const f = import('f');",
      "import g = require('g');",
      "// require('fs') in a comment",
      "const table = { module: 'child_process' };",
    ].join('\n');
    assert.deepEqual(importedModules(sample).sort(), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    for (const spec of ['fs', 'node:fs', 'fs/promises', 'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads', 'vscode']) {
      assert.ok(FORBIDDEN_MODULES.test(spec), spec);
    }
    for (const spec of ['node:path', 'fs-extra', 'vscode-languageserver']) assert.ok(!FORBIDDEN_MODULES.test(spec), spec);
  });
});
