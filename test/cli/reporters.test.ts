import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatJson } from '../../src/cli/reporters/json';
import { artifactLocation, toSarif } from '../../src/cli/reporters/sarif';
import { formatText } from '../../src/cli/reporters/text';
import { sampleResult, sampleRules } from './sample-result';

const FUNCTION_KEYS = ['name', 'line', 'column', 'endLine', 'endColumn', 'classification', 'confidence', 'evidence'];
const EVIDENCE_KEYS = ['line', 'column', 'kind', 'message'];
const DIAGNOSTIC_KEYS = ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'suggestion'];

describe('JSON reporter', () => {
  it('writes exactly the contract fields', () => {
    const doc = JSON.parse(formatJson(sampleResult()));
    assert.deepEqual(Object.keys(doc), ['version', 'files']);
    assert.equal(doc.version, 1);
    const [server, skipped, failed] = doc.files;
    assert.deepEqual(Object.keys(server), ['path', 'functions', 'diagnostics']);
    assert.deepEqual(Object.keys(server.functions[0]), FUNCTION_KEYS);
    assert.deepEqual(Object.keys(server.functions[0].evidence[0]), EVIDENCE_KEYS);
    assert.deepEqual(Object.keys(server.diagnostics[0]), DIAGNOSTIC_KEYS, 'related is not part of the JSON contract');
    assert.deepEqual(skipped, { path: 'vendor/app.min.js', functions: [], diagnostics: [], skipped: 'minified or generated file' });
    assert.deepEqual(failed, { path: 'src/secret.js', functions: [], diagnostics: [], error: 'permission denied' });
  });
});

describe('text reporter', () => {
  const text = formatText(sampleResult(), { color: false });

  it('groups diagnostics, suggestions and non-none functions by file', () => {
    const block = text.split('\n\n')[0].split('\n');
    assert.deepEqual(block, [
      'src/server.js',
      '  4:15  warning  fs.readFileSync in async function handle  blocking-io-in-async',
      '                 Use fs/promises.readFile.',
      '  7:3   error    Atomics.wait blocks the thread.  sync-sleep',
      '                 Await a timer.',
      '  8:3   info     Note this  sync-sleep',
      '  functions:',
      '    3:1  handle  blocking-io 0.90  fs.readFileSync blocks the thread',
    ]);
  });

  it('shows skips and errors per file, leaves out files with nothing to say, and ends with a summary', () => {
    assert.match(text, /^vendor\/app\.min\.js\n {2}skipped: minified or generated file$/m);
    assert.match(text, /^src\/secret\.js\n {2}error: permission denied$/m);
    assert.doesNotMatch(text, /quiet file/);
    assert.ok(text.endsWith([
      '4 files scanned: 2 analyzed, 1 skipped, 1 error',
      'Functions: 0 cpu, 0 io, 1 blocking-io, 0 mixed, 1 none',
      'Diagnostics: 1 error, 1 warning, 1 info',
      '',
    ].join('\n')));
    assert.doesNotMatch(text, /\x1b\[/);
  });

  it('colours only when asked', () => {
    assert.match(formatText(sampleResult(), { color: true }), /\x1b\[31merror/);
  });
});

describe('SARIF reporter', () => {
  const sourceRoot = path.resolve('/work/project');
  const sarif = toSarif(sampleResult(), {
    toolVersion: '1.2.3',
    rules: sampleRules,
    sourceRoot,
    informationUri: 'https://example.com/concurrency-advisor',
    docsBaseUri: 'https://example.com/repo/blob/HEAD/',
  });
  const run = sarif.runs[0];

  it('has the 2.1.0 log skeleton and a driver with rule descriptors', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const { driver } = run.tool;
    assert.equal(driver.name, 'Concurrency Advisor');
    assert.equal(driver.version, '1.2.3');
    assert.equal(driver.informationUri, 'https://example.com/concurrency-advisor');
    assert.deepEqual(driver.rules[0], {
      id: 'blocking-io-in-async',
      name: 'BlockingIoInAsync',
      shortDescription: { text: 'Synchronous I/O inside an async function blocks the event loop.' },
      fullDescription: { text: 'Synchronous I/O inside an async function blocks the event loop. Use the asynchronous API instead.' },
      help: {
        text: 'Use the asynchronous API instead.',
        markdown: 'Use the asynchronous API instead.\n\n[Rule documentation](https://example.com/repo/blob/HEAD/docs/rules/blocking-io-in-async.md)',
      },
      helpUri: 'https://example.com/repo/blob/HEAD/docs/rules/blocking-io-in-async.md',
      defaultConfiguration: { level: 'warning' },
    });
    assert.equal(driver.rules[1].defaultConfiguration.level, 'error');
  });

  it('maps diagnostics to results with levels, rule indexes and relative locations', () => {
    assert.deepEqual(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level]), [
      ['blocking-io-in-async', 0, 'warning'],
      ['sync-sleep', 1, 'error'],
      ['sync-sleep', 1, 'note'],
    ]);
    const [first] = run.results;
    assert.equal(first.message.text, 'fs.readFileSync in async function handle. Use fs/promises.readFile.');
    assert.deepEqual(first.locations, [{
      physicalLocation: {
        artifactLocation: { uri: 'src/server.js', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4, startColumn: 15, endLine: 4, endColumn: 40 },
      },
    }]);
    assert.deepEqual(first.relatedLocations, [{
      id: 0,
      message: { text: 'the blocking call is here' },
      physicalLocation: { artifactLocation: { uri: 'src/util.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 3 } },
    }]);
    assert.equal(run.results[1].relatedLocations, undefined);
    assert.equal(run.results[2].message.text, 'Note this');
  });

  it('declares the source root and reports unanalyzed files as notifications', () => {
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    const [invocation] = run.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(invocation.toolExecutionNotifications.map((n) => [n.level, n.message.text]), [
      ['note', 'vendor/app.min.js: skipped: minified or generated file'],
      ['error', 'src/secret.js: permission denied'],
    ]);
  });
});

describe('artifactLocation', () => {
  const root = path.resolve('/work/project');

  it('encodes relative paths and uses file URIs outside the source root', () => {
    assert.deepEqual(artifactLocation('src/quiet file.ts', root), { uri: 'src/quiet%20file.ts', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactLocation(path.join(root, 'a#b.js'), root), { uri: 'a%23b.js', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactLocation('../other/x.js', root), { uri: pathToFileURL(path.resolve(root, '../other/x.js')).href });
    assert.deepEqual(artifactLocation('..x.js', root), { uri: '..x.js', uriBaseId: '%SRCROOT%' });
  });
});
