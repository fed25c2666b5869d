// A small order-reporting service. Some handlers block the event loop; see `npm start`.
const http = require('node:http');
const fs = require('node:fs');
const crypto = require('node:crypto');
const { loadOrders, saveReport } = require('./lib/store');
const { topCustomers, correlate } = require('./lib/stats');
const { importDirectory } = require('./lib/importer');
const { runPrimeJob } = require('./lib/pool');

function readSettings() {
  // Synchronous read: fine at start-up, harmful when called per request.
  return JSON.parse(fs.readFileSync(__dirname + '/settings.json', 'utf8'));
}

async function handleReport(req, res) {
  const settings = readSettings();
  const orders = await loadOrders(settings.ordersFile);
  const ranking = topCustomers(orders);
  await saveReport('top-customers', ranking);
  res.end(JSON.stringify(ranking));
}

async function handleLogin(req, res) {
  const body = await readBody(req);
  const hash = crypto.pbkdf2Sync(body.password, body.salt, 310000, 32, 'sha256');
  res.end(hash.toString('hex'));
}

async function handleDashboard(req, res) {
  const orders = await loadOrders('orders.json');
  const customers = await fetch('http://localhost:4000/customers').then((r) => r.json());
  const stock = await fetch('http://localhost:4001/stock').then((r) => r.json());
  res.end(JSON.stringify({ matrix: correlate(orders, customers), stock }));
}

async function handleImport(req, res) {
  const imported = await importDirectory('incoming');
  res.end(`imported ${imported.length} files`);
}

async function handlePrimes(req, res) {
  const count = await runPrimeJob(Number(new URL(req.url, 'http://x').searchParams.get('limit') || 1e6));
  res.end(String(count));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
    req.on('error', reject);
  });
}

const routes = { '/report': handleReport, '/login': handleLogin, '/dashboard': handleDashboard, '/import': handleImport, '/primes': handlePrimes };

http
  .createServer((req, res) => {
    const handler = routes[new URL(req.url, 'http://x').pathname];
    if (!handler) {
      res.statusCode = 404;
      res.end();
      return;
    }
    handler(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  })
  .listen(3000);
