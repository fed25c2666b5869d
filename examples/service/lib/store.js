// Clean async storage: non-blocking fs/promises everywhere.
const { readFile, writeFile, mkdir } = require('node:fs/promises');
const path = require('node:path');

async function loadOrders(file) {
  const text = await readFile(path.join(__dirname, '..', 'data', file), 'utf8');
  return JSON.parse(text);
}

async function saveReport(name, rows) {
  const dir = path.join(__dirname, '..', 'reports');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.json`), JSON.stringify(rows));
}

function reportPath(name) {
  return path.join(__dirname, '..', 'reports', `${name}.json`);
}

module.exports = { loadOrders, saveReport, reportPath };
