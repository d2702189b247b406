/** One claim: its quote, who asserted it (the chain), its stance, and where it stands. */
import { FormattedMessage } from 'react-intl';
import type { AsserterRef, Claim } from '../../geo/types';
import { saidWords } from '../words/dates';
import { useT } from '../words/i18n';
import { useAuthored, asserterName, isOtherForm, quoted, useLabels } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { DATA_TEXT } from './text-direction';
import { SPACE } from './space';

/** A quote's first words: what names a claim to a person (its id names it only to the data). */
export function quoteStart(quote: string, words = 6): string {
  const all = quote.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

export function Chain({ asserters }: { asserters: readonly AsserterRef[] }) {
  const labels = useLabels();
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <ol
      className="chain"
      aria-label={t('panel.chain.label', { chain: asserters.map((a) => asserterName(a, lang)).join(t('panel.chain.joiner')) })}
    >
      {asserters.map((a) => (
        <li key={a.id} className={`asserter kind-${a.kind}`} style={{ ['--aff' as string]: labels.affiliation[a.affiliation].colour }}>
          <span className="asserter-name" {...DATA_TEXT} title={isOtherForm(a, lang) ? a.name : undefined}>
            {asserterName(a, lang)}
          </span>
          <span className="asserter-meta">
            <FormattedMessage
              id="panel.chain.meta"
              values={{
                kind:
                  a.kind === 'anonymous-official' ? (
                    <span className="anon-badge">{t('panel.chain.anonymous')}</span>
                  ) : (
                    labels.kind[a.kind].toLowerCase()
                  ),
                affiliation: labels.affiliation[a.affiliation].label,
              }}
            />
          </span>
        </li>
      ))}
    </ol>
  );
}

export function StanceBadge({ claim }: { claim: Claim }) {
  const labels = useLabels();
  const s = labels.stance[claim.stance];
  return (
    <span className={`stance stance-${claim.stance}`} title={s.hint}>
      {s.label}
      {claim.hedges.length > 0 && (
        <span className="hedges">
          <FormattedMessage id="panel.stance.hedges" values={{ hedges: <span {...DATA_TEXT}>{quoted(claim.hedges.join('”, “'))}</span> }} />
        </span>
      )}
    </span>
  );
}

export function ClaimCard({ claim, compact = false, showRelations = true }: { claim: Claim; compact?: boolean; showRelations?: boolean }) {
  const labels = useLabels();
  const t = useT();
  const authored = useAuthored();
  const model = useStore((s) => s.model)!;
  const { showClaim, setHover } = useStore.getState();
  const event = model.claimById.get(claim.id)?.event;
  const report = model.reportById.get(claim.report);
  return (
    <article
      className={`claim-card${compact ? ' compact' : ''}`}
      aria-label={t('panel.claim.label', { outlet: report?.outlet.value ?? '', start: quoteStart(claim.quote.exact) })}
      onMouseEnter={() => event && setHover(event.id)}
      onMouseLeave={() => setHover(null)}
      onFocus={() => event && setHover(event.id)}
      onBlur={() => setHover(null)}
    >
      <blockquote className="claim-quote" {...DATA_TEXT}>
        {quoted(claim.quote.exact)}
      </blockquote>
      <Chain asserters={claim.asserters} />
      <p className="claim-meta">
        <StanceBadge claim={claim} />
        {claim.cue && (
          <span className="cue">
            <FormattedMessage id="panel.claim.cue" values={{ cue: <span {...DATA_TEXT}>{quoted(claim.cue)}</span> }} />
          </span>
        )}
        <span className="said">{t('panel.claim.said', { date: saidWords(claim.said) })}</span>
        {compact && report && (
          <span className="said">
            <FormattedMessage id="panel.claim.inOutlet" values={{ outlet: <span {...DATA_TEXT}>{report.outlet.value}</span> }} />
          </span>
        )}
      </p>
      <button type="button" className="link-button" onClick={() => showClaim(claim.id)}>
        {t('panel.claim.showInReport')}
      </button>
      {showRelations && claim.relations.length > 0 && (
        <div className="relations">
          {claim.relations.map((r) => {
            const other = model.claimById.get(r.claim);
            if (!other) return null;
            return (
              <section
                key={`${r.type}-${r.claim}`}
                className={`relation relation-${r.type}`}
                aria-label={t('panel.relation.label', {
                  relation: labels.relation[r.type],
                  outlet: model.reportById.get(other.claim.report)?.outlet.value ?? '',
                })}
              >
                <h4>
                  <FormattedMessage
                    id="panel.relation.heading"
                    values={{
                      passive: r.type === 'updated-by' ? 'yes' : 'no',
                      relation: <span className="relation-name">{labels.relation[r.type].toLowerCase()}</span>,
                      outlet: <span {...DATA_TEXT}>{model.reportById.get(other.claim.report)?.outlet.value}</span>,
                    }}
                  />
                  {other.event.id !== event?.id && (
                    <span className="relation-target">
                      {SPACE}
                      <FormattedMessage
                        id="panel.relation.about"
                        values={{
                          title: (
                            <span {...authored(other.event.properties, 'title').attrs}>
                              {quoted(authored(other.event.properties, 'title').text)}
                            </span>
                          ),
                        }}
                      />
                    </span>
                  )}
                </h4>
                {r.note && (
                  <p className="relation-note" {...DATA_TEXT}>
                    {r.note}
                  </p>
                )}
                <div className="relation-pair">
                  <blockquote className="relation-this" {...DATA_TEXT}>
                    {quoted(claim.quote.exact)}
                    <footer {...DATA_TEXT}>{report?.outlet.value}</footer>
                  </blockquote>
                  <ClaimCard claim={other.claim} compact showRelations={false} />
                </div>
              </section>
            );
          })}
        </div>
      )}
    </article>
  );
}
