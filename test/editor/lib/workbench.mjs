// Opens the VS Code web workbench served by code-server in headless Chromium (playwright-core), runs the extension
// tests in it, answers the suite's probes (screenshots, DOM text), and resolves with the exit code the workbench reports.
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CHROMIUM_CANDIDATES.find((file) => existsSync(file));
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser({ executablePath, profileDir, viewport = { width: 1280, height: 800 } }) {
  const { chromium } = await import('playwright-core');
  // launchPersistentContext: Playwright rejects --user-data-dir in args; the profile folder is its first argument.
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    colorScheme: 'dark',
  });
}

/** `vscode-remote://<authority><absolute path>`: how the web workbench names a folder on the server. */
export const remoteUri = (authority, file) => `vscode-remote://${authority}${file.split(path.sep).join('/')}`;

export function workbenchUrl({ server, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.authority, extensionDevelopmentPath)],
    ['extensionTestsPath', remoteUri(server.authority, extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

const PROBE_MARK = '[editor-probe] ';

/** What the suite can ask the browser (see test/editor/suite/helpers.ts `probe`). */
const probes = {
  async screenshot(page, { name }, { outputDir }) {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`bad screenshot name ${name}`);
    const file = path.join(outputDir, `${name}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    return { path: file };
  },
  async notifications(page) {
    const texts = await page.$$eval('.notification-toast, .notifications-center .notification-list-item', (nodes) =>
      nodes.map((node) => node.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean),
    );
    return { texts };
  },
  /** Parks the mouse on the title bar: no tooltip from an earlier click, no mouse-move that closes a hover later. */
  async mouseAway(page) {
    await page.mouse.move(640, 14);
    return { moved: true };
  },
  /** Clicks a button (by its label) in the notification toast whose text contains `text`. */
  async clickNotificationButton(page, { text, button }) {
    const toast = page.locator('.notification-toast', { hasText: text }).first();
    await toast.hover({ timeout: 5000 });
    await toast.getByRole('button', { name: button, exact: false }).first().click({ timeout: 5000 });
    return { clicked: true };
  },
  async hovers(page) {
    const texts = await page.$$eval('.monaco-hover:not(.hidden)', (nodes) =>
      nodes.filter((node) => node.offsetParent !== null || node.getClientRects().length).map((node) => node.innerText.trim()).filter(Boolean),
    );
    return { texts };
  },
  async statusBar(page) {
    const items = await page.$$eval('.part.statusbar .statusbar-item', (nodes) =>
      nodes.map((node) => ({ id: node.id, text: node.innerText.trim(), tooltip: node.getAttribute('aria-label') ?? '' })),
    );
    return { items };
  },
  /** Webviews render in nested iframes; collect the text of every frame that is not the workbench itself. */
  async webviews(page) {
    const frames = [];
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        const title = await frame.title();
        const text = await frame.evaluate(() => document.body?.innerText ?? '');
        frames.push({ url: frame.url(), title, text });
      } catch {}
    }
    return { frames };
  },
};

/**
 * Runs one session. Resolves `{ code, logs }` when the workbench calls codeAutomationExit, or rejects on timeout.
 * @param {object} o
 * @param {import('playwright-core').BrowserContext} o.context
 */
export async function runInWorkbench({ context, url, outputDir, timeoutMs, onLog, onProbe }) {
  const page = context.pages()[0] ?? (await context.newPage());
  const answered = new Set();
  const probeDir = path.join(outputDir, 'probes');
  await mkdir(probeDir, { recursive: true });

  const handleProbe = async (encoded) => {
    let request;
    try {
      request = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    } catch {
      return;
    }
    if (answered.has(request.id)) return;
    answered.add(request.id);
    let answer;
    try {
      const handler = probes[request.kind];
      if (!handler) throw new Error(`unknown probe ${request.kind}`);
      answer = { result: await handler(page, request.args ?? {}, { outputDir }) };
    } catch (error) {
      answer = { error: String(error?.message ?? error) };
    }
    onProbe?.(request, answer);
    const file = path.join(probeDir, `${request.id}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(answer));
    await rename(`${file}.tmp`, file);
  };

  const scan = (text) => {
    let at = text.indexOf(PROBE_MARK);
    while (at >= 0) {
      const encoded = text.slice(at + PROBE_MARK.length).match(/^[A-Za-z0-9+/=]+/)?.[0];
      if (encoded) void handleProbe(encoded);
      at = text.indexOf(PROBE_MARK, at + 1);
    }
    return text.includes(PROBE_MARK);
  };

  let settle;
  const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
    if (!scan(text)) onLog?.('workbench', type, text);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => settle.resolve({ code, logs: logs ?? [] }));
  page.on('console', (message) => {
    const text = message.text();
    if (!scan(text)) onLog?.('browser', message.type(), text);
  });
  page.on('pageerror', (error) => onLog?.('browser', 'pageerror', String(error?.stack ?? error)));

  const timer = setTimeout(() => settle.reject(new Error(`the test session did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await done;
  } catch (error) {
    // Keep what the workbench showed when it went wrong.
    await page.screenshot({ path: path.join(outputDir, 'failure.png') }).catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
