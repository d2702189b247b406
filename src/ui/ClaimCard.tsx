/** One claim: its quote, who asserted it (the chain), its stance, and where it stands. */
import type { AsserterRef, Claim } from '../../geo/types';
import { saidWords } from '../words/dates';
import { asserterName, isOtherForm, quoted, useLabels } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';

export function Chain({ asserters }: { asserters: readonly AsserterRef[] }) {
  const labels = useLabels();
  const lang = useLanguage((s) => s.lang);
  return (
    <ol className="chain" aria-label={`Asserted by ${asserters.map((a) => asserterName(a, lang)).join(', according to ')}`}>
      {asserters.map((a) => (
        <li key={a.id} className={`asserter kind-${a.kind}`} style={{ ['--aff' as string]: labels.affiliation[a.affiliation].colour }}>
          <span className="asserter-name" dir="auto" title={isOtherForm(a, lang) ? a.name : undefined}>
            {asserterName(a, lang)}
          </span>
          <span className="asserter-meta">
            {a.kind === 'anonymous-official' && <span className="anon-badge">anonymous</span>}
            {a.kind !== 'anonymous-official' && labels.kind[a.kind].toLowerCase()} · {labels.affiliation[a.affiliation].label}
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
      {claim.hedges.length > 0 && <span className="hedges">: “{claim.hedges.join('”, “')}”</span>}
    </span>
  );
}

export function ClaimCard({ claim, compact = false, showRelations = true }: { claim: Claim; compact?: boolean; showRelations?: boolean }) {
  const labels = useLabels();
  const model = useStore((s) => s.model)!;
  const { showClaim, setHover } = useStore.getState();
  const event = model.claimById.get(claim.id)?.event;
  const report = model.reportById.get(claim.report);
  return (
    <article
      className={`claim-card${compact ? ' compact' : ''}`}
      aria-label={`Claim ${claim.id}`}
      onMouseEnter={() => event && setHover(event.id)}
      onMouseLeave={() => setHover(null)}
      onFocus={() => event && setHover(event.id)}
      onBlur={() => setHover(null)}
    >
      <blockquote className="claim-quote">{quoted(claim.quote.exact)}</blockquote>
      <Chain asserters={claim.asserters} />
      <p className="claim-meta">
        <StanceBadge claim={claim} />
        {claim.cue && <span className="cue">cue: “{claim.cue}”</span>}
        <span className="said">said {saidWords(claim.said)}</span>
        {compact && report && <span className="said">in {report.outlet.value}</span>}
      </p>
      <button type="button" className="link-button" onClick={() => showClaim(claim.id)}>
        Show in report
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
                aria-label={`${labels.relation[r.type]} claim ${r.claim}`}
              >
                <h4>
                  This claim <span className="relation-name">{labels.relation[r.type].toLowerCase()}</span> a claim in{' '}
                  {model.reportById.get(other.claim.report)?.outlet.value}
                  {other.event.id !== event?.id && <span className="relation-target"> (about “{other.event.properties.title}”)</span>}
                </h4>
                {r.note && <p className="relation-note">{r.note}</p>}
                <div className="relation-pair">
                  <blockquote className="relation-this">
                    {quoted(claim.quote.exact)}
                    <footer>{report?.outlet.value}</footer>
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
