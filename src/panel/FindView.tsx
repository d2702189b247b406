/**
 * Find: words in the reports and claims (each result opens its claim, or its passage, in the
 * report), and the index of sources, everything one voice said, with counts.
 */
import { useDeferredValue, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { Arrow } from '../ui/Arrow';
import { DATA_TEXT, textDirection } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { foldName, isOtherForm, nameMatches, quoted, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { ClaimLine } from './ClaimLine';
import { around, Marked } from './Marked';
import { MIN_QUERY, normalise, searchIndexOf, type Voice } from './search-index';
import '../styles/reading.css';
import { SPACE } from '../ui/space';

/** Results listed at once; more words narrow the rest. */
const SHOWN = 100;

export function FindView() {
  const t = useT();
  const query = useStore((s) => s.find.query);
  const voice = useStore((s) => s.find.voice);
  const { setFind } = useStore.getState();
  // Typing stays quick on a large map: the results follow a moment later.
  const deferred = useDeferredValue(query);
  return (
    <div className="find-view">
      <label className="find-box">
        <span>{t('panel.find.label')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setFind({ query: e.target.value, voice: null })}
          placeholder={t('panel.find.placeholder')}
        />
      </label>
      {normalise(deferred).length >= MIN_QUERY ? <Results query={deferred} /> : voice ? <VoiceClaims id={voice} /> : <Sources />}
    </div>
  );
}

function Results({ query }: { query: string }) {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const { openReportAt } = useStore.getState();
  const index = searchIndexOf(model);
  const hits = useMemo(() => index.search(query), [index, query]);
  const q = normalise(query);
  const voices = useMemo(() => index.voices().filter((v) => nameMatches(v.asserter, foldName(q))), [index, q]);
  const claims = hits.filter((h) => h.type === 'claim').length;
  const passages = hits.length - claims;
  const typed = <span {...DATA_TEXT}>{quoted(query)}</span>;
  return (
    <>
      {voices.length > 0 && (
        <section aria-labelledby="find-voices">
          <h2 id="find-voices">
            <FormattedMessage id="panel.find.sourcesNamed" values={{ query: typed }} />
          </h2>
          <VoiceList voices={voices} query={query} />
        </section>
      )}
      <section aria-labelledby="find-results">
        <h2 id="find-results">{t('panel.find.inReports')}</h2>
        <p className="muted" role="status">
          {hits.length === 0 ? (
            <FormattedMessage id="panel.find.nothing" values={{ query: typed }} />
          ) : (
            <FormattedMessage
              id="panel.find.hits"
              values={{
                what: passages
                  ? t('panel.find.claimsAndPassages', { claims: t('panel.claims', { n: claims }), n: passages })
                  : t('panel.claims', { n: claims }),
                query: typed,
                more: hits.length > SHOWN ? 'yes' : 'no',
                shown: SHOWN,
              }}
            />
          )}
        </p>
        <ol className="find-results">
          {hits.slice(0, SHOWN).map((h) => {
            if (h.type === 'claim') {
              return <ClaimLine key={h.claim} claim={model.claimById.get(h.claim)!.claim} query={query} at={h.at} chain="all" withEvent />;
            }
            const report = model.reportById.get(h.report)!;
            return (
              <li key={`${h.report}:${h.at}`} className="compact-claim find-passage">
                <span className="compact-quote" translate="no" dir={textDirection(report.text)}>
                  <Marked text={around(report.text, h.at)} query={query} />
                </span>
                {SPACE}
                <span className="muted">
                  <FormattedMessage id="panel.find.notClaim" values={{ outlet: <span {...DATA_TEXT}>{report.outlet.value}</span> }} />
                </span>
                {SPACE}
                <button type="button" className="link-button" onClick={() => openReportAt(h.report, h.at)}>
                  {t('panel.claim.showInReport')}
                </button>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

function VoiceList({ voices, query = '' }: { voices: readonly Voice[]; query?: string }) {
  const labels = useLabels();
  const t = useT();
  const name = useNames();
  const { setFind } = useStore.getState();
  return (
    <>
      <ul className="voice-index">
        {voices.slice(0, SHOWN).map((v) => (
          <li key={v.asserter.id}>
            <button
              type="button"
              style={{ ['--aff' as string]: labels.affiliation[v.asserter.affiliation]?.colour }}
              onClick={() => setFind({ voice: v.asserter.id, query: '' })}
            >
              <span className="voice-name" {...DATA_TEXT}>
                <Marked text={name(v.asserter)} query={query} />
              </span>
              <span className="muted">
                {t('panel.voice.meta', {
                  kind: labels.kind[v.asserter.kind]?.toLowerCase(),
                  affiliation: labels.affiliation[v.asserter.affiliation]?.label,
                })}
              </span>
              <span className="voice-count">
                {t('panel.claims', { n: v.claims })}
                {v.asSource !== v.claims && <span className="muted"> {t('panel.voice.asSource', { n: v.asSource })}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {voices.length > SHOWN && <p className="muted">{t('panel.voice.busiest', { shown: SHOWN, n: voices.length })}</p>}
    </>
  );
}

function Sources() {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const voices = searchIndexOf(model).voices();
  return (
    <section aria-labelledby="find-sources">
      <h2 id="find-sources">{t('panel.sources.title')}</h2>
      <p className="muted">{t('panel.sources.about')}</p>
      <VoiceList voices={voices} />
    </section>
  );
}

function VoiceClaims({ id }: { id: string }) {
  const labels = useLabels();
  const t = useT();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const filtered = useStore((s) => s.view.filters.source.includes(id));
  const { setFind, toggleFilter } = useStore.getState();
  const index = searchIndexOf(model);
  const claims = useMemo(() => index.claimsOf(id), [index, id]);
  const voice = index.voices().find((v) => v.asserter.id === id);
  // The name as shown, and its own form when that differs (for the title).
  const shown = voice ? name(voice.asserter) : '';
  const own = voice && isOtherForm(voice.asserter, lang) ? voice.asserter.name : undefined;
  const back = (
    <button type="button" className="link-button" onClick={() => setFind({ voice: null })}>
      <Arrow to="back" /> {t('panel.voice.all')}
    </button>
  );
  if (!voice) return <Sources />;
  const a = voice.asserter;
  return (
    <section aria-labelledby="voice-title" className="voice-claims">
      {back}
      <h2
        id="voice-title"
        tabIndex={-1}
        title={own}
        style={{ ['--aff' as string]: labels.affiliation[a.affiliation]?.colour }}
        {...DATA_TEXT}
      >
        {shown}
      </h2>
      <p className="muted">
        {t('panel.voice.detail', {
          kind: labels.kind[a.kind]?.toLowerCase(),
          affiliation: labels.affiliation[a.affiliation]?.label,
          n: voice.claims,
          m: voice.asSource,
        })}
      </p>
      <button type="button" className="voice-filter" aria-pressed={filtered} onClick={() => toggleFilter('source', id)}>
        {t('panel.voice.only')}
      </button>
      <ol className="find-results">
        {claims.map((c) => (
          <ClaimLine key={c.id} claim={c} chain="all" withEvent />
        ))}
      </ol>
      {back}
    </section>
  );
}
