/**
 * What the browser tests look for in a page, written once: axe-core's serious findings, elements
 * past the screen's edges, English words outside data; and the message catalogue, formatted as the
 * app formats it, to find controls by their words in either language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { createIntl, type IntlShape } from 'react-intl';
import type { MapData } from '../geo/core/model/contract';
import type { Lang } from '../src/store/language';
import { LOCALE, type Values } from '../src/words/i18n';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical findings in the page (WCAG 2 A/AA rules), each as
 * "rule: where | where". The page must be opened with `bypassCSP` to take axe's script.
 */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await (window as unknown as { axe: { run: (d: Document) => Promise<Result> } }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
}

export interface Edges {
  /** The elements to look at: every element of the page by default. */
  selector?: string;
  /** The top edge counts too, but not for elements inside `except` (a box that scrolls them up out of sight). */
  top?: { except: string };
  /**
   * Elements shown inside this box may not go below the bottom edge either, clipped or not: a
   * slide as tall as the projector's screen.
   */
  bottom?: string;
}

/**
 * Elements whose box reaches past the screen's edges (the left and right ones, and those `edges`
 * adds), at most ten, each with its box. An element may reach past the side edges only inside a
 * box within the screen that clips or scrolls it (the map, a wide table's scroller).
 */
export function outside(page: Page, edges: Edges = {}): Promise<string[]> {
  return page.evaluate(({ selector, top, bottom }) => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const heldBack = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/hidden|clip|auto|scroll/.test(getComputedStyle(p).overflowX)) {
          const r = p.getBoundingClientRect();
          if (r.left >= -0.5 && r.right <= vw + 0.5) return true;
        }
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll(selector ?? 'body *')) {
      const r = el.getBoundingClientRect();
      // Not drawn: no box, or inside a closed <details> (whose content keeps its boxes in Chromium).
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden') || !el.checkVisibility()) continue;
      const sideways = r.right > vw + 0.5 || r.left < -0.5;
      const above = !!top && r.top < -0.5 && !el.closest(top.except);
      const below = !!bottom && !!el.closest(bottom) && r.bottom > vh + 0.5;
      if (((sideways || above) && !heldBack(el)) || below) {
        const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').trim().slice(0, 40);
        const box = `${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}`;
        out.push(`${el.tagName.toLowerCase()}${classes}${text ? ` “${text}”` : ''} (${box} of ${vw}×${vh})`);
      }
    }
    return out.slice(0, 10);
  }, edges);
}

export interface Words {
  /** Where to look (a selector): the parts of the page a test owns. */
  roots: string;
  /**
   * What is data, not the app's words (names, quotes, a report's text, text marked with its own
   * language): its text is left out, unless an element inside it is marked as the app's words again
   * (`translate="yes"` or `lang="ar"`, as a label inside a report's text).
   */
  data?: string;
  /** Words and phrases allowed anywhere (formats' names, names kept in every language), matched whole and as written. */
  allowed?: readonly string[];
  /** Also the titles, accessible names (aria-label), placeholders and alt texts of the elements. */
  attributes?: boolean;
  /** Elements whose attributes are data: `data` by default. */
  dataAttributes?: string;
  /** A word of the shown data may stand in an attribute: a control named after a place ("Events at Tikrit", in Arabic). */
  dataInAttributes?: boolean;
  /** Values set into a message are data: isolated (U+2068 … U+2069) or quoted back in «…». */
  values?: boolean;
  /** Text the page does not show counts too. By default only text shown (Element.checkVisibility) counts. */
  hidden?: boolean;
}

/**
 * English words (three Latin letters or more) the page shows in the roots, outside data, each
 * with where it stands: "Word ‹span.class: the text›" or "Word ‹button[aria-label]: the label›".
 */
export function englishWords(page: Page, words: Words): Promise<string[]> {
  return page.evaluate((o) => {
    const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const allowed = (o.allowed ?? []).map((p) => new RegExp(`(?<![A-Za-z])${escape(p)}(?![A-Za-z])`, 'g'));
    /** Inside data, and not marked back as the app's words within it. */
    const within = (el: Element, selector: string | undefined) => {
      const data = selector ? el.closest(selector) : null;
      const back = el.closest('[translate="yes"], [lang="ar"]');
      return !!data && !(back && back !== data && data.contains(back));
    };
    const latin = (text: string) => {
      let rest = o.values ? text.replace(/\u2068[^\u2069]*\u2069/g, ' ').replace(/«[^»]*»/g, ' ') : text;
      for (const re of allowed) rest = rest.replace(re, ' ');
      return rest.match(/[A-Za-z]{3,}/g) ?? [];
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const roots = [...document.querySelectorAll(o.roots)];
    const found = new Set<string>();
    const dataWords = new Set<string>();
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent ?? '';
        if (!el) continue;
        const shown = el.checkVisibility();
        if (!shown && !o.hidden) continue;
        if (within(el, o.data)) {
          if (shown) latin(text).forEach((w) => dataWords.add(w.toLowerCase()));
          continue;
        }
        for (const w of latin(text)) found.add(`${w} ‹${name(el)}: ${text.trim().slice(0, 60)}›`);
      }
    }
    if (o.attributes) {
      for (const el of roots.flatMap((root) => [root, ...root.querySelectorAll('*')])) {
        if (within(el, o.dataAttributes ?? o.data)) continue;
        for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr);
          for (const w of value ? latin(value) : [])
            if (!(o.dataInAttributes && dataWords.has(w.toLowerCase()))) found.add(`${w} ‹${name(el)}[${attr}]: ${value!.slice(0, 60)}›`);
        }
      }
    }
    return [...found];
  }, words);
}

/**
 * The names of places and voices that the data gives no Arabic form for: they show as they are in
 * every language (public/data/map.json, as the build wrote it).
 */
export function keptNames(): string[] {
  const map = JSON.parse(readFileSync(new URL('../public/data/map.json', import.meta.url), 'utf8')) as MapData;
  return [...map.places, ...map.asserters].filter((n) => typeof n.names?.ar !== 'string').map((n) => n.name);
}

const MESSAGES = new URL('../src/words/messages/', import.meta.url).pathname;
const catalogues = new Map<Lang, Record<string, string>>();
const intls = new Map<Lang, IntlShape>();

/** A language's whole catalogue (every area of src/words/messages/<lang>/), as the app loads it. */
export function catalogue(lang: Lang): Record<string, string> {
  let all = catalogues.get(lang);
  if (!all) {
    const dir = `${MESSAGES}${lang}/`;
    const areas = readdirSync(dir).filter((f) => f.endsWith('.json'));
    all = Object.assign({}, ...areas.map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, string>)) as Record<
      string,
      string
    >;
    catalogues.set(lang, all);
  }
  return all;
}

/**
 * A message as the app shows it: its ICU words formatted with the values in the app's locale for
 * the language (Arabic with Western digits), by the same formatter as src/words/i18n.tsx
 * (react-intl's, which runs intl-messageformat). A missing key or value fails the test.
 */
export function message(lang: Lang, key: string, values?: Values): string {
  if (catalogue(lang)[key] === undefined) throw new Error(`No message "${key}" in src/words/messages/${lang}/`);
  let intl = intls.get(lang);
  if (!intl) {
    intl = createIntl({
      locale: LOCALE[lang],
      messages: catalogue(lang),
      onError: (error) => {
        throw error;
      },
    });
    intls.set(lang, intl);
  }
  return intl.formatMessage({ id: key }, values as never);
}

/** A sideways row's cue, as the reader sees it: whether it scrolls, and which of its edges fade. */
export interface RowCue {
  overflows: boolean;
  /** The screen sides that fade ('left', 'right'), read from the row's mask as drawn. */
  fades: string[];
}

/**
 * The cue of the row `selector` after scrolling it to `to` (its start or its end, in the row's own
 * direction), once the cue has followed the scroll (a frame later).
 */
export async function rowCue(page: Page | Frame, selector: string, to: 'start' | 'end'): Promise<RowCue> {
  await page.locator(selector).evaluate((row, end) => {
    const sign = getComputedStyle(row).direction === 'rtl' ? -1 : 1;
    row.scrollLeft = end ? sign * row.scrollWidth : 0;
  }, to === 'end');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.locator(selector).evaluate((row) => {
    const mask = getComputedStyle(row).maskImage;
    // linear-gradient(to left|right, transparent, #000 A, #000 calc(100% - B), transparent):
    // the side the gradient starts from fades when A is not zero, the other when B is not.
    const m =
      /linear-gradient\(to (left|right), rgba\([^)]*\), rgb\(0, 0, 0\) ([\d.]+)px, rgb\(0, 0, 0\) (?:calc\(100% - ([\d.]+)px\)|100%)/.exec(
        mask,
      );
    const fades: string[] = [];
    if (m) {
      const [from, to] = m[1] === 'right' ? ['left', 'right'] : ['right', 'left'];
      if (Number(m[2]) > 0) fades.push(from);
      if (Number(m[3] ?? 0) > 0) fades.push(to);
    }
    return { overflows: row.scrollWidth > row.clientWidth + 1, fades: fades.sort() };
  });
}
