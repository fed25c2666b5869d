import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleMetas } from '../../src/analyzer/rules';
import { COMMANDS, CONFIG_SECTION, LANGUAGES } from '../../src/extension/protocol';

// The extension manifest (package.json) against the contract in docs/dev/editor-protocol.md.
const projectRoot = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const contract = fs.readFileSync(path.join(projectRoot, 'docs', 'dev', 'editor-protocol.md'), 'utf8');

/** Rows of the Markdown table that follows `heading` (cells trimmed, header and separator dropped). */
function tableAfter(heading: RegExp): string[][] {
  const lines = contract.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  assert.ok(start >= 0, `no ${heading} in the contract`);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) {
      inTable = true;
      // Split on pipes that are not escaped (`\|` appears inside type cells).
      rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
    } else if (inTable) {
      break;
    }
  }
  return rows.slice(2);
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

const contractCommands = tableAfter(/^## Commands/).map(([id, title]) => ({ id: unquote(id!), title: title! }));
const contractSettings = tableAfter(/^## Settings/).map(([key, type, defaultValue]) => ({
  key: unquote(key!),
  type: type!,
  default: JSON.parse(unquote(defaultValue!)) as unknown,
}));
const properties: Record<string, any> = manifest.contributes.configuration.properties;

describe('extension manifest (package.json)', () => {
  it('reads the contract tables', () => {
    assert.equal(contractCommands.length, 5);
    assert.ok(contractSettings.length >= 9, JSON.stringify(contractSettings));
  });

  it('contributes every command of the contract with its title, and no others', () => {
    const contributed = new Map<string, string>(manifest.contributes.commands.map((c: any) => [c.command, c.title]));
    for (const { id, title } of contractCommands) assert.equal(contributed.get(id), title, id);
    assert.deepEqual([...contributed.keys()].sort(), contractCommands.map((c) => c.id).sort());
    assert.deepEqual(Object.values(COMMANDS).sort(), contractCommands.map((c) => c.id).sort(), 'src/extension/protocol.ts COMMANDS');
  });

  it('menus refer only to contributed commands, with when-clauses', () => {
    const ids = new Set(manifest.contributes.commands.map((c: any) => c.command));
    for (const [menu, entries] of Object.entries<any[]>(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(ids.has(entry.command), `${menu}: ${entry.command}`);
        assert.equal(typeof entry.when, 'string', `${menu}: ${entry.command} has a when-clause`);
      }
    }
    const context = manifest.contributes.menus['editor/context'];
    assert.ok(context.some((entry: any) => entry.command === COMMANDS.runBenchmark), 'Run Micro-benchmark in the editor context menu');
  });

  it('contributes every setting of the contract with its documented default', () => {
    assert.equal(manifest.contributes.configuration.title, 'Concurrency Advisor');
    for (const setting of contractSettings) {
      const property = properties[`${CONFIG_SECTION}.${setting.key}`];
      assert.ok(property, `missing setting ${setting.key}`);
      assert.deepEqual(property.default, setting.default, `default of ${setting.key}`);
      assert.ok(property.description || property.markdownDescription, `description of ${setting.key}`);
      const documentedType = setting.type.match(/^(boolean|number|object|string\[\])/)?.[1];
      if (documentedType) assert.equal(property.type, documentedType === 'string[]' ? 'array' : documentedType, `type of ${setting.key}`);
      const documentedEnum = [...setting.type.matchAll(/`"([^"]+)"`/g)].map((m) => m[1]);
      if (documentedEnum.length > 0) assert.deepEqual(property.enum, documentedEnum, `enum of ${setting.key}`);
    }
    assert.deepEqual(
      Object.keys(properties).sort(),
      contractSettings.map((s) => `${CONFIG_SECTION}.${s.key}`).sort(),
      'no settings beyond the contract',
    );
  });

  it('reads analysis settings per resource; the trace setting is per window (it belongs to the client)', () => {
    for (const [key, property] of Object.entries(properties)) {
      assert.equal(property.scope, key.endsWith('.trace.server') ? 'window' : 'resource', key);
    }
    assert.equal(properties['concurrencyAdvisor.minConfidence'].minimum, 0);
    assert.equal(properties['concurrencyAdvisor.minConfidence'].maximum, 1);
  });

  it('offers every registered rule, and only those, in the rules setting with the four severities', () => {
    const rules = properties['concurrencyAdvisor.rules'];
    assert.deepEqual(Object.keys(rules.properties).sort(), ruleMetas.map((r) => r.id).sort());
    for (const rule of Object.values<any>(rules.properties)) assert.deepEqual(rule.enum, ['error', 'warning', 'info', 'off']);
    assert.deepEqual(rules.additionalProperties.enum, ['error', 'warning', 'info', 'off']);
  });

  it('activates on the four languages only (commands activate implicitly)', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), LANGUAGES.map((language) => `onLanguage:${language}`).sort());
  });

  it('targets VS Code 1.100 and declares limited support in untrusted workspaces', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    const typesVersion = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/@types/vscode/package.json'), 'utf8')).version;
    assert.ok(typesVersion.startsWith('1.100.'), `@types/vscode ${typesVersion} must not be newer than engines.vscode`);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /benchmark/i);
  });

  it('loads the extension from main and keeps the library behind exports', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.exports['.'].default, './dist/api.js');
    assert.equal(manifest.exports['.'].types, manifest.types);
    const build = fs.readFileSync(path.join(projectRoot, 'scripts', 'build.mjs'), 'utf8');
    assert.match(build, /entry: 'src\/extension\/extension\.ts', outfile: 'dist\/extension\.js', bundleDependencies: true/);
    if (fs.existsSync(path.join(projectRoot, 'dist', 'api.js'))) {
      // Self-reference by package name goes through "exports", not "main".
      assert.equal(require.resolve('concurrency-advisor'), path.join(projectRoot, 'dist', 'api.js'));
    }
  });

  it('has the marketplace fields and a 128x128 PNG icon', () => {
    assert.deepEqual(manifest.categories, ['Linters', 'Programming Languages']);
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.equal(manifest.repository, undefined, 'no placeholder repository (vsce runs with --allow-missing-repository)');
    const png = fs.readFileSync(path.join(projectRoot, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('the icon is what scripts/make-icon.mjs renders', async () => {
    const { iconPng } = await import(pathToFileURL(path.join(projectRoot, 'scripts', 'make-icon.mjs')).href);
    assert.ok(Buffer.compare(iconPng(), fs.readFileSync(path.join(projectRoot, 'media', 'icon.png'))) === 0, 'run node scripts/make-icon.mjs');
  });

  it('packages with vsce: .vscodeignore decides the .vsix contents, so package.json has no "files"', () => {
    const ignore = fs.readFileSync(path.join(projectRoot, '.vscodeignore'), 'utf8');
    for (const kept of ['!dist/extension.js', '!dist/server.js', '!media/**', '!README.md', '!LICENSE', '!package.json']) assert.ok(ignore.includes(kept), kept);
    // The CLI's scan worker carries no dependencies of its own: in the .vsix it would fail, so it is left out.
    assert.doesNotMatch(ignore, /^!dist\/\*\.js|^!dist\/scan-worker/m);
    // vsce lets every "!" pattern win over every ignore pattern: "!dist/**" would ship the source maps.
    assert.doesNotMatch(ignore, /^!dist\/\*\*/m);
    assert.equal(manifest.files, undefined, 'vsce refuses package.json "files" next to .vscodeignore; npm uses .npmignore');
    assert.ok(fs.existsSync(path.join(projectRoot, '.npmignore')));
    assert.match(manifest.scripts.package, /^vsce package --no-dependencies --allow-missing-repository .*-o concurrency-advisor\.vsix$/);
    assert.match(manifest.scripts['vscode:prepublish'], /npm run build/);
  });

});
