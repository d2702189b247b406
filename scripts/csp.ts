/**
 * A Content-Security-Policy for both builds, as strict as each can run with: nothing from another
 * origin, no eval, no inline code, except in the single-file build, whose inline script and style
 * are allowed by their hashes (computed here, after the file is assembled).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const COMMON = ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"];

export function policy(scripts: string, styles: string, extra: string[] = []): string {
  return [...COMMON, `script-src ${scripts}`, `style-src ${styles}`, ...extra].join('; ');
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const meta = (content: string) => `<meta http-equiv="Content-Security-Policy" content="${content}">`;

/** The multi-file site: everything from its own origin (data, workers, styles, scripts). */
export function cspForSite(): Plugin {
  return {
    name: 'according-to:csp-site',
    // Only what is published carries this policy. The dev server (`npm start`) injects an inline
    // React-refresh preamble and inline styles that `script-src 'self'` would block (a blank page):
    // it gets the looser policy of its own below, sent as a header, never written into a file.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    ${meta(policy("'self'", "'self'", ["img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "worker-src 'self'"]))}`,
        ),
    },
  };
}

/** The single file: its inline script and style, by hash, and its import worker from a blob. Runs after inlining. */
export function cspForSingleFile(): Plugin {
  return {
    name: 'according-to:csp-single',
    enforce: 'post',
    // After vite-plugin-singlefile, which inlines in its own post-ordered generateBundle.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const page = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        if (!page || page.type !== 'asset') return;
        const html = String(page.source);
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]));
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
        const content = policy(scripts.join(' ') || "'none'", styles.join(' ') || "'none'", ['img-src data: blob:', 'worker-src blob:']);
        page.source = html.replace('<head>', `<head>\n    ${meta(content)}`);
      },
    },
  };
}

/**
 * The dev server's own policy (`npm start`), as an HTTP header: still no other origin, but the
 * inline preamble and styles Vite's hot reload injects, and its websocket. Never published.
 */
export const DEV_POLICY = policy("'self' 'unsafe-inline'", "'self' 'unsafe-inline'", [
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
]);
