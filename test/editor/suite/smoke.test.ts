// Infrastructure check (`npm run test:editor -- --smoke`): the test host starts, the workspace is open, a file opens and
// the browser answers probes. Needs nothing from the extension.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import { openFile, probe, waitFor } from './helpers';

suite('smoke: the editor test host', () => {
  test('runs VS Code 1.100 with the test workspace open', () => {
    assert.match(vscode.version, /^1\.100\./);
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  });

  test('opens an example file', async () => {
    const editor = await openFile('examples/service/server.js');
    assert.equal(editor.document.languageId, 'javascript');
    await waitFor('the editor to become active', () => (vscode.window.activeTextEditor === editor ? true : undefined));
  });

  test('the browser side answers a screenshot probe', async function () {
    if (!config.probes) this.skip();
    const shot = await probe('screenshot', { name: 'smoke' });
    assert.match(shot.path, /smoke\.png$/);
  });
});
