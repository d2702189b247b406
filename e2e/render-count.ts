/**
 * Counts React's work in the production build: a stand-in for the React DevTools hook, which
 * react-dom calls on every commit even in production. Each commit's tree is walked; a component
 * rendered in that commit if its fiber is new to the tree (React alternates two fiber objects; a
 * subtree it skipped keeps the very same objects) and carries React's "performed work" flag.
 * Install before the page's scripts run (addInitScript); read with `renders()`.
 */
import type { Page } from 'playwright-core';

/** A string, not a function: tsx would wrap a function's inner helpers in a __name the page lacks. */
const HOOK = `(() => {
  const log = { commits: 0, rendered: {} };
  let previous = new Set();
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const nameOf = (f) => {
    const t = f.type;
    if (!t) return '?';
    return t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && (t.render.displayName || t.render.name)) || '?';
  };
  // Names are minified in the production build: the first element a component draws tells where it is.
  const placeOf = (f) => {
    let c = f.child;
    while (c && c.tag !== 5) c = c.child;
    const el = c && c.stateNode;
    if (!el || !el.tagName) return '';
    const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
    return '<' + el.tagName.toLowerCase() + (cls ? '.' + cls : '') + '>';
  };
  window.__renders = log;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onCommitFiberRoot(_id, root) {
      log.commits++;
      const seen = new Set();
      const stack = [root.current];
      while (stack.length) {
        const f = stack.pop();
        seen.add(f);
        if (COMPONENT.has(f.tag) && !previous.has(f) && (f.flags & 1)) {
          const name = nameOf(f) + placeOf(f);
          log.rendered[name] = (log.rendered[name] || 0) + 1;
        }
        if (f.sibling) stack.push(f.sibling);
        if (f.child) stack.push(f.child);
      }
      previous = seen;
    },
  };
})();`;

export async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(HOOK);
}

export interface Renders {
  commits: number;
  /** Components that rendered, by name, with how many times. */
  rendered: Record<string, number>;
}

/** What React did since the last call (and resets the count). */
export async function renders(page: Page): Promise<Renders> {
  return page.evaluate(() => {
    const w = window as unknown as { __renders: Renders };
    const out = { commits: w.__renders.commits, rendered: { ...w.__renders.rendered } };
    w.__renders.commits = 0;
    w.__renders.rendered = {};
    return out;
  });
}
