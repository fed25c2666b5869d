import type { CallSite } from '../model';
import type { Solver } from '../solve';
import type { Rule } from './types';
import { chainText, eventLoopContext, isCliScript, relatedFromChain, sitesRunningIn } from './context';

export const blockingIoInAsync: Rule = {
  meta: {
    id: 'blocking-io-in-async',
    description: 'Synchronous I/O inside an async function, a request or event handler, or a promise or timer callback, directly or through the functions it calls.',
    recommendation: 'Use the non-blocking API (fs/promises, async child_process) and await it.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/blocking-io-in-async.md',
  },
  check({ file, solver, report }) {
    if (isCliScript(file)) return;
    for (const fn of file.functions) {
      const context = eventLoopContext(fn, solver);
      if (!context) continue;
      const reportedCallees = new Set<unknown>();
      for (const site of sitesRunningIn(fn, solver)) {
        const target = solver.target(site);
        if (target.kind === 'api' && (target.info.effect === 'blocking-io' || target.info.effect === 'sleep')) {
          const name = target.guessed ? site.calleeText : target.name;
          report({
            node: site.node,
            message: `${name} blocks the event loop in ${context}.`,
            suggestion: target.info.alternative ? `Use ${target.info.alternative} and await it.` : 'Use the asynchronous form of this API and await it.',
            confidence: target.guessed ? 0.7 : 0.95,
          });
        } else if (target.kind === 'function' && !reportedCallees.has(target.fn)) {
          const blocking = solver.state(target.fn).blocking;
          if (!blocking || target.fn === fn) continue;
          reportedCallees.add(target.fn);
          const chain = solver.chain(blocking, (s) => s.blocking);
          const origin = chain[chain.length - 1];
          const alternative = origin.site ? alternativeOf(solver, origin.site) : undefined;
          report({
            node: site.node,
            message: `${site.calleeText}() does blocking I/O in ${context}: ${chainText(chain)}.`,
            suggestion: alternative ? `Make ${target.fn.name} async and use ${alternative} inside it.` : `Make ${target.fn.name} async and use non-blocking I/O inside it.`,
            confidence: solver.state(target.fn).confidence,
            related: [{ ...(target.fn.file === file ? {} : { path: target.fn.file.path }), line: target.fn.line, column: target.fn.column, message: `${target.fn.name} is defined here` }, ...relatedFromChain(chain, file)],
          });
        }
      }
    }
  },
};

function alternativeOf(solver: Solver, site: CallSite): string | undefined {
  const target = solver.target(site);
  return target.kind === 'api' ? target.info.alternative : undefined;
}
