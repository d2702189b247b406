/**
 * The drafter on reports written for the bench (bench/drafter-set/): wire, broadcaster, official
 * release and state outlet, with the attribution patterns the drafter finds hard. Each `.yaml`
 * holds the hand annotation: per claim the words it starts with, the chain of names, the stance
 * and the town where its event happened (null when none). `tune/` is what the rules were tried
 * on; `held-out/` was kept aside until the end. Scored: innermost source, chain exact, stance,
 * and places (claims with a hand town whose event is at that town, not only its country).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { draft } from '../geo/core/draft/draft.ts';
import { sameName } from '../geo/core/draft/score.ts';
import { fold } from '../geo/core/draft/text.ts';
import type { Gazetteer } from '../geo/core/draft/types.ts';

interface HandClaim {
  quote: string;
  chain: string[];
  stance: string;
  place: string | null;
}

export interface SetScores {
  claims: number;
  found: number;
  innermost: number;
  chainExact: number;
  stance: number;
  towns: number;
  placed: number;
  misses: string[];
}

export function scoreSet(folder: string, gazetteer: Gazetteer): SetScores {
  const s: SetScores = { claims: 0, found: 0, innermost: 0, chainExact: 0, stance: 0, towns: 0, placed: 0, misses: [] };
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(`${folder}/${file}`, 'utf8');
    const hand = parse(readFileSync(`${folder}/${file.replace(/\.txt$/, '.yaml')}`, 'utf8')) as {
      outlet: string;
      published: string;
      claims: HandClaim[];
    };
    const d = draft(text, { outlet: hand.outlet, published: hand.published, reportId: 'b001' }, gazetteer);
    const names = new Map(d.asserters.map((a) => [a.id, a.name]));
    const places = new Map([...gazetteer.places, ...d.places].map((p) => [p.id, p]));
    for (const h of hand.claims) {
      s.claims++;
      const at = text.indexOf(h.quote);
      if (at === -1) throw new Error(`${file}: "${h.quote}" is not in the text`);
      const i = d.spans.findIndex((x) => x.start <= at && at < x.end);
      const miss = (what: string) => s.misses.push(`${file} "${h.quote.slice(0, 40)}…" ${what}`);
      if (i === -1) {
        miss('no drafted claim');
        continue;
      }
      s.found++;
      const c = d.claims[i];
      const chain = c.asserters.map((id) => names.get(id) ?? id);
      const inner = sameName(h.chain[h.chain.length - 1], chain[chain.length - 1], true);
      const exact = h.chain.length === chain.length && h.chain.every((n, k) => sameName(n, chain[k], false));
      s.innermost += Number(inner);
      s.chainExact += Number(exact);
      s.stance += Number(c.stance === h.stance);
      if (!exact) miss(`chain: hand ${h.chain.join(' › ')} | draft ${chain.join(' › ')}`);
      if (c.stance !== h.stance) miss(`stance: hand ${h.stance} | draft ${c.stance}`);
      if (h.place === null) continue;
      s.towns++;
      const e = d.events.find((x) => x.id === c.event);
      const p = e?.place ? places.get(e.place) : undefined;
      const town = p?.source.match(/^Placed at the point of (.+?) \(/)?.[1];
      const ok = !!p && [p.name, ...(p.aka ?? []), town ?? ''].some((n) => fold(n) === fold(h.place ?? ''));
      s.placed += Number(ok);
      if (!ok) miss(`place: hand ${h.place} | draft ${p?.name ?? '–'}`);
    }
  }
  return s;
}
