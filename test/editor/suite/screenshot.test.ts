// The README's screenshot: an editor with a diagnostic squiggle and our hover open (test-output/editor/).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { config } from './config';
import { closeAllEditors, extensionActivated, lineOf, openFile, probe, sleep, waitFor, waitForRules } from './helpers';

suite('screenshot', () => {
  test('an editor with a diagnostic squiggle and an open hover', async function () {
    if (!config.probes) this.skip();
    await extensionActivated();
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    const editor = await openFile('examples/service/server.js');
    const document = editor.document;
    await waitForRules(document.uri, ['blocking-io-in-async', 'cpu-heavy-on-event-loop', 'sequential-awaits']);
    const line = lineOf(document, 'const settings = readSettings();');
    const column = document.lineAt(line).text.indexOf('readSettings') + 4;
    editor.selection = new vscode.Selection(line, column, line, column);
    editor.revealRange(new vscode.Range(Math.max(0, line - 8), 0, Math.max(0, line - 8), 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    // Let the picture settle: our CodeLens above the functions, no "Analyzing..." from the TypeScript service.
    await waitFor('CodeLens on server.js', async () => {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [];
      return lenses.some((lens) => lens.command?.command.startsWith('concurrencyAdvisor.')) ? true : undefined;
    });
    await waitFor('a quiet status bar', async () => {
      const { items } = await probe('statusBar');
      return items.some((item) => /analyzing|initializing/i.test(item.text)) ? undefined : true;
    }, { timeoutMs: 15_000 }).catch(() => undefined);
    await sleep(1000);
    await probe('mouseAway');
    // Show the hover, take the picture, and check the hover was still open afterwards (else once more).
    let shot: { path: string } | undefined;
    for (let attempt = 0; attempt < 3 && !shot; attempt++) {
      await waitFor('the hover widget to show the diagnostic and its quick fixes', async () => {
        await vscode.commands.executeCommand('editor.action.showHover');
        await sleep(500);
        const { texts } = await probe('hovers');
        const complete = texts.some((text) => /readFileSync/.test(text)) && !texts.some((text) => /checking for quick fixes/i.test(text));
        return complete ? texts : undefined;
      });
      const taken = await probe('screenshot', { name: 'editor-diagnostic-hover' });
      const { texts } = await probe('hovers');
      if (texts.some((text) => /readFileSync/.test(text))) shot = taken;
    }
    assert.ok(shot, 'the hover stayed open while the screenshot was taken');
    assert.match(shot.path, /editor-diagnostic-hover\.png$/);
  });
});
