import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { containingFolder, documentPath, excludingGlob, fileUriToPath } from '../../src/server/paths';
import { DEFAULT_EXCLUDE } from '../../src/server/settings';

describe('server/paths', () => {
  const root = path.resolve('/work/project');
  const nested = path.join(root, 'packages', 'app');

  it('maps file URIs to paths and other URIs to undefined', () => {
    const file = path.join(root, 'src', 'a b.ts');
    assert.equal(fileUriToPath(pathToFileURL(file).href), file);
    assert.equal(fileUriToPath('untitled:Untitled-1'), undefined);
  });

  it('gives documents an analyzer path with an extension the parser understands', () => {
    const file = path.join(root, 'src', 'a.ts');
    assert.equal(documentPath(pathToFileURL(file).href, 'typescript'), file);
    assert.equal(documentPath(pathToFileURL(path.join(root, 'bin', 'tool')).href, 'javascript'), path.join(root, 'bin', 'tool.js'));
    assert.equal(documentPath(pathToFileURL(path.join(root, 'data.json')).href, 'json'), undefined);
    const untitled = documentPath('untitled:Untitled-1', 'typescriptreact');
    assert.ok(untitled?.endsWith('Untitled-1.tsx'), untitled);
    assert.equal(documentPath('untitled:Untitled-1', 'markdown'), undefined);
  });

  it('finds the innermost workspace folder of a file', () => {
    assert.equal(containingFolder(path.join(nested, 'src', 'x.js'), [root, nested]), nested);
    assert.equal(containingFolder(path.join(root, 'x.js'), [root, nested]), root);
    assert.equal(containingFolder(path.resolve('/elsewhere/x.js'), [root]), undefined);
    assert.equal(containingFolder(root, [root]), undefined);
  });

  it('matches exclude globs relative to the workspace folder and as absolute paths', () => {
    const globs = [...DEFAULT_EXCLUDE];
    assert.equal(excludingGlob(path.join(root, 'node_modules', 'pkg', 'index.js'), globs, [root]), '**/node_modules/**');
    assert.equal(excludingGlob(path.join(root, 'packages', 'a', 'dist', 'x.js'), globs, [root]), '**/dist/**');
    assert.equal(excludingGlob(path.join(root, 'vendor', 'lib.min.js'), globs, [root]), '**/*.min.js');
    assert.equal(excludingGlob(path.join(root, 'src', 'index.js'), globs, [root]), undefined);
    assert.equal(excludingGlob(path.join(root, 'src', 'generated', 'x.ts'), ['src/generated/**'], [root]), 'src/generated/**');
    assert.equal(excludingGlob(path.join(root, '.hidden', 'x.ts'), ['**/.hidden/**'], [root]), '**/.hidden/**');
    assert.equal(excludingGlob(path.resolve('/outside/node_modules/x.js'), globs, [root]), '**/node_modules/**');
    assert.equal(excludingGlob(path.join(root, 'x.js'), ['[invalid'], [root]), undefined);
    assert.equal(excludingGlob(path.join(root, 'x.js'), [], [root]), undefined);
  });

  it('gives the same answers when globs are reused, many settings later', () => {
    const file = path.join(root, 'src', 'a.test.ts');
    const check = (): void => {
      assert.equal(excludingGlob(file, ['**/*.test.ts'], [root]), '**/*.test.ts');
      assert.equal(excludingGlob(file, ['**/*.spec.ts'], [root]), undefined);
      assert.equal(excludingGlob(file, ['[invalid', '**/*.test.ts'], [root]), '**/*.test.ts');
    };
    check();
    // More distinct globs than the server keeps compiled, as settings edited again and again would give.
    for (let i = 0; i < 600; i++) assert.equal(excludingGlob(file, [`generated-${i}/**`], [root]), undefined);
    check();
  });
});
