/** Text with the words searched for marked: text nodes and <mark>, never HTML. */
import { Fragment } from 'react';
import { matchSpans } from './search-index';

export function Marked({ text, query }: { text: string; query: string }) {
  const spans = query ? matchSpans(text, query) : [];
  if (spans.length === 0) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let from = 0;
  for (const { start, end } of spans) {
    out.push(
      <Fragment key={`t${from}`}>{text.slice(from, start)}</Fragment>,
      <mark key={`m${start}`} className="find-match">
        {text.slice(start, end)}
      </mark>,
    );
    from = end;
  }
  out.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>);
  return <>{out}</>;
}

/** The words around `at` (an offset in `text`), cut at spaces, with an ellipsis where text was left out. */
export function around(text: string, at: number, radius = 80): string {
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
