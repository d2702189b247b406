/**
 * One claim in the studio's review: closed, a line with its quote, voice and stance; open, every
 * field the annotation records (the chain of voices outermost first, the cue, the stance and its
 * hedges, when it was said, its event with the event's place and date) and the edits a reviewer
 * makes: accept, split, merge with the next claim, delete.
 */
import { chainText } from '../../geo/core/model/chain.ts';
import { clip } from '../words/labels.ts';
import { useId, useMemo, useState } from 'react';
import type { Problem } from '../../geo/core/model/problems.ts';
import { DATE_PRECISIONS, KINDS, STANCES, type AsserterKind, type Stance } from '../../geo/core/model/vocab.ts';
import type { Drafting } from './drafting.ts';
import { PlacePicker } from './PlacePicker.tsx';
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

/** What every part of an open claim's editor is given. */
interface FieldProps {
  work: StudioWork;
  claim: StudioClaim;
  drafting: Drafting;
  edit: (w: StudioWork) => void;
}

export function ClaimEditor({
  work,
  claim,
  index,
  open,
  problems,
  drafting,
  onToggle,
  onShow,
  edit,
}: {
  work: StudioWork;
  claim: StudioClaim;
  index: number;
  open: boolean;
  problems: Problem[];
  drafting: Drafting;
  onToggle: () => void;
  onShow: (id: string) => void;
  edit: (w: StudioWork) => void;
}) {
  const id = useId();
  const quote = work.text.slice(claim.start, claim.end);
  const nameOf = (a: string) => work.asserters.find((x) => x.id === a)?.name ?? a;
  const chain = chainText(claim.asserters.map(nameOf));
  const stance = STANCES.find((s) => s.id === claim.stance)?.label ?? claim.stance;
  return (
    <li id={`studio-claim-${claim.id}`} className={`studio-claim${open ? ' is-open' : ''}${claim.reviewed ? ' is-reviewed' : ''}`}>
      <button type="button" className="claim-summary" aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle}>
        <span className="claim-state" aria-label={claim.reviewed ? 'reviewed' : 'drafted, not reviewed'}>
          {claim.reviewed ? '✓' : '•'}
        </span>
        <span className="claim-line">
          <span className="claim-quote">“{clip(quote, open ? 400 : 110)}”</span>
          <span className="claim-meta">
            <span className="claim-chain">{chain}</span> · <span className={`stance-tag st-${claim.stance}`}>{stance}</span>
            {problems.length > 0 && (
              <span className="claim-problems">
                {' '}
                · {problems.length} problem{problems.length === 1 ? '' : 's'}
              </span>
            )}
          </span>
        </span>
      </button>
      {open && (
        <div id={`${id}-body`} className="claim-body">
          {problems.length > 0 && (
            <ul className="claim-problem-list">
              {problems.map((p, i) => (
                <li key={i} className={`problem-${p.severity}`}>
                  {p.message} <span className="muted">{p.fix}</span>
                </li>
              ))}
            </ul>
          )}
          <ClaimFields work={work} claim={claim} drafting={drafting} edit={edit} />
          <ClaimActions work={work} claim={claim} index={index} edit={edit} onShow={onShow} />
        </div>
      )}
    </li>
  );
}

function ChainField({ work, claim, drafting, edit }: FieldProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AsserterKind>('named-official');
  const set = (asserters: string[]) => edit(updateClaim(work, claim.id, { asserters }));
  const voices = [...work.asserters].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="claim-chain-field">
      <legend>Who asserts it, outermost first</legend>
      <ol className="chain-edit">
        {claim.asserters.map((a, i) => (
          <li key={`${i}-${a}`}>
            <select
              aria-label={i === 0 ? 'The outlet (first voice)' : `Voice ${i + 1}`}
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
                aria-label={`Remove ${work.asserters.find((v) => v.id === a)?.name ?? a} from the chain`}
                onClick={() => set(claim.asserters.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="chain-add">
        <label htmlFor={`${id}-add`}>Add a voice</label>
        <select id={`${id}-add`} value="" onChange={(e) => e.target.value && set([...claim.asserters, e.target.value])}>
          <option value="">— one of the report’s voices —</option>
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
        <label htmlFor={`${id}-new`}>or a new voice</label>
        <input id={`${id}-new`} value={name} placeholder="e.g. a senior Iraqi officer" onChange={(e) => setName(e.target.value)} />
        <select aria-label="The new voice is a…" value={kind} onChange={(e) => setKind(e.target.value as AsserterKind)}>
          {KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
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
          Add to the chain
        </button>
      </div>
    </fieldset>
  );
}

function ClaimFields({ work, claim, drafting, edit }: FieldProps) {
  const id = useId();
  const set = (patch: Partial<StudioClaim>) => edit(updateClaim(work, claim.id, patch));
  const event = work.events.find((e) => e.id === claim.event);
  const sharing = work.claims.filter((c) => c.event === claim.event).length;
  return (
    <div className="claim-fields">
      <ChainField work={work} claim={claim} drafting={drafting} edit={edit} />
      <div className="claim-row">
        <label htmlFor={`${id}-stance`}>Stance</label>
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
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {claim.stance === 'hedged' && (
        <HedgeField key={claim.hedges.join('|')} hedges={claim.hedges} onChange={(hedges) => set({ hedges })} />
      )}
      <div className="claim-row">
        <label htmlFor={`${id}-cue`}>Cue</label>
        <input
          id={`${id}-cue`}
          value={claim.cue ?? ''}
          placeholder="said, told, according to"
          onChange={(e) => set({ cue: e.target.value || null })}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-said`}>Said on</label>
        <input
          id={`${id}-said`}
          value={claim.said}
          placeholder="YYYY-MM-DD or start/end"
          onChange={(e) => set({ said: e.target.value.trim() })}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-event`}>Event</label>
        <select
          id={`${id}-event`}
          value={claim.event}
          onChange={(e) => {
            if (e.target.value !== '+new') return set({ event: e.target.value });
            const w = addEvent(work, clip(work.text.slice(claim.start, claim.end), 60), claim.said.slice(0, 10));
            edit(updateClaim(w, claim.id, { event: w.events[w.events.length - 1].id }));
          }}
        >
          {work.events.map((e) => (
            <option key={e.id} value={e.id}>
              {clip(e.title, 60)} ({e.when.start === e.when.end ? e.when.start : `${e.when.start} – ${e.when.end}`})
            </option>
          ))}
          <option value="+new">+ A new event for this claim</option>
        </select>
      </div>
      {event && <EventFields work={work} eventId={event.id} sharing={sharing} drafting={drafting} edit={edit} />}
    </div>
  );
}

/** The hedge words, typed as a list ("may, could"): kept as typed until the field is left. */
function HedgeField({ hedges, onChange }: { hedges: string[]; onChange: (hedges: string[]) => void }) {
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
      <label htmlFor={id}>Hedge words</label>
      <input
        id={id}
        value={typed}
        placeholder="may, could, reportedly (as they stand in the quote)"
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
      <legend>The event{sharing > 1 ? <span className="muted"> (its {sharing} claims share these)</span> : null}</legend>
      <div className="claim-row">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={event.title} onChange={(e) => set({ title: e.target.value, summary: e.target.value })} />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-place`}>Place</label>
        <input
          id={`${id}-place`}
          list={`${id}-places`}
          value={shown}
          placeholder="none: not on the map"
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
            ? `No place in the gazetteer is called “${typed}”: pick one from the list, or leave it empty.`
            : picked
              ? 'Picked on a map: check it against a gazetteer before publishing.'
              : event.place
                ? 'From the gazetteer (GeoNames).'
                : 'None: the event is listed, not mapped.'}{' '}
          {!picking && (
            <button type="button" className="link-button" onClick={() => setPicking(true)}>
              Not in the list? Pick it on a map
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
        <label htmlFor={`${id}-start`}>When</label>
        <span className="claim-when">
          <input
            id={`${id}-start`}
            value={event.when.start}
            size={11}
            onChange={(e) => set({ when: { ...event.when, start: e.target.value.trim() } })}
          />
          <label htmlFor={`${id}-end`}>to</label>
          <input
            id={`${id}-end`}
            value={event.when.end}
            size={11}
            onChange={(e) => set({ when: { ...event.when, end: e.target.value.trim() } })}
          />
          <label htmlFor={`${id}-prec`} className="visually-hidden">
            How precise
          </label>
          <select
            id={`${id}-prec`}
            value={event.when.precision}
            onChange={(e) => set({ when: { ...event.when, precision: e.target.value as typeof event.when.precision } })}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-note`}>Why this date</label>
        <input id={`${id}-note`} value={event.when.note} onChange={(e) => set({ when: { ...event.when, note: e.target.value } })} />
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
        {claim.reviewed ? 'Accepted' : 'Accept'}
      </button>
      {points.length > 0 && (
        <span className="claim-split">
          <label htmlFor={`${id}-split`} className="visually-hidden">
            Where to split
          </label>
          <select id={`${id}-split`} value={chosen ?? ''} onChange={(e) => setAt(Number(e.target.value))}>
            {points.map((p) => (
              <option key={p.at} value={p.at}>
                after “…{p.before}”
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
            Split
          </button>
        </span>
      )}
      <button
        type="button"
        onClick={() => edit(mergeWithNext(work, claim.id))}
        disabled={!next}
        title={next ? undefined : 'This is the last claim'}
      >
        Merge with the next
      </button>
      <button type="button" onClick={() => edit(deleteClaim(work, claim.id))}>
        Delete
      </button>
    </div>
  );
}
