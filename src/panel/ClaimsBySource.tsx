/**
 * The compact view of an event's claims: one group per voice the claims are finally
 * attributed to, each claim a line (its quote cut at a word, stance, report), so an event of
 * two dozen claims fits a screen or two.
 */
import type { Claim } from '../../geo/types';
import { DATA_TEXT } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { isOtherForm, sourceOf, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { ClaimLine } from './ClaimLine';
import { SPACE } from '../ui/space';

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
  const t = useT();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="claims-by-source">
      {groupBySource(claims).map(({ source, claims: said }) => (
        <section
          key={source.id}
          aria-label={t('panel.bySource.label', { source: name(source), claims: t('panel.claims', { n: said.length }) })}
        >
          <h3
            className={`asserter kind-${source.kind}`}
            title={isOtherForm(source, lang) ? source.name : undefined}
            style={{ ['--aff' as string]: labels.affiliation[source.affiliation].colour }}
          >
            <span {...DATA_TEXT}>{name(source)}</span>
            {SPACE}
            <span className="muted">
              {t('panel.bySource.meta', {
                kind: labels.kind[source.kind].toLowerCase(),
                affiliation: labels.affiliation[source.affiliation].label,
                claims: t('panel.claims', { n: said.length }),
              })}
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
