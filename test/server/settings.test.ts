import assert from 'node:assert/strict';
import { DEFAULT_EXCLUDE, SettingsCache, defaultSettings, normalizeSettings } from '../../src/server/settings';

describe('server/settings', () => {
  it('has the defaults of the editor protocol', () => {
    assert.deepEqual(defaultSettings(), {
      enable: true,
      rules: {},
      minConfidence: 0.5,
      constantLoopLimit: 1024,
      codeLens: { enable: true },
      debounceMs: 300,
      run: 'onType',
      exclude: [...DEFAULT_EXCLUDE],
    });
    assert.deepEqual(normalizeSettings(undefined), defaultSettings());
    assert.deepEqual(normalizeSettings(null), defaultSettings());
    assert.deepEqual(normalizeSettings('nonsense'), defaultSettings());
  });

  it('keeps valid values and replaces each invalid one by its default', () => {
    const settings = normalizeSettings({
      enable: false,
      rules: { 'sync-sleep': 'error', 'async-foreach': 'OFF', 'worker-per-task': 'loud', other: 3 },
      minConfidence: 2,
      constantLoopLimit: -1,
      codeLens: { enable: false },
      debounceMs: 12.6,
      run: 'sometimes',
      exclude: ['**/gen/**', 7, ''],
      'trace.server': 'verbose',
    });
    assert.deepEqual(settings, {
      enable: false,
      rules: { 'sync-sleep': 'error', 'async-foreach': 'off' },
      minConfidence: 1,
      constantLoopLimit: 1024,
      codeLens: { enable: false },
      debounceMs: 13,
      run: 'onType',
      exclude: ['**/gen/**'],
    });
    assert.equal(normalizeSettings({ debounceMs: 1e9 }).debounceMs, 10_000);
    assert.equal(normalizeSettings({ 'codeLens.enable': false }).codeLens.enable, false);
    assert.equal(normalizeSettings({ run: 'onSave' }).run, 'onSave');
  });

  it('asks once per resource, forgets everything on clear, and does not cache failures', async () => {
    const asked: string[] = [];
    let fail = false;
    const cache = new SettingsCache(async (resource) => {
      asked.push(resource);
      if (fail) throw new Error('client gone');
      return { debounceMs: asked.length };
    });
    assert.equal((await cache.get('file:///a.js')).debounceMs, 1);
    assert.equal((await cache.get('file:///a.js')).debounceMs, 1);
    assert.equal((await cache.get('file:///b.js')).debounceMs, 2);
    cache.clear();
    assert.equal((await cache.get('file:///a.js')).debounceMs, 3);
    fail = true;
    cache.clear();
    assert.deepEqual(await cache.get('file:///a.js'), defaultSettings());
    fail = false;
    assert.equal((await cache.get('file:///a.js')).debounceMs, 5);
    assert.deepEqual(asked, ['file:///a.js', 'file:///b.js', 'file:///a.js', 'file:///a.js', 'file:///a.js']);
  });
});
