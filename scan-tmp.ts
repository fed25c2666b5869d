import { Project } from './src/analyzer/project';
import * as fs from 'node:fs';
import * as path from 'node:path';
const root = '/work/main/examples/service';
const files: string[] = [];
(function walk(d: string) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.(js|ts)$/.test(p)) files.push(p); } })(root);
const project = new Project({ readFile: (p) => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } } });
for (const r of project.analyzeFiles(files)) for (const d of r.diagnostics) console.log(path.relative(root, r.path), d.line + ':' + d.column + '-' + d.endLine + ':' + d.endColumn, d.rule, d.message);
