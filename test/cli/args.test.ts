import { strict as assert } from 'node:assert';
import { parseByteSize, parseCommandLine, parseRuleSettings, UsageError, type CommandLine } from '../../src/cli/args';

const RULES = ['blocking-io-in-async', 'sync-sleep'];
const parse = (...argv: string[]) => parseCommandLine(argv, RULES);

function scanOptions(commandLine: CommandLine) {
  assert.equal(commandLine.command, 'scan');
  return commandLine.options;
}

describe('parseCommandLine', () => {
  it('scans "." with defaults', () => {
    assert.deepEqual(scanOptions(parse('scan')), {
      paths: ['.'],
      format: 'text',
      output: undefined,
      rules: {},
      maxWarnings: -1,
      maxFileSize: 2 * 1024 * 1024,
      noColor: false,
      quiet: false,
      exclude: [],
    });
  });

  it('reads every scan option, with paths before or after them', () => {
    const options = scanOptions(parse(
      'scan', 'src', '--format', 'sarif', '-o', 'out.sarif', '--rule', 'sync-sleep=off',
      '--rule=blocking-io-in-async=error', '--max-warnings', '0', '--max-file-size', '512KB', '--no-color', '-q', 'lib',
      '--exclude', 'test/**', '--exclude=*.spec.ts',
    ));
    assert.deepEqual(options, {
      paths: ['src', 'lib'],
      format: 'sarif',
      output: 'out.sarif',
      rules: { 'sync-sleep': 'off', 'blocking-io-in-async': 'error' },
      maxWarnings: 0,
      maxFileSize: 512 * 1024,
      noColor: true,
      quiet: true,
      exclude: ['test/**', '*.spec.ts'],
    });
  });

  it('answers help and version at top level and inside scan', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['scan', '--help'], ['scan', 'src', '-h']]) {
      assert.deepEqual(parse(...argv), { command: 'help' }, argv.join(' '));
    }
    for (const argv of [['--version'], ['-v'], ['scan', '--version']]) {
      assert.deepEqual(parse(...argv), { command: 'version' }, argv.join(' '));
    }
  });

  it('passes bench arguments through untouched', () => {
    assert.deepEqual(parse('bench', 'file.js', '--whatever'), { command: 'bench', args: ['file.js', '--whatever'] });
  });

  it('rejects bad command lines with a UsageError', () => {
    const bad = [
      [],
      ['lint'],
      ['--format', 'json'],
      ['scan', '--bogus'],
      ['scan', '--format'],
      ['scan', '--format', 'xml'],
      ['scan', '--max-warnings', 'many'],
      ['scan', '--max-warnings', '-2'],
      ['scan', '--max-warnings', '1.5'],
      ['scan', '--max-file-size', '0'],
      ['scan', '--max-file-size', '2 parsecs'],
      ['scan', '--rule', 'no-such-rule=error'],
      ['scan', '--rule', 'sync-sleep'],
      ['scan', '--rule', 'sync-sleep=loud'],
      ['scan', '--exclude'],
      ['scan', '--exclude', ' '],
    ];
    for (const argv of bad) assert.throws(() => parse(...argv), UsageError, argv.join(' '));
  });
});

describe('parseRuleSettings', () => {
  it('lets a later setting of the same rule win', () => {
    assert.deepEqual(parseRuleSettings(['sync-sleep=off', 'sync-sleep=info'], RULES), { 'sync-sleep': 'info' });
  });

  it('names the known rules when the id is unknown', () => {
    assert.throws(() => parseRuleSettings(['nope=off'], RULES), /unknown rule "nope" \(known rules: blocking-io-in-async, sync-sleep\)/);
  });
});

describe('parseByteSize', () => {
  it('reads plain bytes and binary units', () => {
    assert.equal(parseByteSize('100'), 100);
    assert.equal(parseByteSize('4MB'), 4 * 1024 * 1024);
    assert.equal(parseByteSize('1.5 m'), 1.5 * 1024 * 1024);
    assert.equal(parseByteSize('512kb'), 512 * 1024);
    assert.equal(parseByteSize('1G'), 1024 ** 3);
    assert.equal(parseByteSize('lots'), undefined);
  });
});
