import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { excludeMatcher } from '../../src/scan/exclude';

describe('excludeMatcher', () => {
  const base = path.resolve('/work/project');
  const at = (...parts: string[]) => path.join(base, ...parts);

  it('matches a glob with a slash against the path relative to the base folder', () => {
    const excluded = excludeMatcher(['test/**', 'src/generated/*.js'], base);
    assert.equal(excluded(at('test', 'unit', 'a.test.js')), 'test/**');
    assert.equal(excluded(at('src', 'generated', 'api.js')), 'src/generated/*.js');
    assert.equal(excluded(at('src', 'generated', 'deep', 'api.js')), undefined);
    assert.equal(excluded(at('src', 'test', 'a.js')), undefined, 'anchored at the base folder');
  });

  it('matches a glob without a slash against the file name at any depth', () => {
    const excluded = excludeMatcher(['*.spec.ts'], base);
    assert.equal(excluded(at('a.spec.ts')), '*.spec.ts');
    assert.equal(excluded(at('src', 'deep', 'b.spec.ts')), '*.spec.ts');
    assert.equal(excluded(at('src', 'b.ts')), undefined);
  });

  it('reads a relative path from the base folder, and matches absolute globs against the absolute path', () => {
    const absoluteGlob = `${base.split(path.sep).join('/')}/vendor/**`;
    const excluded = excludeMatcher(['fixtures/**', absoluteGlob], base);
    assert.equal(excluded(path.join('fixtures', 'x.js')), 'fixtures/**');
    assert.equal(excluded(at('vendor', 'lib.js')), absoluteGlob);
    assert.equal(excluded(path.join('..', 'project', 'vendor', 'lib.js')), absoluteGlob);
  });

  it('matches dot folders and excludes nothing without globs', () => {
    assert.equal(excludeMatcher(['**/.storybook/**'], base)(at('.storybook', 'main.js')), '**/.storybook/**');
    assert.equal(excludeMatcher([], base)(at('a.js')), undefined);
  });
});
