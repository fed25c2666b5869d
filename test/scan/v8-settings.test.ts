import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { SCAN_V8_FLAGS } from '../../src/scan/v8-settings';

describe('V8 settings of the CLI', () => {
  // `v8.setFlagsFromString` ignores a flag this Node does not know and prints an error on stderr, so a renamed flag
  // would silently stop applying and clutter every run's output. The benchmark passes the same flags to `node`.
  it('are flags this Node accepts on its command line', () => {
    for (const flag of SCAN_V8_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
      assert.equal(run.stderr, '', flag);
    }
  });

  it('are accepted when set from inside a running process, as the CLI sets them', () => {
    const script = `require('v8').setFlagsFromString(${JSON.stringify(SCAN_V8_FLAGS.join(' '))}); process.stdout.write('ok')`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'ok');
    assert.equal(run.stderr, '', 'no "unrecognized flag" error');
  });
});
