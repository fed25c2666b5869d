// Reads every file of a folder and parses it: I/O and computation in one place.
const fs = require('node:fs/promises');
const path = require('node:path');
const { checksum } = require('./stats');

async function importDirectory(dir) {
  const names = await fs.readdir(dir);
  const results = [];
  for (const name of names) {
    const buffer = await fs.readFile(path.join(dir, name));
    results.push({ name, rows: parseCsv(buffer.toString('utf8')), crc: checksum(buffer) });
  }
  return results;
}

function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  return rows;
}

async function notifyAll(subscribers, message) {
  subscribers.forEach(async (subscriber) => {
    await fetch(subscriber.url, { method: 'POST', body: message });
  });
}

async function fetchPages(url) {
  // Cursor pagination: each request needs the previous answer. Not flagged.
  const pages = [];
  let cursor = null;
  do {
    const response = await fetch(`${url}?cursor=${cursor ?? ''}`);
    const page = await response.json();
    pages.push(page.items);
    cursor = page.next;
  } while (cursor);
  return pages;
}

module.exports = { importDirectory, parseCsv, notifyAll, fetchPages };
