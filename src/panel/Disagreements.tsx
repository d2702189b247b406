/** Where the reports disagree, or a later report changes the picture, among some events. */
import type { EventFeature } from '../../geo/types';
import { DATA_TEXT, textDirection } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { clip, quoted, useLabels } from '../words/labels';
import { useStore } from '../store/store';
import { SPACE } from '../ui/space';

export function Disagreements({ events }: { events: readonly EventFeature[] }) {
  const labels = useLabels();
  const t = useT();
  const model = useStore((s) => s.model)!;
  const { showClaim } = useStore.getState();
  // Each pair once, whichever of its claims is listed here: updates from the later claim.
  const seen = new Set<string>();
  const pairs = events.flatMap((e) =>
    e.properties.claims.flatMap((c) =>
      c.relations
        .filter((r) => {
          if (r.type !== 'updates' && r.type !== 'contradicts') return false;
          const key = [c.id, r.claim].sort().join(' ');
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((r) => ({ claim: c, relation: r, other: model.claimById.get(r.claim)?.claim })),
    ),
  );
  if (pairs.length === 0) return <p className="muted">{t('panel.disagreements.none')}</p>;
  const outlet = (report: string) => model.reportById.get(report)?.outlet.value;
  return (
    <ul className="disagreements">
      {pairs.map(({ claim, relation, other }) =>
        other ? (
          <li key={`${claim.id}-${relation.claim}`}>
            <button type="button" className="link-button" onClick={() => showClaim(claim.id)} {...DATA_TEXT}>
              {outlet(claim.report)}
            </button>
            {SPACE}
            <span className="disagreement-quote" translate="no" dir={textDirection(claim.quote.exact)}>
              {clip(quoted(claim.quote.exact), 140)}
            </span>
            <strong className={`relation-word relation-${relation.type}`}> {labels.relation[relation.type].toLowerCase()} </strong>
            <button type="button" className="link-button" onClick={() => showClaim(other.id)} {...DATA_TEXT}>
              {outlet(other.report)}
            </button>
            {SPACE}
            <span className="disagreement-quote" translate="no" dir={textDirection(other.quote.exact)}>
              {clip(quoted(other.quote.exact), 140)}
            </span>
            {relation.note && (
              <p className="relation-note" {...DATA_TEXT}>
                {relation.note}
              </p>
            )}
          </li>
        ) : null,
      )}
    </ul>
  );
}
