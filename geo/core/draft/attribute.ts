/**
 * One clause's attribution: the chain of voices (outlets and unnamed reports outermost, then the
 * sources, in text order), the innermost source's cue, and when it was said. A date right by
 * the cue ("said Monday", "On Friday, officials told…", "The Atlantic in mid-March reported")
 * dates the saying; "has said" without a date is some time before publication.
 */
import { monthStart } from '../model/dates.ts';
import type { WhenInput } from '../model/schema.ts';
import type { Voice, Voices } from './asserters.ts';
import type { Hit } from './cues.ts';
import type { Reason } from './confidence.ts';
import { DENIAL_LEMMAS } from './lexicon.ts';
import { saidOf, type DateMention } from './when.ts';

export interface Attribution {
  chain: Voice[];
  cue: string | null;
  denial: boolean;
  said: string;
  /** The date mention that dates the saying, if any: not the event's own date. */
  saidDate: DateMention | null;
  /** What makes the chain unsure (confidence.ts). */
  reasons: Reason[];
}

const OUTER = new Set(['outlet', 'unnamed-reports']);

/** Present-tense cues ("sources reveal", "says") speak at publication, whatever date stands near. */
const PRESENT =
  /^(?:says?|reports?|reveals?|notes?|tells?|claims?|warns?|adds?|explains?|insists?|argues?|concedes?|confirms?|denies|deny|according|of)$/;

function datedBy(text: string, hit: Hit, dates: DateMention[]): DateMention | undefined {
  const verb = text.slice(hit.cue.start, hit.cue.end).split(/\s+/).pop()?.toLowerCase() ?? '';
  const after = dates.find((d) => d.from >= hit.cue.end && /^[\s,]*(?:on\s+)?$/i.test(text.slice(hit.cue.end, d.from)));
  if (PRESENT.test(verb)) return after && /today|tonight|morning/.test(after.text) ? after : undefined;
  return (
    dates.find((d) => d.from >= Math.min(hit.source.start, hit.cue.start) && d.to <= Math.max(hit.source.end, hit.cue.end)) ??
    after ??
    dates.find((d) => d.to <= hit.source.start && /^[\s,]*$/.test(text.slice(d.to, hit.source.start)))
  );
}

export function attribute(text: string, hits: Hit[], dates: DateMention[], voices: Voices, published: string, from: number): Attribution {
  const found: { voice: Voice; hit: Hit }[] = [];
  for (const hit of hits) {
    if (hit.relay) {
      const relay = voices.resolve(hit.relay.text, text.slice(from, hit.relay.start), false);
      // An outlet, or media named by their kind ("told Afghan media").
      if (relay && (relay.kind === 'outlet' || relay.kind === 'unnamed-reports') && relay !== voices.outlet)
        found.push({ voice: relay, hit });
    }
    const voice = voices.resolve(hit.source.text, text.slice(from, hit.source.start));
    if (voice && voice !== voices.outlet) found.push({ voice, hit });
  }
  const outer = found.filter((f) => OUTER.has(f.voice.kind));
  const inner = found.filter((f) => !OUTER.has(f.voice.kind));
  const ordered = [...outer, ...inner].filter((f, i, all) => all.findIndex((g) => g.voice === f.voice) === i);
  const last = ordered[ordered.length - 1];
  if (!last) return { chain: [voices.outlet], cue: null, denial: false, said: published, saidDate: null, reasons: [] };
  // A voice named again alone keeps the relays it was first heard through.
  const via = ordered.length === 1 ? (voices.via.get(last.voice) ?? []) : [];
  const chain = [voices.outlet, ...via, ...ordered.map((f) => f.voice)];
  if (chain.length > 2) voices.via.set(last.voice, chain.slice(1, -1));
  // The innermost source's own cue (a relay's "told" belongs to the source who told).
  const hit = last.hit;
  const cue = text.slice(hit.cue.start, hit.cue.end);
  const saidDate =
    [...ordered]
      .reverse()
      .map((f) => datedBy(text, f.hit, dates))
      .find(Boolean) ?? null;
  const before = published === monthStart(published) ? published : `${monthStart(published)}/${published}`;
  const said = saidDate ? saidOf(saidDate as WhenInput) : hit.perfect ? before : published;
  const reasons: Reason[] = [];
  if (inner.length > 1 && new Set(inner.map((f) => f.voice)).size > 1)
    reasons.push({ code: 'TWO_SOURCES', values: { sources: [...new Set(inner.map((f) => f.voice.name))].join('; ') } });
  if (/^(?:he|she|they|it)$|^(?:the|that|this)\s+\p{Ll}+$/iu.test(hit.source.text.trim()))
    reasons.push({ code: 'SOURCE_FROM_PRONOUN', values: { said: hit.source.text, source: last.voice.name } });
  if (last.voice.kind === 'unnamed-reports') reasons.push({ code: 'VAGUE_SOURCE', values: { cue } });
  return { chain, cue, denial: DENIAL_LEMMAS.has(hit.lemma), said, saidDate, reasons };
}
