// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../geo/core/model/schema.ts';
import { t } from '../words/i18n.tsx';
import { htmlToText, noteText, readFileText, readPasted, type InputNote } from './input.ts';

// Texts written for these tests.
const ENGLISH =
  'The council said on Monday that the bridge over the river would close for repairs in the spring, and that buses would run to the town centre while the work went on.';
const FRENCH =
  'Le conseil municipal a voté mardi soir une hausse des tarifs de l’eau, une décision que les habitants du quartier nord jugent injuste et trop brutale pour les familles modestes.';

const levels = (notes: InputNote[]) => notes.map((n) => n.level);
const errorsOf = (notes: InputNote[]) => notes.filter((n) => n.level === 'error');
const bytes = (s: string) => new TextEncoder().encode(s);
/** A note as an English reader sees it. */
const say = (n: InputNote) => noteText(n, t, 'en');

describe('readPasted', () => {
  it('accepts a normal English paragraph without a note', () => {
    expect(readPasted(ENGLISH)).toEqual({ text: ENGLISH, notes: [] });
  });

  it('refuses an empty or blank paste', () => {
    for (const raw of ['', '   \n\t ']) {
      const r = readPasted(raw);
      expect(r.text).toBe(raw);
      expect(levels(r.notes)).toEqual(['error']);
    }
  });

  it('refuses a text over the length limit and leaves it as it was', () => {
    const raw = `${ENGLISH}\r\n`.repeat(Math.ceil(LIMITS.reportChars / ENGLISH.length) + 1);
    expect(raw.length).toBeGreaterThan(LIMITS.reportChars);
    const r = readPasted(raw);
    expect(r.text).toBe(raw);
    expect(levels(r.notes)).toEqual(['error']);
    expect(say(r.notes[0])).toContain('200,000');
  });

  it('takes a text exactly at the limit', () => {
    const raw = `${ENGLISH} `.repeat(Math.ceil(LIMITS.reportChars / ENGLISH.length)).slice(0, LIMITS.reportChars);
    expect(raw.length).toBe(LIMITS.reportChars);
    expect(errorsOf(readPasted(raw).notes)).toEqual([]);
  });

  it('refuses half a character (a lone surrogate, as some pastes leave), with its place, as the build would', () => {
    const r = readPasted(`${ENGLISH}\n\nThe road\uD800 remains closed.`);
    const problem = r.notes.find((n) => n.problem)?.problem;
    expect(problem).toMatchObject({ code: 'INVISIBLE_CHARACTER', values: { case: 'surrogate', codePoint: 'U+D800', line: 3 } });
    expect(levels(r.notes)).toContain('error');
    expect(say(r.notes.find((n) => n.problem)!)).toMatch(/half of a character \(U\+D800, a lone surrogate\).*line 3/);
    // A NUL is still found, once.
    const nul = readPasted(`${ENGLISH} The\u0000 road.`);
    expect(nul.notes.filter((n) => n.problem?.code === 'INVISIBLE_CHARACTER')).toHaveLength(1);
  });

  it('makes Windows line endings \\n, with a note', () => {
    const r = readPasted(`${ENGLISH}\r\n\r\nThe work will take a month.\r\n`);
    expect(r.text).toBe(`${ENGLISH}\n\nThe work will take a month.\n`);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ level: 'info' });
    expect(say(r.notes[0])).toContain('Windows');
    expect(say(r.notes[0])).toContain('(3 changed)');
  });

  it('makes old Mac line endings (\\r alone) \\n, with a note', () => {
    const r = readPasted(`${ENGLISH}\r\rThe work will take a month.`);
    expect(r.text).toBe(`${ENGLISH}\n\nThe work will take a month.`);
    expect(levels(r.notes)).toEqual(['info']);
  });

  it('makes mixed line endings all \\n and says they were mixed', () => {
    for (const raw of [`${ENGLISH}\r\nOne.\nTwo.`, `${ENGLISH}\r\nOne.\rTwo.`]) {
      const r = readPasted(raw);
      expect(r.text).toBe(`${ENGLISH}\nOne.\nTwo.`);
      expect(levels(r.notes)).toEqual(['info']);
      expect(say(r.notes[0])).toContain('mixed');
    }
  });

  it('removes a byte-order mark at the start, with a note', () => {
    const r = readPasted(`\uFEFF${ENGLISH}`);
    expect(r.text).toBe(ENGLISH);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0].level).toBe('info');
    expect(say(r.notes[0])).toMatch(/byte-order mark/);
  });

  it('refuses a NUL character', () => {
    const r = readPasted(`${ENGLISH}\0 More text.`);
    expect(errorsOf(r.notes)).toHaveLength(1);
    expect(say(errorsOf(r.notes)[0])).toContain('NUL');
  });

  it('refuses zero-width spaces, word joiners and bidi overrides, as the build does', () => {
    for (const zw of ['\u200B', '\u2060', '\u202E']) {
      const r = readPasted(ENGLISH.replace('bridge', `bri${zw}dge`));
      expect(errorsOf(r.notes)).toHaveLength(1);
      expect(say(errorsOf(r.notes)[0])).toMatch(/invisible character \(U\+(200B|2060|202E)\)/);
    }
  });

  it('keeps the zero-width joiner and non-joiner, which Persian, Urdu and emoji need', () => {
    for (const zw of ['\u200C', '\u200D']) expect(errorsOf(readPasted(ENGLISH.replace('bridge', `bri${zw}dge`)).notes)).toHaveLength(0);
  });

  // U+FEFF inside the text (not at its start) is the same invisible "zero width no-break space",
  // left by pasting two copied texts together: no typed quote could match it.
  it('refuses a byte-order mark inside the text (a zero-width no-break space)', () => {
    const r = readPasted(ENGLISH.replace('bridge', 'bri\uFEFFdge'));
    expect(errorsOf(r.notes)).toHaveLength(1);
  });

  it('says when a paste is HTML source', () => {
    for (const raw of [`<p>${ENGLISH}</p><p>The work will take a month.</p><p>Buses will run.</p>`, `<!DOCTYPE html>\n${ENGLISH}`]) {
      const r = readPasted(raw);
      expect(errorsOf(r.notes)).toHaveLength(1);
      expect(say(errorsOf(r.notes)[0])).toContain('HTML');
    }
  });

  it('does not take a text that merely mentions a tag for HTML', () => {
    expect(errorsOf(readPasted(`${ENGLISH} The page used a <p> tag.`).notes)).toEqual([]);
  });

  it('warns that a French (or other non-English) text will draft poorly, but accepts it', () => {
    const r = readPasted(FRENCH);
    expect(r.text).toBe(FRENCH);
    expect(levels(r.notes)).toEqual(['warning']);
    expect(say(r.notes[0])).toContain('English');
  });

  it('asks whether a very short text is the whole report', () => {
    const r = readPasted('Bridge to close.');
    expect(levels(r.notes)).toEqual(['warning']);
    expect(say(r.notes[0])).toContain('3 words');
  });
});

describe('htmlToText', () => {
  it('makes headings and paragraphs paragraphs separated by a blank line', () => {
    const html = '<html><body><h1>Bridge to Close</h1><p>The council said the bridge would close.</p><p>Buses will run.</p></body></html>';
    expect(htmlToText(html)).toBe('Bridge to Close\n\nThe council said the bridge would close.\n\nBuses will run.');
  });

  it('leaves out scripts, styles, navigation, forms and the head', () => {
    const html = [
      '<html><head><title>Site name</title><style>p { color: red }</style></head><body>',
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
      '<script>track("view")</script>',
      '<h2>Bridge to Close</h2><p>Buses will run.</p>',
      '<form><button>Subscribe</button></form>',
      '</body></html>',
    ].join('');
    expect(htmlToText(html)).toBe('Bridge to Close\n\nBuses will run.');
  });

  it('keeps a <br> as a line break inside its paragraph', () => {
    expect(htmlToText('<p>The Town Hall<br>Main Street<br/>Riverton</p>')).toBe('The Town Hall\nMain Street\nRiverton');
  });

  it('collapses runs of spaces, tabs and non-breaking spaces, and trims each paragraph', () => {
    expect(htmlToText('<p>   The  bridge\t\twill&nbsp;&nbsp;close.  </p><p>\u00a0</p>')).toBe('The bridge will close.');
  });

  it('keeps list items and quotations as paragraphs, a nested block once', () => {
    const html =
      '<ul><li>Buses will run.</li><li><p>Trains will not.</p></li></ul><blockquote><p>“We are sorry,” she said.</p></blockquote>';
    expect(htmlToText(html)).toBe('Buses will run.\n\nTrains will not.\n\n“We are sorry,” she said.');
  });

  it('reads only the article when the page has one', () => {
    const html = '<body><p>Most read today</p><article><h1>Bridge to Close</h1><p>Buses will run.</p></article><p>Footer</p></body>';
    expect(htmlToText(html)).toBe('Bridge to Close\n\nBuses will run.');
  });

  // A line break in the HTML source is white space like any other (only <br> is a line break).
  it('collapses a line break of the HTML source inside a paragraph to a space', () => {
    expect(htmlToText('<p>The bridge will\n    close in May.</p>')).toBe('The bridge will close in May.');
  });

  // Body text in plain <div>s (common on news sites) is kept beside a headline.
  it('keeps text that stands outside any paragraph element', () => {
    expect(htmlToText('<h1>Bridge to Close</h1><div>The council said the bridge would close.</div>')).toBe(
      'Bridge to Close\n\nThe council said the bridge would close.',
    );
  });
});

describe('readFileText', () => {
  it('reads a UTF-8 text file as it is', () => {
    expect(readFileText('report.txt', bytes(ENGLISH))).toEqual({ text: ENGLISH, notes: [] });
  });

  it('reads a Latin-1 file as Windows-1252, with a warning to check its accents', () => {
    const text = `The café in Montréal reopened, the owner said. ${ENGLISH}`;
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(latin1.every((b) => b < 256)).toBe(true);
    const r = readFileText('report.txt', latin1);
    expect(r.text).toBe(text);
    expect(levels(r.notes)).toEqual(['warning']);
    expect(say(r.notes[0])).toContain('Windows-1252');
  });

  it('reads Windows-1252 curly quotes and dashes', () => {
    // “Closed” – she said. in Windows-1252: 0x93 0x94 are the quotes, 0x96 the dash.
    const cp1252 = Uint8Array.from([0x93, ...bytes('Closed'), 0x94, 0x20, 0x96, ...bytes(` she said. ${ENGLISH}`)]);
    const r = readFileText('report.txt', cp1252);
    expect(r.text).toBe(`“Closed” – she said. ${ENGLISH}`);
    expect(levels(r.notes)).toEqual(['warning']);
  });

  it('reduces an .html file to its text, with a note', () => {
    const html = `<html><body><h1>Bridge to Close</h1><p>${ENGLISH}</p></body></html>`;
    const r = readFileText('story.html', bytes(html));
    expect(r.text).toBe(`Bridge to Close\n\n${ENGLISH}`);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatchObject({ level: 'info' });
    expect(say(r.notes[0])).toContain('story.html');
  });

  it('reduces HTML source saved as .txt as well', () => {
    const html = `<div><p>${ENGLISH}</p><p>Buses will run.</p></div>`;
    const r = readFileText('page.txt', bytes(html));
    expect(r.text).toBe(`${ENGLISH}\n\nBuses will run.`);
    expect(errorsOf(r.notes)).toEqual([]);
  });

  it('leaves out a byte-order mark, with a note', () => {
    const r = readFileText('report.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(ENGLISH)]));
    expect(r.text).toBe(ENGLISH);
    expect(levels(r.notes)).toEqual(['info']);
    expect(say(r.notes[0])).toMatch(/byte-order mark/);
  });

  it('makes a file’s Windows line endings \\n', () => {
    const r = readFileText('report.txt', bytes(`${ENGLISH}\r\n\r\nBuses will run.`));
    expect(r.text).toBe(`${ENGLISH}\n\nBuses will run.`);
    expect(levels(r.notes)).toEqual(['info']);
  });

  it('refuses a file with a NUL byte', () => {
    const r = readFileText('report.txt', Uint8Array.from([...bytes(ENGLISH), 0, ...bytes(' Buses will run.')]));
    expect(errorsOf(r.notes)).toHaveLength(1);
  });
});
