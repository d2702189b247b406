/**
 * Find: words in the reports and claims (each result opens its claim, or its passage, in the
 * report), and the index of sources, everything one voice said, with counts.
 */
import { useDeferredValue, useMemo } from 'react';
import { foldName, isOtherForm, nameMatches, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { ClaimLine } from './ClaimLine';
import { around, Marked } from './Marked';
import { MIN_QUERY, normalise, searchIndexOf, type Voice } from './search-index';
import '../styles/reading.css';

/** Results listed at once; more words narrow the rest. */
const SHOWN = 100;

export function FindView() {
  const query = useStore((s) => s.find.query);
  const voice = useStore((s) => s.find.voice);
  const { setFind } = useStore.getState();
  // Typing stays quick on a large map: the results follow a moment later.
  const deferred = useDeferredValue(query);
  return (
    <div className="find-view">
      <label className="find-box">
        <span>Search the reports and their claims, and the sources</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setFind({ query: e.target.value, voice: null })}
          placeholder="words, e.g. Iranian drones, or a source, e.g. Kerry"
        />
      </label>
      {normalise(deferred).length >= MIN_QUERY ? <Results query={deferred} /> : voice ? <VoiceClaims id={voice} /> : <Sources />}
    </div>
  );
}

function Results({ query }: { query: string }) {
  const model = useStore((s) => s.model)!;
  const { openReportAt } = useStore.getState();
  const index = searchIndexOf(model);
  const hits = useMemo(() => index.search(query), [index, query]);
  const q = normalise(query);
  const voices = useMemo(() => index.voices().filter((v) => nameMatches(v.asserter, foldName(q))), [index, q]);
  const claims = hits.filter((h) => h.type === 'claim').length;
  const passages = hits.length - claims;
  return (
    <>
      {voices.length > 0 && (
        <section aria-labelledby="find-voices">
          <h2 id="find-voices">Sources named “{query.trim()}”</h2>
          <VoiceList voices={voices} query={query} />
        </section>
      )}
      <section aria-labelledby="find-results">
        <h2 id="find-results">In the reports</h2>
        <p className="muted" role="status">
          {hits.length === 0
            ? `Nothing in the reports matches “${query.trim()}”.`
            : `${claims} claim${claims === 1 ? '' : 's'}${passages ? ` and ${passages} passage${passages === 1 ? '' : 's'} outside the claims` : ''} match “${query.trim()}”${hits.length > SHOWN ? `; the first ${SHOWN} are listed, more words narrow them` : ''}.`}
        </p>
        <ol className="find-results">
          {hits.slice(0, SHOWN).map((h) => {
            if (h.type === 'claim') {
              return <ClaimLine key={h.claim} claim={model.claimById.get(h.claim)!.claim} query={query} at={h.at} chain="all" withEvent />;
            }
            const report = model.reportById.get(h.report)!;
            return (
              <li key={`${h.report}:${h.at}`} className="compact-claim find-passage">
                <span className="compact-quote">
                  <Marked text={around(report.text, h.at)} query={query} />
                </span>{' '}
                <span className="muted">{report.outlet.value}, not part of a claim</span>{' '}
                <button type="button" className="link-button" onClick={() => openReportAt(h.report, h.at)}>
                  Show in report
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
              <span className="voice-name">
                <Marked text={name(v.asserter)} query={query} />
              </span>
              <span className="muted">
                {labels.kind[v.asserter.kind]?.toLowerCase()} · {labels.affiliation[v.asserter.affiliation]?.label}
              </span>
              <span className="voice-count">
                {v.claims} claim{v.claims === 1 ? '' : 's'}
                {v.asSource !== v.claims && <span className="muted"> ({v.asSource} as the source)</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {voices.length > SHOWN && (
        <p className="muted">
          The {SHOWN} busiest of {voices.length.toLocaleString('en')}; type a name to find the others.
        </p>
      )}
    </>
  );
}

function Sources() {
  const model = useStore((s) => s.model)!;
  const voices = searchIndexOf(model).voices();
  return (
    <section aria-labelledby="find-sources">
      <h2 id="find-sources">Sources: who said what</h2>
      <p className="muted">Every voice in the chains of attribution, with the claims it is in. Choose one to read everything it said.</p>
      <VoiceList voices={voices} />
    </section>
  );
}

function VoiceClaims({ id }: { id: string }) {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const filtered = useStore((s) => s.view.filters.source.includes(id));
  const { setFind, toggleFilter } = useStore.getState();
  const index = searchIndexOf(model);
  const voice = index.voices().find((v) => v.asserter.id === id);
  // The name as shown, and its own form when that differs (for the title), before any memo.
  const shown = voice ? name(voice.asserter) : '';
  const own = voice && isOtherForm(voice.asserter, lang) ? voice.asserter.name : undefined;
  const claims = useMemo(() => index.claimsOf(id), [index, id]);
  const back = (
    <button type="button" className="link-button" onClick={() => setFind({ voice: null })}>
      ‹ All sources
    </button>
  );
  if (!voice) return <Sources />;
  const a = voice.asserter;
  return (
    <section aria-labelledby="voice-title" className="voice-claims">
      {back}
      <h2 id="voice-title" tabIndex={-1} title={own} style={{ ['--aff' as string]: labels.affiliation[a.affiliation]?.colour }}>
        {shown}
      </h2>
      <p className="muted">
        {labels.kind[a.kind]?.toLowerCase()} · {labels.affiliation[a.affiliation]?.label} · in the chain of {voice.claims} claim
        {voice.claims === 1 ? '' : 's'}, the source of {voice.asSource}
      </p>
      <button type="button" className="voice-filter" aria-pressed={filtered} onClick={() => toggleFilter('source', id)}>
        Show only this source on the map
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
