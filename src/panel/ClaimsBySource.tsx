/**
 * The compact view of an event's claims: one group per voice the claims are finally
 * attributed to, each claim a line (its quote cut at a word, stance, report), so an event of
 * two dozen claims fits a screen or two.
 */
import type { Claim } from '../../geo/types';
import { isOtherForm, sourceOf, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { ClaimLine } from './ClaimLine';

/** Claims grouped by their final source, the busiest voice first; groups keep the claims' order. */
export function groupBySource(claims: readonly Claim[]): { source: Claim['asserters'][number]; claims: Claim[] }[] {
  const groups = new Map<string, { source: Claim['asserters'][number]; claims: Claim[] }>();
  for (const c of claims) {
    const source = sourceOf(c.asserters);
    const group = groups.get(source.id);
    if (group) group.claims.push(c);
    else groups.set(source.id, { source, claims: [c] });
  }
  return [...groups.values()].sort((a, b) => b.claims.length - a.claims.length || a.source.name.localeCompare(b.source.name));
}

export function ClaimsBySource({ claims }: { claims: readonly Claim[] }) {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="claims-by-source">
      {groupBySource(claims).map(({ source, claims: said }) => (
        <section key={source.id} aria-label={`${name(source)}: ${said.length} claim${said.length === 1 ? '' : 's'}`}>
          <h3
            className={`asserter kind-${source.kind}`}
            title={isOtherForm(source, lang) ? source.name : undefined}
            style={{ ['--aff' as string]: labels.affiliation[source.affiliation].colour }}
          >
            {name(source)}{' '}
            <span className="muted">
              · {labels.kind[source.kind].toLowerCase()} · {labels.affiliation[source.affiliation].label} · {said.length} claim
              {said.length === 1 ? '' : 's'}
            </span>
          </h3>
          <ul>
            {said.map((c) => (
              <ClaimLine key={c.id} claim={c} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
