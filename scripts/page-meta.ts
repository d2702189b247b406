/**
 * The page's title and description before the app starts (tabs, bookmarks, link previews) come
 * from the map it ships, as the app's own title does once loaded: the built map's meta
 * (public/data/map.json, written by `npm run build:data`). index.html names no map of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const NEUTRAL = {
  title: 'According to — news reports as events on a map',
  description: 'News reports as events on a map and a timeline: every claim, where it stands in its report, and who asserted it.',
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The map's title and description, or neutral words when there is no built map (or it cannot be read). */
export function pageWords(file: string): { title: string; description: string } {
  if (!existsSync(file)) return NEUTRAL;
  try {
    const meta = (JSON.parse(readFileSync(file, 'utf8')) as { meta?: { title?: unknown; description?: unknown } }).meta;
    const title = typeof meta?.title === 'string' && meta.title.trim() ? `According to — ${meta.title.trim()}` : NEUTRAL.title;
    const description = typeof meta?.description === 'string' && meta.description.trim() ? meta.description.trim() : NEUTRAL.description;
    return { title, description };
  } catch {
    return NEUTRAL;
  }
}

export function pageMeta(file = 'public/data/map.json'): Plugin {
  return {
    name: 'according-to:page-meta',
    transformIndexHtml: (html) => {
      const words = pageWords(file);
      return html.replace('%MAP_TITLE%', escape(words.title)).replace('%MAP_DESCRIPTION%', escape(words.description));
    },
  };
}
