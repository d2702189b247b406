/**
 * The message catalogue's own check, run by `npm run lint`: every language has every key, no
 * message is empty, each parses as ICU MessageFormat, each language's message uses the same
 * placeholders as English, and every key the code names (t('…'), id="…") exists. Prints every
 * problem at once, with how to fix it.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../src/words/messages/', import.meta.url).pathname;
const LANGS = readdirSync(ROOT).filter((d) => !d.includes('.'));
const problems: string[] = [];

function load(lang: string): Map<string, { text: string; file: string }> {
  const out = new Map<string, { text: string; file: string }>();
  for (const file of readdirSync(join(ROOT, lang)).filter((f) => f.endsWith('.json'))) {
    const path = `src/words/messages/${lang}/${file}`;
    const json = JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8')) as Record<string, unknown>;
    for (const [key, text] of Object.entries(json)) {
      if (out.has(key)) problems.push(`${path}: "${key}" is also in ${out.get(key)!.file}. Keep each key in one file.`);
      if (typeof text !== 'string' || !text.trim()) problems.push(`${path}: "${key}" is empty. Write the message.`);
      out.set(key, { text: String(text), file: path });
    }
  }
  return out;
}

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) placeholders(option.value, into);
    }
    if (e.type === TYPE.tag) {
      into.add(`<${e.value}>`);
      placeholders(e.children, into);
    }
  }
  return into;
}

const catalogues = new Map(LANGS.map((l) => [l, load(l)]));
const en = catalogues.get('en')!;
const parsed = new Map<string, Set<string>>();
for (const [lang, messages] of catalogues) {
  for (const [key, { text, file }] of messages) {
    let found: Set<string>;
    try {
      found = placeholders(parse(text, { ignoreTag: false }));
    } catch (error) {
      problems.push(`${file}: "${key}" is not valid ICU MessageFormat (${(error as Error).message}). Check its braces.`);
      continue;
    }
    if (lang === 'en') parsed.set(key, found);
    else if (parsed.has(key) || en.has(key)) {
      const want = parsed.get(key) ?? placeholders(parse(en.get(key)!.text));
      const missing = [...want].filter((p) => !found.has(p));
      const extra = [...found].filter((p) => !want.has(p));
      if (missing.length || extra.length)
        problems.push(
          `${file}: "${key}" has placeholders ${[...found].join(', ') || 'none'}, English has ${[...want].join(', ') || 'none'}. Use the same ones.`,
        );
    }
  }
  for (const key of en.keys())
    if (!messages.has(key))
      problems.push(`src/words/messages/${lang}/: "${key}" is missing (English: ${en.get(key)!.file}). Translate it.`);
  for (const key of messages.keys())
    if (!en.has(key)) problems.push(`${messages.get(key)!.file}: "${key}" is not in English. Add it there, or remove it.`);
}

// Every key the code names literally exists.
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.tsx?$/.test(d.name) && !/\.test\./.test(d.name) ? [join(dir, d.name)] : [],
  );
}
const SRC = new URL('../src/', import.meta.url).pathname;
for (const file of walk(SRC)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'|\bid="([a-zA-Z0-9_.-]+\.[a-zA-Z0-9_.-]+)"/g)) {
    const key = m[1] ?? m[2];
    if (!en.has(key))
      problems.push(
        `${file.replace(SRC, 'src/')}: the key "${key}" is not in the catalogue. Add it to src/words/messages/en/ and every other language.`,
      );
  }
}

const keys = en.size;
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\nThe message catalogue has ${problems.length} problem(s).`);
  process.exitCode = 1;
} else console.log(`The message catalogue: ${keys} keys in ${LANGS.length} languages (${LANGS.join(', ')}), all present, all valid.`);
