/**
 * Long texts for timing the drafter: one report repeated, and the reports' sentences shuffled
 * with their numbers changed (seeded, so every run drafts the same bytes). Repeated text is the
 * worst case for quote selectors (every quote occurs many times); varied text is the usual one.
 */
import { prng } from '../geo/core/synthetic/prng.ts';
import { sentences } from '../geo/core/text/sentences.ts';

export function repeatedText(report: string, length: number): string {
  let text = '';
  while (text.length < length) text += `${report.trim()}\n`;
  return text.slice(0, text.lastIndexOf('\n', length) + 1);
}

export function variedText(reports: string[], length: number, seed = 21): string {
  const random = prng(seed);
  const pool = reports.flatMap((r) => sentences(r).map((s) => s.text));
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const n = 1 + Math.floor(random() * 4);
    const para = Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)])
      .join(' ')
      .replace(/\d+/g, () => String(1 + Math.floor(random() * 400)));
    paragraphs.push(para);
    size += para.length + 1;
  }
  return `${paragraphs.join('\n')}\n`;
}
