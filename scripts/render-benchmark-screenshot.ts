// Renders the benchmark panel's HTML (the same builder the extension uses) in headless Chromium and saves a PNG
// for the README: npx tsx scripts/render-benchmark-screenshot.ts report.json media/screenshot-benchmark.png
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBenchmarkHtml, makeNonce } from '../src/extension/benchmark-html';

const THEME = `:root, body {
  --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace;
  --vscode-foreground: #cccccc; --vscode-editor-background: #1e1e1e; --vscode-descriptionForeground: #9d9d9d;
  --vscode-charts-blue: #3794ff; --vscode-charts-orange: #d18616; --vscode-charts-green: #89d185; --vscode-charts-red: #f14c4c;
  --vscode-button-background: #0e639c; --vscode-button-foreground: #ffffff; --vscode-panel-border: #3c3c3c;
  --vscode-textLink-foreground: #3794ff; --vscode-widget-border: #3c3c3c; --vscode-editorWidget-background: #252526;
  background: #1e1e1e; color: #cccccc;
}`;

async function main(): Promise<void> {
  const [reportFile, output] = process.argv.slice(2);
  if (!reportFile || !output) throw new Error('usage: render-benchmark-screenshot.ts REPORT.json OUTPUT.png');
  const media = path.join(__dirname, '..', 'media');
  const html = buildBenchmarkHtml({
    report: JSON.parse(fs.readFileSync(reportFile, 'utf8')),
    scriptUri: pathToFileURL(path.join(media, 'benchmark.js')).href,
    styleUri: pathToFileURL(path.join(media, 'benchmark.css')).href,
    cspSource: 'file:',
    nonce: makeNonce((size) => new Uint8Array(size).map(() => Math.floor(Math.random() * 256))),
  } as Parameters<typeof buildBenchmarkHtml>[0]);
  const page = path.join(media, '.benchmark-preview.html');
  fs.writeFileSync(page, html);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'dark', bypassCSP: true });
    // Outside VS Code: the webview API and the theme's colour variables, as a dark theme provides them.
    await tab.addInitScript(() => {
      (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });
    });
    await tab.goto(pathToFileURL(page).href);
    await tab.addStyleTag({ content: THEME });
    await tab.waitForTimeout(500);
    await tab.screenshot({ path: output, fullPage: true });
  } finally {
    await browser.close();
    fs.rmSync(page, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
