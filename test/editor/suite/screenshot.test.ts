// The README's screenshot: an editor with a diagnostic squiggle and our hover open (test-output/editor/).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import { closeAllEditors, extensionActivated, lineOf, openFile, probe, waitFor, waitForRules } from './helpers';

suite('screenshot', () => {
  test('an editor with a diagnostic squiggle and an open hover', async function () {
    if (!config.probes) this.skip();
    await extensionActivated();
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const editor = await openFile('examples/service/server.js');
    const document = editor.document;
    await waitForRules(document.uri, ['blocking-io-in-async', 'cpu-heavy-on-event-loop', 'sequential-awaits']);
    const line = lineOf(document, 'const settings = readSettings();');
    const column = document.lineAt(line).text.indexOf('readSettings') + 4;
    editor.selection = new vscode.Selection(line, column, line, column);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    // Let the CodeLens and the status bar settle so the picture shows them too.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const hovers = await waitFor('the hover widget to show', async () => {
      await vscode.commands.executeCommand('editor.action.showHover');
      await new Promise((resolve) => setTimeout(resolve, 400));
      const { texts } = await probe('hovers');
      return texts.some((text) => /readFileSync|block/i.test(text)) ? texts : undefined;
    });
    assert.ok(hovers.length > 0);
    const shot = await probe('screenshot', { name: 'editor-diagnostic-hover' });
    assert.match(shot.path, /editor-diagnostic-hover\.png$/);
  });
});
