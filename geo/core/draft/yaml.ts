/**
 * A draft as the YAML files a person reviews, written the way geo/ is: quotes double-quoted with
 * a non-breaking space as \u00A0 (so it is seen), chains as flow lists `[outlet, source]`, no
 * line folding. The CLI writes these; the studio can offer them for download.
 */
import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Draft } from './types.ts';

const QUOTED = new Set(['quote', 'prefix', 'suffix']);
const FLOW = new Set(['asserters', 'hedges', 'aka', 'lngLat']);

export function toYaml(value: unknown, header = ''): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (QUOTED.has(key) && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
      if (FLOW.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\u00A0')) node.type = 'QUOTE_DOUBLE';
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\u00A0/g, '\\u00A0');
  return header
    ? `${header
        .split('\n')
        .map((l) => (l ? `# ${l}` : '#'))
        .join('\n')}\n${body}`
    : body;
}

/** The files of a draft, by name: the annotation file and the registries' new entries. */
export function draftFiles(d: Draft, report: unknown, known: { asserters: Set<string>; places: Set<string> }): Record<string, string> {
  const note = 'Drafted by `npm run draft`: every entry is a proposal to review, not a reading.';
  const asserters = d.asserters.filter((a) => !known.asserters.has(a.id));
  return {
    [`annotations/${d.report}.yaml`]: toYaml(
      { report: d.report, claims: d.claims, not_claims: d.notClaims },
      `${d.report}: a draft annotation.\n${note}\nUnknown place names (in no gazetteer; never given coordinates): ${d.unknownPlaces.join(', ') || 'none'}.`,
    ),
    'reports.yaml': toYaml([report], `The entry for reports.yaml. ${note}`),
    'asserters.yaml': toYaml(asserters, `New asserters (ids already in geo/asserters.yaml are left out). ${note}`),
    'events.yaml': toYaml(d.events, `Event candidates, grouped by place and date. ${note}`),
    'places.yaml': toYaml(d.places, `New places from the gazetteers (geo/gazetteer). ${note}`),
    'review.yaml': toYaml(
      d.claims.map((c, i) => ({ claim: c.id, ...(d.confidence?.[i] ?? { level: 'low', reasons: [] }) })),
      `How sure the drafter is of each claim, and why (codes: geo/core/draft/confidence.ts).\nNot for geo/: a reviewer's list; look at the low ones first. ${note}`,
    ),
  };
}
