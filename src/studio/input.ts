/**
 * What the studio makes of a pasted text or an opened file before drafting: HTML reduced to its
 * text, line endings made one kind, and a plain message for everything else (empty, too long, not
 * text, not English). The byte rules are the build's own (geo/core/text/text-file.ts), so a text the
 * studio accepts is one `npm run build:data` accepts. The person's text is never thrown away: a
 * refusal leaves it where it was, to be edited.
 */
import { LIMITS } from '../../geo/core/model/schema.ts';
import { decodeText } from '../../geo/core/text/text-file.ts';
import { isIsoDate } from '../../geo/core/model/dates.ts';
import type { StudioWork } from './work.ts';

export interface InputNote {
  level: 'error' | 'warning' | 'info';
  message: string;
}

export interface ReadInput {
  /** The text as it will be published (or as it stands, when there is an error). */
  text: string;
  notes: InputNote[];
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const DROP = 'script, style, noscript, template, svg, iframe, object, nav, form, button, select, head';
/** Stands for a <br> while white space is made single. */
const BREAK = '\uE000';

/** True when a pasted text is HTML source rather than the text it shows. */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(p|div|span|a|br|h[1-6]|html|body|head|article|section|li|ul|em|strong|b|i|img|script|style)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3 || /^\s*<!doctype html/i.test(text);
}

/**
 * HTML reduced to its text: one paragraph per block (headline, paragraph, list item, caption),
 * separated by a blank line as the project's report files are; white space inside a block made
 * single; scripts, styles, navigation and forms left out.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((n) => n.remove());
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return '';
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = buffer
      .replace(/\s+/g, ' ')
      .split(BREAK)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      buffer += BREAK;
      return;
    }
    const block = BLOCK.test(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

const COMMON = new Set(
  'the of and to in a is that for on was with as by at from it he she they said has have be are were an this which but not who after would will'.split(
    ' ',
  ),
);

/** The share of a text's words that are English's commonest (a news text in English: 30–50 %). */
export function englishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => COMMON.has(w)).length;
  return { words: words.length, share: words.length ? hits / words.length : 0 };
}

const count = (n: number) => n.toLocaleString('en');

/** Reads a pasted text: what it becomes and what the person should know. */
export function readPasted(raw: string): ReadInput {
  const notes: InputNote[] = [];
  if (!raw.trim()) return { text: raw, notes: [{ level: 'error', message: 'Paste a report, or open a .txt or .html file.' }] };
  if (raw.length > LIMITS.reportChars) {
    return {
      text: raw,
      notes: [
        {
          level: 'error',
          message: `This text is ${count(raw.length)} characters long; the studio takes a report of up to ${count(LIMITS.reportChars)} (a long feature is about 60,000). Nothing was drafted and your text is still here: cut it down to one report, or split it into several.`,
        },
      ],
    };
  }
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push({ level: 'info', message: 'An invisible byte-order mark at the start was removed.' });
  }
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/g)?.length ?? 0;
  if (crlf + cr > 0) {
    const lf = text.match(/(?<!\r)\n/g)?.length ?? 0;
    const mixed = lf > 0 || (crlf > 0 && cr > 0);
    text = text.replace(/\r\n?/g, '\n');
    notes.push({
      level: 'info',
      message: `${mixed ? 'The text mixed line endings' : crlf ? 'The text had Windows line endings' : 'The text had old Mac line endings'}; they are now all one kind (${count(crlf + cr)} changed), as the map's report files are.`,
    });
  }
  // The build's own byte rules: a NUL, a zero-width space or a bidi override is refused as it would be there.
  for (const p of decodeText(new TextEncoder().encode(text), 'the text', 'report').problems) {
    if (p.severity === 'error') notes.push({ level: 'error', message: `${p.message} ${p.fix}` });
  }
  if (looksLikeHtml(text)) {
    notes.push({
      level: 'error',
      message:
        'This looks like the HTML source of a page, not its text. Reduce it to its text (the button below), or paste the text itself.',
    });
  }
  const { words, share } = englishShare(text);
  if (words >= 20 && share < 0.12) {
    notes.push({
      level: 'warning',
      message:
        'This text does not read as English: the drafter knows English news wording only, so expect few claims and no voices. You can still mark every claim by hand.',
    });
  } else if (words < 20) {
    notes.push({ level: 'warning', message: `The text has only ${words} word${words === 1 ? '' : 's'}: is it the whole report?` });
  }
  return { text, notes };
}

/** Reads an opened file: its bytes as the build would, HTML reduced to text. */
export function readFileText(name: string, bytes: Uint8Array): ReadInput {
  const decoded = decodeText(bytes, name, 'report');
  const notes: InputNote[] = [];
  const bad = decoded.problems.find((p) => p.code === 'NOT_UTF8');
  if (bad)
    notes.push({
      level: 'warning',
      message: `${bad.message} It was read as Windows-1252: check its accented letters and quotation marks.`,
    });
  if (decoded.problems.some((p) => p.code === 'BYTE_ORDER_MARK')) {
    notes.push({ level: 'info', message: 'An invisible byte-order mark at the start of the file was left out.' });
  }
  const html = /\.x?html?$/i.test(name) || looksLikeHtml(decoded.text);
  const read = readPasted(html ? htmlToText(decoded.text) : decoded.text);
  if (html) read.notes.unshift({ level: 'info', message: `${name} was reduced to its text: one paragraph per block of the page.` });
  return { text: read.text, notes: [...notes, ...read.notes] };
}

/** Why the text cannot be drafted yet (the first thing to fix), or null when it can. */
export const isReadyToDraft = (work: StudioWork): string | null => {
  if (!work.meta.outlet.value.trim()) return 'Give the outlet (the publication the report appeared in).';
  if (!isIsoDate(work.meta.published.date)) return 'Give the publication date: every "on Tuesday" in the text is read from it.';
  const errors = readPasted(work.text).notes.filter((n) => n.level === 'error');
  return errors.length ? errors[0].message : null;
};
