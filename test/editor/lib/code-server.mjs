// Starts code-server (VS Code 1.100.3 server) for one test session, in its own process group, and stops it again.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {object} options
 * @param {string} options.entry        code-server's out/node/entry.js
 * @param {string} options.dir          session folder: home/, user-data/, extensions/, config.yaml, code-server.log
 * @param {boolean} options.trust       false: workspace trust stays enabled (a fresh folder opens in restricted mode)
 * @param {Record<string,string>} options.env  extra environment for the server and so for the extension host
 * @param {object} options.userSettings
 */
export async function startCodeServer({ entry, dir, trust, env: extraEnv, userSettings }) {
  const home = path.join(dir, 'home');
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  const configFile = path.join(dir, 'config.yaml');
  for (const folder of [home, path.join(userData, 'User'), extensions, path.join(home, '.config'), path.join(home, '.local', 'share'), path.join(home, '.cache')]) {
    await mkdir(folder, { recursive: true });
  }
  await writeFile(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2) + '\n');
  const port = await freePort();
  await writeFile(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    '--config', configFile,
    '--ignore-last-opened',
    '--log', 'info',
  ];
  if (trust) args.push('--disable-workspace-trust');

  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'NODE_OPTIONS' || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  });

  const logFile = path.join(dir, 'code-server.log');
  const log = createWriteStream(logFile);
  // Own process group (detached): the server forks the extension host, file watchers, pty host; one kill ends them all.
  const child = spawn(process.execPath, args, { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let alive = true;
  exited.then(() => (alive = false));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const server = {
    port,
    url: `http://127.0.0.1:${port}`,
    authority: `127.0.0.1:${port}`,
    pid: child.pid,
    logFile,
    userData,
    exited,
    async stop() {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      killGroup('SIGKILL'); // stragglers of the group (extension host, language server) that ignored SIGTERM
      process.off('exit', onExit);
      log.end();
    },
  };

  // Ready when /healthz answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive) {
      await new Promise((resolve) => log.end(resolve));
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n    ');
      throw new Error(`code-server exited during start-up:\n    ${tail}`);
    }
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${server.url} within 60 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}
