// Documents the server tests open: a handler with a blocking read in an async function, and the same without it.

export const HANDLER = `const fs = require('node:fs');

async function loadConfig(file) {
  const text = fs.readFileSync(file, 'utf8');
  return JSON.parse(text);
}

module.exports = { loadConfig };
`;

export const HANDLER_FIXED = `async function loadConfig(file) {
  const text = String(file);
  return text.length;
}

module.exports = { loadConfig };
`;
