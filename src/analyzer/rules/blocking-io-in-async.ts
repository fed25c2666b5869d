import { chainOf } from '../chains';
import type { FnNode, Program, Step } from '../program';
import type { ProgramRule } from './types';
import { chainText, inlineSummaryFunctions, relatedFromChain } from './context';

export const blockingIoInAsync: ProgramRule = {
  meta: {
    id: 'blocking-io-in-async',
    description: 'Synchronous I/O inside an async function, a request or event handler, or a promise or timer callback, directly or through the functions it calls.',
    recommendation: 'Use the non-blocking API (fs/promises, async child_process) and await it.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/blocking-io-in-async.md',
  },
  scope: 'program',
  check({ file, program, report }) {
    if (file.traits.cliScript) return;
    const nodes = program.nodesOf(file.path);
    file.functions.forEach((fn, index) => {
      const context = fn.context;
      if (!context) return;
      const reportedCallees = new Set<FnNode>();
      for (const owner of [index, ...inlineSummaryFunctions(file, index)]) {
        for (const siteIndex of file.functions[owner].sites) {
          const site = file.sites[siteIndex];
          const target = program.target(file, siteIndex);
          if (target.kind === 'api' && (target.info.effect === 'blocking-io' || target.info.effect === 'sleep')) {
            const name = target.guessed ? site.calleeText : target.name;
            report({
              span: site.span,
              message: `${name} blocks the event loop in ${context}.`,
              suggestion: target.info.alternative ? `Use ${target.info.alternative} and await it.` : 'Use the asynchronous form of this API and await it.',
              confidence: target.guessed ? 0.7 : 0.95,
            });
          } else if (target.kind === 'function' && !reportedCallees.has(target.fn)) {
            const blocking = target.fn.state.blocking;
            if (!blocking || target.fn === nodes[index]) continue;
            reportedCallees.add(target.fn);
            const chain = chainOf(blocking, (s) => s.blocking);
            const alternative = alternativeAt(program, chain[chain.length - 1]);
            const callee = target.fn.summary;
            report({
              span: site.span,
              message: `${site.calleeText}() does blocking I/O in ${context}: ${chainText(chain)}.`,
              suggestion: alternative ? `Make ${callee.name} async and use ${alternative} inside it.` : `Make ${callee.name} async and use non-blocking I/O inside it.`,
              confidence: target.fn.state.confidence,
              related: [
                { ...(target.fn.file === file ? {} : { path: target.fn.file.path }), line: callee.line, column: callee.column, message: `${callee.name} is defined here` },
                ...relatedFromChain(chain, file),
              ],
            });
          }
        }
      }
    });
  },
};

function alternativeAt(program: Program, step: Step): string | undefined {
  if (step.site === undefined || step.site < 0) return undefined;
  const target = program.target(step.fn.file, step.site);
  return target.kind === 'api' ? target.info.alternative : undefined;
}
