import type { Node } from '../analyzer/model';
import { childNodes, type FixContext } from './context';
import { draft, refuse, type Candidate } from './draft';
import { indentationAt, lineEndOf, lineStartOf } from './text';

const NEXT_LINE = /^(\s*concurrency-advisor-disable-next-line\b)(.*)$/;
const FILE_WIDE = /^(\s*concurrency-advisor-disable\b(?!-))(.*)$/;

/** Rule ids listed after the directive, before an optional `-- reason`. */
function listedRules(rest: string): { ids: string[]; idsEnd: number } {
  const reason = rest.indexOf('--');
  const ids = (reason < 0 ? rest : rest.slice(0, reason)).split(/[\s,]+/).filter(Boolean);
  const idsPart = reason < 0 ? rest.trimEnd() : rest.slice(0, reason).trimEnd();
  return { ids, idsEnd: idsPart.length };
}

export function suppressFixes(ctx: FixContext): Candidate[] {
  return [suppressLine(ctx), disableFile(ctx)];
}

function suppressLine(ctx: FixContext): Candidate {
  const rule = ctx.diagnostic.rule;
  const title = `Suppress ${rule} on this line`;
  const lineStart = lineStartOf(ctx.text, ctx.start);
  if (insideTemplateOrJsxText(ctx, lineStart)) return refuse(title, 'the line starts inside a multi-line string (a template literal, its `${}` expressions included) or JSX text, where a comment would not be read as a directive');
  // An existing directive on the line above: add the rule to it.
  const comments = ctx.comments;
  const above = comments.find((c) => c.type === 'Line' && lineEndOf(ctx.text, c.range[1]) === c.range[1] && nextLineStartIs(ctx.text, c.range[1], lineStart) && NEXT_LINE.test(c.value));
  if (above) {
    const match = NEXT_LINE.exec(above.value)!;
    const { ids, idsEnd } = listedRules(match[2]);
    if (ids.length === 0 || ids.includes(rule)) return refuse(title, 'the comment above already suppresses this rule');
    const at = above.range[0] + 2 + match[1].length + idsEnd;
    return draft(title, [{ start: at, end: at, newText: ` ${rule}` }]);
  }
  const indent = indentationAt(ctx.text, ctx.start);
  return draft(title, [{ start: lineStart, end: lineStart, newText: `${indent}// concurrency-advisor-disable-next-line ${rule}${ctx.style.eol}` }]);
}

function nextLineStartIs(text: string, offset: number, lineStart: number): boolean {
  const end = lineEndOf(text, offset);
  const next = text.startsWith('\r\n', end) ? end + 2 : end + 1;
  return next === lineStart;
}

function disableFile(ctx: FixContext): Candidate {
  const rule = ctx.diagnostic.rule;
  const title = `Disable ${rule} for this file`;
  const comments = ctx.comments;
  const existing = comments.find((c) => c.type === 'Block' && FILE_WIDE.test(c.value));
  if (existing) {
    const match = FILE_WIDE.exec(existing.value)!;
    const { ids, idsEnd } = listedRules(match[2]);
    if (ids.length === 0 || ids.includes(rule)) return refuse(title, 'the file already disables this rule');
    const at = existing.range[0] + 2 + match[1].length + idsEnd;
    return draft(title, [{ start: at, end: at, newText: ` ${rule}` }]);
  }
  let at = 0;
  if (ctx.text.startsWith('#!')) at = afterLine(ctx.text, 0);
  for (const statement of ctx.program.body) {
    if (statement.type === 'ExpressionStatement' && typeof (statement as { directive?: string }).directive === 'string') at = afterLine(ctx.text, statement.range[1]);
    else break;
  }
  return draft(title, [{ start: at, end: at, newText: `/* concurrency-advisor-disable ${rule} */${ctx.style.eol}` }]);
}

function afterLine(text: string, offset: number): number {
  const end = lineEndOf(text, offset);
  if (end >= text.length) return end;
  return text.startsWith('\r\n', end) ? end + 2 : end + 1;
}

/**
 * Whether a comment starting at `offset` would not work as a directive: inside a string or JSX text it would become
 * content, and anywhere inside a template literal, `${}` expressions included, the analyzer does not look for
 * directives (its comment scan skips template literals whole, see src/analyzer/rules/suppressions.ts).
 */
function insideTemplateOrJsxText(ctx: FixContext, offset: number): boolean {
  let node: Node | undefined = ctx.program;
  while (node) {
    if ((node.type === 'TemplateLiteral' || node.type === 'JSXText' || node.type === 'Literal') && node.range[0] < offset && offset < node.range[1]) return true;
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      // Between JSX children (not inside an embedded expression or a tag).
      const inExpression = childNodes(node).some((child) => child.type !== 'TemplateElement' && child.type !== 'JSXText' && child.range[0] <= offset && offset < child.range[1]);
      if (!inExpression && node.range[0] < offset && offset < node.range[1]) return true;
    }
    node = childNodes(node).find((child) => child.range[0] <= offset && offset < child.range[1]);
  }
  return false;
}
