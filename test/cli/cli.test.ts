import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleMetas } from '../../src/analyzer/rules';
import { isRoot, makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

// End to end through the bundled CLI: run `npm run build` first (`npm test` does).
const projectRoot = path.resolve(__dirname, '../..');
const cliPath = path.join(projectRoot, 'dist', 'cli.js');
const packageVersion: string = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;

function run(args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...options,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function assertJsonContract(doc: any): void {
  assert.deepEqual(Object.keys(doc), ['version', 'files']);
  assert.equal(doc.version, 1);
  for (const file of doc.files) {
    assert.equal(typeof file.path, 'string');
    assert.ok(Array.isArray(file.functions) && Array.isArray(file.diagnostics), file.path);
    for (const key of Object.keys(file)) assert.ok(['path', 'functions', 'diagnostics', 'error', 'skipped'].includes(key), key);
    for (const fn of file.functions) {
      assert.deepEqual(Object.keys(fn), ['name', 'line', 'column', 'endLine', 'endColumn', 'classification', 'confidence', 'evidence']);
      assert.ok(['cpu', 'io', 'blocking-io', 'mixed', 'none'].includes(fn.classification));
      for (const evidence of fn.evidence) assert.deepEqual(Object.keys(evidence), ['line', 'column', 'kind', 'message']);
    }
    for (const diagnostic of file.diagnostics) {
      assert.deepEqual(Object.keys(diagnostic), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'suggestion']);
    }
  }
}

describe('concurrency-advisor CLI (dist/cli.js)', () => {
  let root: string;

  before(function () {
    if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" before these tests`);
    root = makeTempDir();
    fs.chmodSync(root, 0o755); // readable by the unprivileged user of the permission test
    writeFiles(root, {
      'src/server.js': 'const fs = require("fs");\nasync function load() {\n  return fs.readFileSync("config.json", "utf8");\n}\nmodule.exports = { load };\n',
      'src/empty.ts': '',
      'src/logo.js': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      'node_modules/dep/index.js': 'module.exports = 1;\n',
      'README.md': '# not code\n',
    });
  });
  after(() => removeTempDir(root));

  it('prints the version and the help', () => {
    assert.deepEqual(run(['--version'], root), { status: 0, stdout: `${packageVersion}\n`, stderr: '' });
    const help = run(['scan', '--help'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: concurrency-advisor <command>/);
    assert.match(help.stdout, /--max-warnings/);
  });

  it('writes the JSON contract, and nothing else, to stdout', () => {
    const { status, stdout } = run(['scan', '--format', 'json'], root);
    assert.equal(status, 0);
    const doc = JSON.parse(stdout);
    assertJsonContract(doc);
    assert.deepEqual(doc.files.map((f: any) => f.path), ['src/empty.ts', 'src/logo.js', 'src/server.js']);
    assert.equal(doc.files[1].skipped, 'binary file');
  });

  it('keeps named paths as given and reports missing ones per file with exit 0', () => {
    const { status, stdout } = run(['scan', '--format', 'json', './src/server.js', 'nope.js'], root);
    assert.equal(status, 0);
    const doc = JSON.parse(stdout);
    assertJsonContract(doc);
    assert.deepEqual(doc.files.map((f: any) => [f.path, f.error]), [
      ['./src/server.js', undefined],
      ['nope.js', 'no such file or directory'],
    ]);
  });

  it('writes SARIF 2.1.0 with the fields code scanning requires', () => {
    const { status, stdout } = run(['scan', '--format', 'sarif', '.', 'nope.js'], root);
    assert.equal(status, 0);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [run0] = log.runs;
    assert.equal(run0.tool.driver.name, 'Concurrency Advisor');
    assert.equal(run0.tool.driver.version, packageVersion);
    assert.deepEqual(run0.tool.driver.rules.map((r: any) => r.id), ruleMetas.map((r) => r.id));
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.ok(Array.isArray(run0.results));
    for (const result of run0.results) {
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!path.isAbsolute(artifactLocation.uri));
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    }
    const [invocation] = run0.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(invocation.toolExecutionNotifications.map((n: any) => [n.level, n.message.text]), [
      ['error', 'nope.js: no such file or directory'],
      ['note', 'src/logo.js: skipped: binary file'],
    ]);
  });

  it('writes the report to --output instead of stdout', () => {
    const output = path.join(root, 'report.json');
    const { status, stdout } = run(['scan', 'src', '--format', 'json', '--output', output], root);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assertJsonContract(JSON.parse(fs.readFileSync(output, 'utf8')));
    fs.rmSync(output);
  });

  it('prints a plain text report with a summary', () => {
    const { status, stdout } = run(['scan', '--no-color'], root);
    assert.equal(status, 0);
    assert.match(stdout, /^src\/logo\.js\n {2}skipped: binary file$/m);
    assert.match(stdout, /^3 files scanned: 2 analyzed, 1 skipped, 0 errors$/m);
    assert.doesNotMatch(stdout, /\x1b\[/);
  });

  it('exits with 2 and a message on stderr for usage errors', () => {
    for (const args of [['scan', '--bogus'], ['scan', '--format', 'xml'], ['scan', '--rule', 'no-such-rule=off'], ['frobnicate'], []]) {
      const { status, stdout, stderr } = run(args, root);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, /^concurrency-advisor: .+\nRun "concurrency-advisor --help" for usage\.\n$/, args.join(' '));
    }
  });

  it('says on stderr why a folder gave no files, naming the folders it skipped, and keeps the JSON on stdout whole', () => {
    const packageRoot = path.join(root, 'published');
    writeFiles(packageRoot, { 'dist/index.js': 'module.exports = 1;\n', 'node_modules/dep/index.js': '', 'README.md': '' });
    const { status, stdout, stderr } = run(['scan', '.', '--format', 'json'], packageRoot);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), { version: 1, files: [] });
    assert.equal(
      stderr,
      'concurrency-advisor: no JavaScript or TypeScript files found in ".".\n' +
        'Skipped folders (dependencies, VCS data, build output): dist, node_modules. Name one to scan it: concurrency-advisor scan dist\n',
    );
    // Named, the skipped folder is scanned.
    const named = run(['scan', 'dist', '--format', 'json'], packageRoot);
    assert.equal(JSON.parse(named.stdout).files.length, 1);
    assert.equal(named.stderr, '');
    // Nothing to skip either: the hint is one line.
    fs.mkdirSync(path.join(root, 'nothing'));
    assert.equal(run(['scan', 'nothing', '-q'], root).stderr, 'concurrency-advisor: no JavaScript or TypeScript files found in "nothing".\n');
  });

  it('leaves out walked files matching --exclude, and says so when nothing is left', () => {
    const kept = run(['scan', 'src', '--exclude', '*.ts', '--format', 'json'], root);
    assert.equal(kept.status, 0, kept.stderr);
    assert.deepEqual(JSON.parse(kept.stdout).files.map((file: { path: string }) => file.path), [path.join('src', 'logo.js'), path.join('src', 'server.js')]);
    const none = run(['scan', 'src', '--exclude', 'src/**', '-q'], root);
    assert.equal(none.status, 0);
    assert.equal(none.stderr, 'concurrency-advisor: no JavaScript or TypeScript files found in "src" (3 left out by --exclude).\n');
  });

  it('exits with 2 and a message when the report cannot be written', () => {
    const { status, stderr } = run(['scan', 'src', '--output', path.join(root, 'no-such-folder', 'report.txt')], root);
    assert.equal(status, 2);
    assert.match(stderr, /^concurrency-advisor: error: cannot write the report to .*report\.txt: /);
  });

  it('exits with 2 on bench without a workload (the benchmark has its own tests in test/benchmark)', () => {
    const { status, stderr } = run(['bench'], root);
    assert.equal(status, 2);
    assert.match(stderr, /bench needs --builtin cpu\|io\|mixed, or a FILE and --function NAME/);
  });

  it('exits with 1 when findings reach the threshold, 0 when the rule is off', function () {
    if (!ruleMetas.some((rule) => rule.id === 'blocking-io-in-async')) this.skip(); // until the rule lands
    assert.equal(run(['scan', 'src/server.js', '--max-warnings', '0'], root).status, 1);
    assert.equal(run(['scan', 'src/server.js', '--max-warnings', '0', '--rule', 'blocking-io-in-async=off'], root).status, 0);
    assert.equal(run(['scan', 'src/server.js', '--max-warnings', '0', '--rule', 'blocking-io-in-async=info'], root).status, 0);
  });

  it('reports unreadable files and folders per entry', function () {
    if (process.platform === 'win32') this.skip();
    const dir = path.join(root, 'locked');
    writeFiles(dir, { 'secret.js': 'x', 'closed/inner.js': 'x', 'open.js': 'const a = 1;' });
    fs.chmodSync(path.join(dir, 'secret.js'), 0o000);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      // root reads anything, so run the CLI as "nobody" to get real EACCES errors.
      const asUser = isRoot ? { uid: 65534, gid: 65534 } : {};
      const { status, stdout, stderr } = run(['scan', '--format', 'json', 'locked'], root, asUser);
      assert.equal(status, 0, stderr);
      assert.deepEqual(JSON.parse(stdout).files.map((f: any) => [f.path, f.error]), [
        [path.join('locked', 'closed'), 'cannot read directory: permission denied'],
        [path.join('locked', 'open.js'), undefined],
        [path.join('locked', 'secret.js'), 'permission denied'],
      ]);
    } finally {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
      removeTempDir(dir);
    }
  });

  it('runs through npx from another folder', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const result = spawnSync(npx, ['--no', '--prefix', projectRoot, 'concurrency-advisor', 'scan', '--format', 'json', 'src/server.js'], {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).files.map((f: any) => f.path), ['src/server.js']);
  });
});
