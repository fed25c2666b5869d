// The language server's main thread only speaks LSP; the analysis thread loads the parser. Keeping TypeScript out
// of the main bundle keeps the server's start-up short (measured 0.47 s -> 0.12 s for `dist/server.js --version`).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../..');

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('server bundle', function () {
  this.timeout(60_000);

  it('the main thread does not bundle the parser', async () => {
    const inputs = await bundledInputs('src/server/main.ts');
    const parser = inputs.filter((input) => /node_modules\/(typescript|@typescript-eslint\/typescript-estree)\//.test(input));
    assert.deepEqual(parser, []);
    assert.ok(inputs.some((input) => input.includes('vscode-languageserver')), 'the bundle was built from the real entry');
  });

  it('the analysis thread does', async () => {
    const inputs = await bundledInputs('src/server/analysis-worker.ts');
    assert.ok(inputs.some((input) => input.includes('node_modules/typescript/lib/typescript.js')));
  });
});
