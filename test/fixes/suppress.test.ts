import assert from 'node:assert/strict';
import { applyEdits, fixesFor } from '../../src/fixes/index';
import { dedent } from '../support/dedent';
import { prepare, runFixTable } from './harness';

runFixTable('blocking-io-in-async', [
  {
    name: 'suppress: the comment goes above the line with its indentation',
    code: `
      const fs = require('node:fs');
      async function load(p) {
        if (p) {
          return fs.readFileSync(p, 'utf8');
        }
      }
      module.exports = { load };
    `,
    fix: 'Suppress blocking-io-in-async on this line',
    output: `
      const fs = require('node:fs');
      async function load(p) {
        if (p) {
          // concurrency-advisor-disable-next-line blocking-io-in-async
          return fs.readFileSync(p, 'utf8');
        }
      }
      module.exports = { load };
    `,
    safe: false,
    preferred: false,
  },
  {
    name: 'suppress: a directive for another rule above the line is extended',
    code: `
      const fs = require('node:fs');
      async function load(p) {
        // concurrency-advisor-disable-next-line sync-sleep -- measured
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
    fix: 'Suppress blocking-io-in-async on this line',
    output: `
      const fs = require('node:fs');
      async function load(p) {
        // concurrency-advisor-disable-next-line sync-sleep blocking-io-in-async -- measured
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
  },
  {
    name: "disable for the file: after 'use strict'",
    code: `
      'use strict';
      const fs = require('node:fs');
      async function load(p) {
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
    fix: 'Disable blocking-io-in-async for this file',
    output: `
      'use strict';
      /* concurrency-advisor-disable blocking-io-in-async */
      const fs = require('node:fs');
      async function load(p) {
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
    safe: false,
  },
  {
    name: 'disable for the file: an existing directive is extended',
    code: `
      /* concurrency-advisor-disable sync-sleep */
      const fs = require('node:fs');
      async function load(p) {
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
    fix: 'Disable blocking-io-in-async for this file',
    output: `
      /* concurrency-advisor-disable sync-sleep blocking-io-in-async */
      const fs = require('node:fs');
      async function load(p) {
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `,
  },
]);

runFixTable('mixed-workload', [
  {
    name: 'rules without a rewrite still get the suppression (TypeScript)',
    file: 'mixed.ts',
    code: `
      import { readFile } from 'node:fs/promises';

      export async function importAll(paths: string[]): Promise<number> {
        let total = 0;
        for (const p of paths) {
          const text = await readFile(p, 'utf8');
          for (const a of text) for (const b of text) total += a.charCodeAt(0) ^ b.charCodeAt(0);
        }
        return total;
      }
    `,
    fix: 'Suppress mixed-workload on this line',
    output: `
      import { readFile } from 'node:fs/promises';

      // concurrency-advisor-disable-next-line mixed-workload
      export async function importAll(paths: string[]): Promise<number> {
        let total = 0;
        for (const p of paths) {
          const text = await readFile(p, 'utf8');
          for (const a of text) for (const b of text) total += a.charCodeAt(0) ^ b.charCodeAt(0);
        }
        return total;
      }
    `,
  },
]);

describe('suppress: special places', () => {
  it('does not put the comment inside a multi-line template literal', () => {
    const prepared = prepare('blocking-io-in-async', {
      code: `
        const fs = require('node:fs');
        async function page(p) {
          return \`<pre>
        \${fs.readFileSync(p, 'utf8')}</pre>\`;
        }
        module.exports = { page };
      `,
    });
    assert.ok(!prepared.result.fixes.some((f) => f.title === 'Suppress blocking-io-in-async on this line'));
    const refusal = prepared.result.refusals.find((r) => r.title === 'Suppress blocking-io-in-async on this line');
    assert.match(refusal?.reason ?? '', /inside a multi-line string/);
    assert.ok(prepared.result.fixes.some((f) => f.title === 'Disable blocking-io-in-async for this file'));
  });

  it('does not put the comment inside a ${} expression of a template literal, where the analyzer does not read it', () => {
    // Found on the benchmark corpus (webpack/lib/schemes/HttpUriPlugin.js): a line starting inside a template's
    // `${}` got a suppression that parsed but was not honoured; the line now gets a refusal with the reason.
    for (const code of [
      `
        const fs = require('node:fs');
        async function page(p) {
          return \`<pre>\${render(
            fs.readFileSync(p, 'utf8'))}</pre>\`;
        }
        function render(s) { return s; }
        module.exports = { page };
      `,
      `
        const fs = require('node:fs');
        async function page(p, title) {
          return \`<h1>\${
            title
          }</h1>\${fs.readFileSync(p, 'utf8')}\`;
        }
        module.exports = { page };
      `,
    ]) {
      const prepared = prepare('blocking-io-in-async', { code });
      assert.ok(!prepared.result.fixes.some((f) => f.title === 'Suppress blocking-io-in-async on this line'));
      const refusal = prepared.result.refusals.find((r) => r.title === 'Suppress blocking-io-in-async on this line');
      assert.match(refusal?.reason ?? '', /inside a multi-line string \(a template literal/);
      assert.ok(prepared.result.fixes.some((f) => f.title === 'Disable blocking-io-in-async for this file'));
    }
  });

  it('keeps CRLF line ends', () => {
    const code = dedent(`
      const fs = require('node:fs');
      async function load(p) {
        return fs.readFileSync(p, 'utf8');
      }
      module.exports = { load };
    `).replace(/\n/g, '\r\n');
    const prepared = prepare('blocking-io-in-async', { code });
    // The suppression is offered only if the analyzer honours it in a CRLF file (verified by re-analysis).
    const fix = prepared.result.fixes.find((f) => f.title === 'Suppress blocking-io-in-async on this line');
    if (fix) {
      const output = applyEdits(prepared.text, fix.edits[0].edits);
      assert.equal(output, "const fs = require('node:fs');\r\nasync function load(p) {\r\n  // concurrency-advisor-disable-next-line blocking-io-in-async\r\n  return fs.readFileSync(p, 'utf8');\r\n}\r\nmodule.exports = { load };\r\n");
    } else {
      assert.ok(prepared.result.refusals.some((r) => r.title === 'Suppress blocking-io-in-async on this line'));
    }
    const main = prepared.result.fixes.find((f) => f.isPreferred)!;
    assert.match(applyEdits(prepared.text, main.edits[0].edits), /\r\nconst \{ readFile \} = require\('node:fs\/promises'\);\r\n/);
  });

  it('answers a diagnostic that no longer matches the text with refusals and the suppressions', () => {
    const prepared = prepare('blocking-io-in-async', {
      code: `
        const fs = require('node:fs');
        async function load(p) {
          return fs.readFileSync(p, 'utf8');
        }
        module.exports = { load };
      `,
    });
    const moved = { ...prepared.diagnostic, column: prepared.diagnostic.column + 3 };
    const result = fixesFor({ path: prepared.path, text: prepared.text, diagnostic: moved, host: { readFile: () => undefined } });
    assert.ok(result.refusals.some((r) => /does not match the current text/.test(r.reason)));
    assert.deepEqual(result.fixes.map((f) => f.title).sort(), ['Disable blocking-io-in-async for this file', 'Suppress blocking-io-in-async on this line']);
  });

  it('answers a file that does not parse with a refusal', () => {
    const prepared = prepare('blocking-io-in-async', {
      code: `
        const fs = require('node:fs');
        async function load(p) {
          return fs.readFileSync(p, 'utf8');
        }
      `,
    });
    const result = fixesFor({ path: prepared.path, text: `${prepared.text}\n}}}`, diagnostic: prepared.diagnostic, host: { readFile: () => undefined } });
    assert.deepEqual(result.fixes, []);
    assert.match(result.refusals[0].reason, /does not parse/);
  });
});
