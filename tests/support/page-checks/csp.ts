/**
 * Every page, loaded with its Content-Security-Policy enforced (the test server sends dist/_headers and
 * the page carries its meta policy) and scrolled through every step, logs no CSP violation, no console
 * error or warning and no uncaught exception. A hash that drifted from a script, or a chart that writes
 * a style attribute, shows up here as a violation.
 */
import type { PageCheck } from '../page-walk.ts';

function recordViolations() {
  const log: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
  document.addEventListener('securitypolicyviolation', (e) => {
    log.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

export function cspCheck(): PageCheck {
  const problems: string[] = [];
  return {
    name: 'Content-Security-Policy enforced, no console error',
    async prepare(context, page) {
      await context.addInitScript(recordViolations);
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    },
    reset() {
      problems.length = 0;
    },
    loaded(response, built) {
      if (!/script-src/.test(response?.headers()['content-security-policy'] ?? ''))
        problems.push(`${built.path} was served without the CSP header`);
    },
    async problems(page) {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      return [...violations, ...problems];
    },
  };
}
