/**
 * One claim in the studio's review: closed, a line with its quote, voice and stance; open, every
 * field the annotation records (the chain of voices outermost first, the cue, the stance and its
 * hedges, when it was said, its event with the event's place and date) and the edits a reviewer
 * makes: accept, split, merge with the next claim, delete.
 */
import { chainText } from '../../geo/core/model/chain.ts';
import { clip, useLabels } from '../words/labels.ts';
import { memo, useId, useMemo, useState } from 'react';
import type { Confidence } from '../../geo/core/draft/confidence.ts';
import type { Problem } from '../../geo/core/model/problems.ts';
import { DATE_PRECISIONS, KINDS, STANCES, type AsserterKind, type Stance } from '../../geo/core/model/vocab.ts';
import { useFormat, useT } from '../words/i18n.tsx';
import { isolated, problemWords } from '../words/problems.ts';
import type { Drafting } from './drafting.ts';
import { PlacePicker } from './PlacePicker.tsx';
import { Quote } from './Quote.tsx';
import { reasonWords } from './reasons.ts';
import {
  addAsserter,
  addEvent,
  deleteClaim,
  mergeWithNext,
  placeEvent,
  splitClaim,
  splitPoints,
  updateClaim,
  updateEvent,
  type StudioClaim,
  type StudioWork,
} from './work.ts';

const MARK = { reviewed: '\u2713', drafted: '\u2022', remove: '\u2715' } as const;

/** A drafted claim's reasons for doubt, as a list. */
export function ReasonList({ confidence }: { confidence: Confidence }) {
  const t = useT();
  const { lang } = useFormat();
  if (!confidence.reasons.length) return null;
  return (
    <ul className="confidence-reasons">
      {confidence.reasons.map((r, i) => (
        <li key={i}>{reasonWords(r, t, lang)}</li>
      ))}
    </ul>
  );
}

/** The space between words and a control after them, on the reading side. */
const SPACE = { marginInlineStart: '0.3em' } as const;

/** What every part of an open claim's editor is given. */
interface FieldProps {
  work: StudioWork;
  claim: StudioClaim;
  drafting: Drafting;
  edit: (w: StudioWork) => void;
}

/**
 * One claim's card. Memoised: a long report's review adds its cards a batch at a time, and a card
 * whose claim, work and state did not change is not drawn again.
 */
export const ClaimEditor = memo(function ClaimEditor({
  work,
  claim,
  language,
  index,
  open,
  problems,
  drafting,
  onToggle,
  onShow,
  edit,
  names,
}: {
  work: StudioWork;
  claim: StudioClaim;
  /** The language of the report's text (lang), '' when unknown. */
  language: string;
  index: number;
  open: boolean;
  problems: Problem[];
  drafting: Drafting;
  onToggle: (id: string) => void;
  onShow: (id: string) => void;
  edit: (w: StudioWork) => void;
  /** What people call the work's claims and events (namesOf), made once for the whole list. */
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const { lang } = useFormat();
  const id = useId();
  const quote = work.text.slice(claim.start, claim.end);
  const nameOf = (a: string) => work.asserters.find((x) => x.id === a)?.name ?? a;
  const chain = chainText(claim.asserters.map(nameOf));
  const stance = t(`studio.stance.${claim.stance}`);
  const sure = !claim.reviewed && claim.confidence ? claim.confidence.level : null;
  return (
    <li id={`studio-claim-${claim.id}`} className={`studio-claim${open ? ' is-open' : ''}${claim.reviewed ? ' is-reviewed' : ''}`}>
      <button type="button" className="claim-summary" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => onToggle(claim.id)}>
        <span className="claim-state" role="img" aria-label={claim.reviewed ? t('studio.claim.reviewed') : t('studio.claim.drafted')}>
          {claim.reviewed ? MARK.reviewed : MARK.drafted}
        </span>
        <span className="claim-line">
          <Quote className="claim-quote" lang={language} text={clip(quote, open ? 400 : 110)} />
          <span className="claim-meta">
            <bdi className="claim-chain">{chain}</bdi>
            {t('studio.claim.separator')}
            <span className={`stance-tag st-${claim.stance}`}>{stance}</span>
            {sure && (
              <>
                {t('studio.claim.separator')}
                <span className={`confidence-tag confidence-${sure}`}>{t('studio.confidence.tag', { level: sure })}</span>
              </>
            )}
            {problems.length > 0 && (
              <span className="claim-problems">
                {t('studio.claim.separator')}
                {t('studio.claim.problems', { n: problems.length })}
              </span>
            )}
          </span>
        </span>
      </button>
      {open && (
        <div id={`${id}-body`} className="claim-body">
          {problems.length > 0 && (
            <ul className="claim-problem-list">
              {problems.map((p, i) => {
                const w = problemWords(p, t, lang, names);
                return (
                  <li key={i} className={`problem-${p.severity}`}>
                    {w.message} <span className="muted">{w.fix}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {claim.confidence && (
            <div className={`claim-confidence confidence-${claim.confidence.level}`}>
              <p>
                {t('studio.confidence.how', { level: claim.confidence.level })}
                {!claim.reviewed && t('studio.confidence.accept')}
              </p>
              <ReasonList confidence={claim.confidence} />
            </div>
          )}
          <ClaimFields work={work} claim={claim} drafting={drafting} edit={edit} />
          <ClaimActions work={work} claim={claim} index={index} edit={edit} onShow={onShow} />
        </div>
      )}
    </li>
  );
});

function ChainField({ work, claim, drafting, edit }: FieldProps) {
  const t = useT();
  const { lang } = useFormat();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AsserterKind>('named-official');
  const set = (asserters: string[]) => edit(updateClaim(work, claim.id, { asserters }));
  const voices = [...work.asserters].sort((a, b) => a.name.localeCompare(b.name));
  // The default kinds, and any the map declares besides (its own words for them).
  const labels = useLabels();
  const kinds = [...new Set([...KINDS.map((k) => k.id), ...Object.keys(labels.kind)])];
  return (
    <fieldset className="claim-chain-field">
      <legend>{t('studio.claim.chain')}</legend>
      <ol className="chain-edit">
        {claim.asserters.map((a, i) => (
          <li key={`${i}-${a}`}>
            <select
              aria-label={i === 0 ? t('studio.claim.outletVoice') : t('studio.claim.voice', { n: i + 1 })}
              value={a}
              onChange={(e) => set(claim.asserters.map((x, j) => (j === i ? e.target.value : x)))}
            >
              {voices.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
            {i > 0 && (
              <button
                type="button"
                aria-label={t('studio.claim.removeVoice', { name: isolated(work.asserters.find((v) => v.id === a)?.name ?? a, lang) })}
                onClick={() => set(claim.asserters.filter((_, j) => j !== i))}
              >
                <span aria-hidden="true">{MARK.remove}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="chain-add">
        <label htmlFor={`${id}-add`}>{t('studio.claim.addVoice')}</label>
        <select id={`${id}-add`} value="" onChange={(e) => e.target.value && set([...claim.asserters, e.target.value])}>
          <option value="">{t('studio.claim.oneOfVoices')}</option>
          {voices
            .filter((v) => !claim.asserters.includes(v.id))
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
        </select>
      </div>
      <div className="chain-new">
        <label htmlFor={`${id}-new`}>{t('studio.claim.newVoice')}</label>
        <input
          id={`${id}-new`}
          value={name}
          dir="auto"
          placeholder={t('studio.claim.newVoice.placeholder')}
          onChange={(e) => setName(e.target.value)}
        />
        <select aria-label={t('studio.claim.newVoiceKind')} value={kind} onChange={(e) => setKind(e.target.value as AsserterKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KINDS.some((d) => d.id === k) ? t(`studio.kind.${k}`) : (labels.kind[k] ?? k)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!name.trim()}
          onClick={() => {
            const r = addAsserter(work, name, kind, drafting.slug);
            edit(updateClaim(r.work, claim.id, { asserters: [...claim.asserters.filter((a) => a !== r.id), r.id] }));
            setName('');
          }}
        >
          {t('studio.claim.addToChain')}
        </button>
      </div>
    </fieldset>
  );
}

function ClaimFields({ work, claim, drafting, edit }: FieldProps) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<StudioClaim>) => edit(updateClaim(work, claim.id, patch));
  const event = work.events.find((e) => e.id === claim.event);
  const sharing = work.claims.filter((c) => c.event === claim.event).length;
  return (
    <div className="claim-fields">
      <ChainField work={work} claim={claim} drafting={drafting} edit={edit} />
      <div className="claim-row">
        <label htmlFor={`${id}-stance`}>{t('studio.claim.stance')}</label>
        <select
          id={`${id}-stance`}
          value={claim.stance}
          onChange={(e) => {
            const stance = e.target.value as Stance;
            // Hedge words belong to a hedged claim only (the shared check refuses them elsewhere).
            set({ stance, hedges: stance === 'hedged' ? claim.hedges : [] });
          }}
        >
          {STANCES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`studio.stance.${s.id}`)}
            </option>
          ))}
        </select>
      </div>
      {claim.stance === 'hedged' && (
        <HedgeField key={claim.hedges.join('|')} hedges={claim.hedges} onChange={(hedges) => set({ hedges })} />
      )}
      <div className="claim-row">
        <label htmlFor={`${id}-cue`}>{t('studio.claim.cue')}</label>
        <input
          id={`${id}-cue`}
          value={claim.cue ?? ''}
          dir="auto"
          placeholder={t('studio.claim.cue.placeholder')}
          onChange={(e) => set({ cue: e.target.value || null })}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-said`}>{t('studio.claim.said')}</label>
        <input
          id={`${id}-said`}
          value={claim.said}
          dir="ltr"
          placeholder={t('studio.claim.said.placeholder')}
          onChange={(e) => set({ said: e.target.value.trim() })}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-event`}>{t('studio.claim.event')}</label>
        <select
          id={`${id}-event`}
          value={claim.event}
          onChange={(e) => {
            if (e.target.value !== '+new') return set({ event: e.target.value });
            const w = addEvent(work, clip(work.text.slice(claim.start, claim.end), 60), claim.said.slice(0, 10), t('studio.event.note'));
            edit(updateClaim(w, claim.id, { event: w.events[w.events.length - 1].id }));
          }}
        >
          {work.events.map((e) => (
            <option key={e.id} value={e.id}>
              {t('studio.claim.eventOption', {
                title: clip(e.title, 60),
                start: e.when.start,
                end: e.when.end,
                one: e.when.start === e.when.end ? 'yes' : 'no',
              })}
            </option>
          ))}
          <option value="+new">{t('studio.claim.newEvent')}</option>
        </select>
      </div>
      {event && <EventFields work={work} eventId={event.id} sharing={sharing} drafting={drafting} edit={edit} />}
    </div>
  );
}

/** The hedge words, typed as a list ("may, could"): kept as typed until the field is left. */
function HedgeField({ hedges, onChange }: { hedges: string[]; onChange: (hedges: string[]) => void }) {
  const t = useT();
  const id = useId();
  const [typed, setTyped] = useState(hedges.join(', '));
  const commit = () =>
    onChange(
      typed
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    );
  return (
    <div className="claim-row">
      <label htmlFor={id}>{t('studio.claim.hedges')}</label>
      <input
        id={id}
        value={typed}
        dir="auto"
        placeholder={t('studio.claim.hedges.placeholder')}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}

function EventFields({
  work,
  eventId,
  sharing,
  drafting,
  edit,
}: {
  work: StudioWork;
  eventId: string;
  sharing: number;
  drafting: Drafting;
  edit: (w: StudioWork) => void;
}) {
  const t = useT();
  const { lang } = useFormat();
  const id = useId();
  const event = work.events.find((e) => e.id === eventId)!;
  const places = drafting.gazetteer.places;
  const placeName = (pid: string | null) =>
    pid ? (work.places.find((p) => p.id === pid)?.name ?? places.find((p) => p.id === pid)?.name ?? pid) : '';
  const [typed, setTyped] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const picked = work.places.find((p) => p.id === event.place)?.geonames === null;
  const shown = typed ?? placeName(event.place);
  const index = useMemo(() => {
    const m = new Map<string, (typeof places)[number]>();
    for (const p of places) for (const n of [p.name, ...(p.aka ?? [])]) if (!m.has(n.toLowerCase())) m.set(n.toLowerCase(), p);
    return m;
  }, [places]);
  const unknown = typed !== null && typed.trim() !== '' && !index.has(typed.trim().toLowerCase());
  const set = (patch: Parameters<typeof updateEvent>[2]) => edit(updateEvent(work, event.id, patch));
  return (
    <fieldset className="claim-event">
      <legend>
        {t('studio.event.legend')}
        {sharing > 1 ? <span className="muted">{t('studio.event.sharing', { n: sharing })}</span> : null}
      </legend>
      <div className="claim-row">
        <label htmlFor={`${id}-title`}>{t('studio.event.title')}</label>
        <input
          id={`${id}-title`}
          value={event.title}
          dir="auto"
          onChange={(e) => set({ title: e.target.value, summary: e.target.value })}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-place`}>{t('studio.event.place')}</label>
        <input
          id={`${id}-place`}
          list={`${id}-places`}
          value={shown}
          dir="auto"
          placeholder={t('studio.event.place.placeholder')}
          aria-describedby={`${id}-place-hint`}
          onChange={(e) => {
            const v = e.target.value;
            setTyped(v);
            const hit = index.get(v.trim().toLowerCase());
            if (hit) {
              edit(placeEvent(work, event.id, drafting.placeInput(hit), (pid) => work.base.places.includes(pid) || !!hit.project));
              setTyped(null);
            } else if (!v.trim()) {
              edit(placeEvent(work, event.id, null, () => true));
              setTyped(null);
            }
          }}
        />
        <datalist id={`${id}-places`}>
          {places.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <span id={`${id}-place-hint`} className={unknown ? 'studio-error' : 'muted'}>
          {unknown
            ? t('studio.event.place.unknown', { typed: isolated(typed ?? '', lang) })
            : picked
              ? t('studio.event.place.picked')
              : event.place
                ? t('studio.event.place.gazetteer')
                : t('studio.event.place.none')}
          {!picking && (
            <button type="button" className="link-button" style={SPACE} onClick={() => setPicking(true)}>
              {t('studio.event.pick')}
            </button>
          )}
        </span>
      </div>
      {picking && (
        <PlacePicker
          start={
            event.place
              ? (work.places.find((p) => p.id === event.place)?.lngLat ?? places.find((p) => p.id === event.place)?.lngLat ?? null)
              : null
          }
          startName={placeName(event.place)}
          taken={(pid) => work.base.places.includes(pid) || work.places.some((p) => p.id === pid) || places.some((p) => p.id === pid)}
          slug={drafting.slug}
          onCancel={() => setPicking(false)}
          onPlace={(place) => {
            edit(placeEvent(work, event.id, place, () => false));
            setPicking(false);
            setTyped(null);
          }}
        />
      )}
      <div className="claim-row">
        <label htmlFor={`${id}-start`}>{t('studio.event.when')}</label>
        <span className="claim-when">
          <input
            id={`${id}-start`}
            value={event.when.start}
            size={11}
            dir="ltr"
            onChange={(e) => set({ when: { ...event.when, start: e.target.value.trim() } })}
          />
          <label htmlFor={`${id}-end`}>{t('studio.event.to')}</label>
          <input
            id={`${id}-end`}
            value={event.when.end}
            size={11}
            dir="ltr"
            onChange={(e) => set({ when: { ...event.when, end: e.target.value.trim() } })}
          />
          <label htmlFor={`${id}-prec`} className="visually-hidden">
            {t('studio.event.precision')}
          </label>
          <select
            id={`${id}-prec`}
            value={event.when.precision}
            onChange={(e) => set({ when: { ...event.when, precision: e.target.value as typeof event.when.precision } })}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(`studio.datePrecision.${p.id}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-note`}>{t('studio.event.note.label')}</label>
        <input
          id={`${id}-note`}
          dir="auto"
          value={event.when.note}
          onChange={(e) => set({ when: { ...event.when, note: e.target.value } })}
        />
      </div>
    </fieldset>
  );
}

function ClaimActions({
  work,
  claim,
  index,
  edit,
  onShow,
}: {
  work: StudioWork;
  claim: StudioClaim;
  index: number;
  edit: (w: StudioWork) => void;
  onShow: (id: string) => void;
}) {
  const t = useT();
  const { lang } = useFormat();
  const id = useId();
  const points = splitPoints(work, claim.id);
  const [at, setAt] = useState<number | null>(null);
  const chosen = at !== null && points.some((p) => p.at === at) ? at : (points[0]?.at ?? null);
  const next = work.claims[index + 1];
  return (
    <div className="claim-actions">
      <button
        type="button"
        className="primary"
        onClick={() => edit(updateClaim(work, claim.id, { reviewed: true }))}
        disabled={claim.reviewed}
      >
        {claim.reviewed ? t('studio.claim.accepted') : t('studio.claim.accept')}
      </button>
      {points.length > 0 && (
        <span className="claim-split">
          <label htmlFor={`${id}-split`} className="visually-hidden">
            {t('studio.claim.whereSplit')}
          </label>
          <select id={`${id}-split`} value={chosen ?? ''} onChange={(e) => setAt(Number(e.target.value))}>
            {points.map((p) => (
              <option key={p.at} value={p.at}>
                {t('studio.claim.splitAfter', { before: isolated(p.before, lang) })}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              if (chosen === null) return;
              const r = splitClaim(work, claim.id, chosen);
              edit(r.work);
              if (r.id) onShow(r.id);
            }}
          >
            {t('studio.claim.split')}
          </button>
        </span>
      )}
      <button
        type="button"
        onClick={() => edit(mergeWithNext(work, claim.id))}
        disabled={!next}
        title={next ? undefined : t('studio.claim.last')}
      >
        {t('studio.claim.merge')}
      </button>
      <button type="button" onClick={() => edit(deleteClaim(work, claim.id))}>
        {t('studio.claim.delete')}
      </button>
    </div>
  );
}
