/**
 * The studio: a person puts a report of their own on the map. They paste it (or open a .txt or
 * .html file) and say what is known about it; the drafter proposes its claims, voices, dates and
 * places; they review the draft beside the text, with the build's own checks live; then they
 * preview it on the map, open it as a map of their own, or export the files `npm run build:data`
 * takes. The work is kept in the browser as they go. Loaded only when opened, with the drafter.
 */
import '../data/zod-csp.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compile } from '../../geo/core/compile/compile.ts';
import type { Problem } from '../../geo/core/model/problems.ts';
import { saveCollection } from '../data/collections.ts';
import { saveFile } from '../ui/save-file.ts';
import { openMap, openUnsaved } from '../session/open-map.ts';
import { useStore } from '../store/store.ts';
import { t as say, useT, type Values } from '../words/i18n.tsx';
import { loadDrafting, draftWork, type Drafting } from './drafting.ts';
import type { DraftProgress } from './draft-run.ts';
import { Cancelled } from '../data/run-worker.ts';
import { checkWork, workTitle, type Known } from './publish.ts';
import { WorkSlot, type KeptCopy, type Stored } from './saved.ts';
import { KeptVersions } from './KeptVersions.tsx';
import { emptyWork, fromDraft, type StudioWork } from './work.ts';
import { InputStage } from './InputStage.tsx';
import { ReviewStage } from './ReviewStage.tsx';
import { Arrow } from '../ui/Arrow.tsx';
import { readPasted, readsAsEnglish } from './input.ts';
import './studio.css';

type Saved =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'apart'; at: Date }
  | { state: 'failed'; message: string };
/** A message of the studio: a catalogue key and its values, worded in the reader's language when shown. */
type Notice = { id: string; values?: Values; download?: { name: string; value: unknown } };

/** How soon an edit is written (the edits of a burst within it are one write). */
const SAVE_MS = 400;

export default function Studio({ onClose }: { onClose: () => void }) {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const [work, setWorkState] = useState<StudioWork | null>(null);
  const [drafting, setDrafting] = useState<Drafting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** While the drafter runs: who shows how far it has read (DraftBusy alone re-renders), and how to stop it. */
  const showProgress = useRef<((p: DraftProgress) => void) | null>(null);
  const cancelDraft = useRef<(() => void) | null>(null);
  const pending = useRef<StudioWork | null>(null);
  /** A write under way: its outcome, not another tab's news, says whether this tab is in conflict. */
  const writing = useRef(0);
  const [slot] = useState(() => new WorkSlot());
  const [copies, setCopies] = useState<KeptCopy[]>([]);
  /** Another tab changed the work this tab was editing: the person chooses which to go on with. */
  const [conflict, setConflict] = useState<Stored | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const firstId = useMemo(() => {
    const ids = model.reports.map((r) => r.id);
    return (d: Drafting) => d.nextReportId(ids);
  }, [model]);

  useEffect(
    function openWork() {
      let live = true;
      Promise.all([slot.load(), loadDrafting()]).then(
        ([loaded, d]) => {
          if (!live) return;
          setDrafting(d);
          if (!loaded.ok) {
            setNotice({ id: 'studio.notice.notKept', values: { error: loaded.error.message } });
            setWorkState(emptyWork(firstId(d)));
            return;
          }
          setCopies(loaded.copies);
          if (loaded.setAside) {
            setNotice({
              id: 'studio.notice.setAside',
              download: { name: 'according-to-studio-unreadable.json', value: loaded.setAside.value },
            });
          }
          setWorkState(loaded.work ?? emptyWork(firstId(d)));
        },
        (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        live = false;
      };
    },
    [firstId, slot],
  );

  useEffect(() => headingRef.current?.focus(), []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const w = pending.current;
    if (!w) return;
    pending.current = null;
    setSaved({ state: 'saving' });
    writing.current++;
    void slot.save(w).then((r) => {
      writing.current--;
      if (!r.ok) return setSaved({ state: 'failed', message: r.error.message });
      setSaved({ state: r.conflict ? 'apart' : 'saved', at: new Date() });
      if (r.conflict) {
        setConflict(r.conflict);
        setNotice(null);
        void slot.copies().then(setCopies, () => undefined);
      }
    });
  }, [slot]);

  // Another tab wrote the work: with no edits of its own waiting, this tab shows that work; with
  // edits waiting, it writes them, and the revision check keeps both and asks the person.
  useEffect(
    function hearOtherTabs() {
      return slot.listen((rev) => {
        void slot.copies().then(setCopies, () => undefined);
        if (rev === slot.base || slot.conflictKey || writing.current) return;
        if (pending.current) return flush();
        void slot.takeCurrent().then((r) => {
          if (!r.ok || !r.work || pending.current || writing.current) return;
          setWorkState(r.work);
          setNotice({ id: 'studio.tabs.updated' });
        });
      });
    },
    [slot, flush],
  );

  const setWork = useCallback(
    (next: StudioWork | ((w: StudioWork) => StudioWork)) => {
      setWorkState((prev) => {
        if (!prev) return prev;
        const w = typeof next === 'function' ? next(prev) : next;
        // Written at most SAVE_MS after the first unsaved edit: a burst of edits never postpones it.
        if (!pending.current) timer.current = window.setTimeout(flush, SAVE_MS);
        pending.current = w;
        return w;
      });
    },
    [flush],
  );

  // A closing tab or a hidden page writes at once: nothing typed is lost.
  useEffect(
    function saveOnLeave() {
      // A closing page keeps its last edits at once (localStorage), then tries IndexedDB too.
      const now = () => {
        if (pending.current) slot.saveLeaving(pending.current);
        flush();
      };
      const hidden = () => document.visibilityState === 'hidden' && now();
      window.addEventListener('pagehide', now);
      document.addEventListener('visibilitychange', hidden);
      return () => {
        window.removeEventListener('pagehide', now);
        document.removeEventListener('visibilitychange', hidden);
        flush();
      };
    },
    [flush, slot],
  );

  /** Stops the waiting write: what is on screen is written by the choice that follows. */
  function settle(): StudioWork | null {
    window.clearTimeout(timer.current);
    pending.current = null;
    return work;
  }

  async function takeOther() {
    settle();
    const r = await slot.takeCurrent();
    if (!r.ok) return setNotice({ id: 'studio.notice.notKept', values: { error: r.error.message } });
    setConflict(null);
    setCopies(r.copies);
    if (r.work) setWorkState(r.work);
    setSaved({ state: 'saved', at: new Date() });
    setNotice({ id: 'studio.tabs.tookOther' });
  }

  async function keepMine() {
    const mine = settle();
    if (!mine) return;
    const r = await slot.makeCurrent(mine, slot.conflictKey);
    if (!r.ok) return setNotice({ id: 'studio.notice.notKept', values: { error: r.error.message } });
    setConflict(null);
    setCopies(r.copies);
    setSaved({ state: 'saved', at: new Date() });
    setNotice({ id: 'studio.tabs.keptMine' });
  }

  /** Opens a kept version: the work on screen is kept as a copy first (written, then set beside). */
  async function openCopy(copy: KeptCopy) {
    const mine = settle();
    if (mine) {
      const saved = await slot.save(mine);
      if (!saved.ok) return setNotice({ id: 'studio.notice.notKept', values: { error: saved.error.message } });
    }
    const r = await slot.makeCurrent(copy.work, copy.key);
    if (!r.ok) return setNotice({ id: 'studio.notice.notKept', values: { error: r.error.message } });
    setConflict(null);
    setCopies(r.copies);
    setWorkState(copy.work);
    setSaved({ state: 'saved', at: new Date() });
    setNotice({ id: 'studio.copies.opened' });
  }

  async function removeCopy(copy: KeptCopy) {
    const r = await slot.removeCopy(copy.key);
    if (r.ok) setCopies(r.copies);
  }

  const known: Known | null = useMemo(
    () =>
      drafting
        ? {
            projectPlaces: drafting.gazetteer.places.filter((p) => p.project).map(drafting.placeInput),
            terms: model.meta.vocabularies,
            words: { entered: t('studio.data.entered'), notKnown: t('studio.data.notKnown'), description: t('studio.data.description') },
          }
        : null,
    [drafting, t, model],
  );
  const checked = useMemo(() => (work && known && work.stage === 'review' ? checkWork(work, known) : null), [work, known]);

  async function runDraft() {
    if (!work || !drafting) return;
    const read = readPasted(work.text);
    // The drafter reads English only: another language is marked by hand, from an empty review.
    const english = readsAsEnglish(read.text);
    setBusy('studio.busy.drafting');
    // A new run's progress stands alone: the last run's notice ("Drafting stopped") goes.
    setNotice(null);
    const run = draftWork({ ...work, text: read.text }, model.source.asserters, drafting, (p) => showProgress.current?.(p));
    cancelDraft.current = run.cancel;
    try {
      const drafted = await run.result;
      const d = english
        ? drafted
        : { ...drafted, claims: [], spans: [], confidence: [], events: [], places: [], notClaims: [], unknownPlaces: [] };
      const base = { asserters: model.source.asserters.map((a) => a.id), places: model.source.places.map((p) => p.id) };
      setWork((w) => fromDraft({ ...w, text: read.text }, d, base));
      const low = d.confidence?.filter((c) => c.level === 'low').length ?? 0;
      setNotice(
        !english
          ? { id: 'studio.notice.notEnglish' }
          : d.claims.length
            ? { id: 'studio.notice.drafted', values: { claims: d.claims.length, events: d.events.length, low } }
            : { id: 'studio.notice.noClaims' },
      );
    } catch (error) {
      if (error instanceof Cancelled) setNotice({ id: 'studio.notice.draftCancelled' });
      else setNotice({ id: 'studio.notice.draftFailed', values: { error: error instanceof Error ? error.message : String(error) } });
    } finally {
      cancelDraft.current = null;
      setBusy(null);
    }
  }

  // Leaving the studio stops a draft still running.
  useEffect(() => () => cancelDraft.current?.(), []);

  function preview() {
    if (!checked) return;
    flush();
    onClose();
    void openUnsaved(
      compile(checked.checked),
      `${say('studio.preview.notice', { title: work ? workTitle(work, say('studio.untitled')) : say('studio.untitled') })}${unfixed(checked)}${neverReviewed(work)}`,
    );
  }

  async function openAsMap() {
    if (!checked || !work) return;
    flush();
    const map = compile(checked.checked);
    setBusy('studio.busy.saving');
    const r = await saveCollection(workTitle(work), 'studio', `${work.meta.reportId}.txt`, map);
    setBusy(null);
    onClose();
    if (r.ok) {
      await openMap(r.record.id);
      useStore.getState().setNotice(`${say('studio.opened.notice', { title: workTitle(work) })}${unfixed(checked)}${neverReviewed(work)}`);
    } else void openUnsaved(map, `${say('studio.opened.notSaved', { error: r.error.message })}${unfixed(checked)}${neverReviewed(work)}`);
  }

  async function exportZip() {
    if (!work) return;
    setBusy('studio.busy.zip');
    try {
      const { exportZip } = await import('./export-zip.ts');
      saveFile(`according-to-${work.meta.reportId}.zip`, 'application/zip', exportZip(work, known?.words));
      setNotice({
        id: 'studio.notice.zip',
        values: {
          file: `according-to-${work.meta.reportId}.zip`,
          never: work.claims.filter((c) => !c.reviewed).length,
          total: work.claims.length,
        },
      });
    } catch (error) {
      setNotice({ id: 'studio.notice.zipFailed', values: { error: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(null);
    }
  }

  /** A new, empty report: the one on screen is kept first, as a copy in the list of kept versions. */
  async function startOver() {
    if (!drafting) return;
    const mine = settle();
    if (mine && (mine.text || mine.claims.length)) {
      const kept = await slot.keepCopy(mine);
      if (!kept.ok) return setNotice({ id: 'studio.notice.notKept', values: { error: kept.error.message } });
      setCopies(kept.copies);
    }
    setWork(emptyWork(firstId(drafting)));
    setNotice({ id: 'studio.notice.new' });
  }

  return (
    <main className="studio" aria-labelledby="studio-title">
      <header className="studio-header">
        <h1 id="studio-title" ref={headingRef} tabIndex={-1}>
          <span className="brand">{t('studio.title')}</span>
          <span className="subtitle" style={{ marginInlineStart: '0.5em' }}>
            {work && workTitle(work, '') && <bdi>{workTitle(work, '')}</bdi>}
          </span>
        </h1>
        <p className="studio-saved" role="status">
          {saved.state === 'saving' && t('studio.saving')}
          {saved.state === 'saved' && t('studio.saved', { at: saved.at })}
          {saved.state === 'apart' && t('studio.savedApart', { at: saved.at })}
          {saved.state === 'failed' && <span className="studio-error">{t('studio.saveFailed', { error: saved.message })}</span>}
        </p>
        <button
          type="button"
          className="header-button"
          onClick={() => {
            flush();
            onClose();
          }}
        >
          <Arrow to="back" /> {t('studio.back')}
        </button>
      </header>
      {notice && (
        <div className="studio-notice" role="status">
          <p>{t(notice.id, notice.values)}</p>
          {notice.download && (
            <button
              type="button"
              onClick={() => saveFile(notice.download!.name, 'application/json', JSON.stringify(notice.download!.value, null, 2))}
            >
              {t('studio.notice.download')}
            </button>
          )}
          <button type="button" aria-label={t('studio.notice.dismiss')} onClick={() => setNotice(null)}>
            <span aria-hidden="true">{CROSS}</span>
          </button>
        </div>
      )}
      {conflict && (
        <div className="studio-notice studio-conflict" role="alert">
          <p>{t('studio.tabs.conflict', { at: new Date(conflict.at) })}</p>
          <button type="button" onClick={() => void takeOther()}>
            {t('studio.tabs.takeOther')}
          </button>
          <button type="button" onClick={() => void keepMine()}>
            {t('studio.tabs.keepMine')}
          </button>
        </div>
      )}
      <KeptVersions
        copies={copies}
        onOpen={(c) => void openCopy(c)}
        onDownload={(c) => saveFile(`according-to-${c.work.meta.reportId}-kept.json`, 'application/json', JSON.stringify(c.work, null, 2))}
        onRemove={(c) => void removeCopy(c)}
      />
      {busy === 'studio.busy.drafting' && <DraftBusy showRef={showProgress} onCancel={() => cancelDraft.current?.()} />}
      {busy && busy !== 'studio.busy.drafting' && (
        <p className="studio-busy" role="status">
          {t(busy)}
        </p>
      )}
      {loadError && (
        <p className="studio-error" role="alert">
          {t('studio.loadError', { error: loadError })}
        </p>
      )}
      {!work && !loadError && <p className="studio-busy">{t('studio.opening')}</p>}
      {work && work.stage === 'input' && (
        <InputStage work={work} setWork={setWork} onDraft={runDraft} drafting={!!busy || !drafting} onStartOver={() => void startOver()} />
      )}
      {work && work.stage === 'review' && checked && drafting && (
        <ReviewStage
          work={work}
          setWork={setWork}
          checked={checked}
          drafting={drafting}
          onPreview={preview}
          onOpen={openAsMap}
          onExport={exportZip}
          onEditDetails={() => setWork((w) => ({ ...w, stage: 'input' }))}
        />
      )}
    </main>
  );
}

/** The drafter at work: how far it has read, and a button to stop it. Re-renders alone as it reads. */
function DraftBusy({ showRef, onCancel }: { showRef: { current: ((p: DraftProgress) => void) | null }; onCancel: () => void }) {
  const t = useT();
  const [progress, setProgress] = useState<DraftProgress | null>(null);
  useEffect(() => {
    showRef.current = setProgress;
    return () => {
      showRef.current = null;
    };
  }, [showRef]);
  return (
    <div className="studio-busy studio-drafting">
      <button type="button" onClick={onCancel}>
        {t('studio.busy.cancel')}
      </button>
      <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('studio.busy.drafting')} />
      <p role="status">
        {progress ? t('studio.busy.draftingProgress', { done: progress.done, total: progress.total }) : t('studio.busy.drafting')}
      </p>
    </div>
  );
}

/** What a preview leaves out while problems stand: said where the person will see it. */
function unfixed(checked: { problems: Problem[] }): string {
  const n = checked.problems.filter((p) => p.severity === 'error').length;
  return n ? say('studio.unfixed', { n }) : '';
}

/** How many claims no person has reviewed: the map shows the drafter's proposal for them. */
function neverReviewed(work: StudioWork | null): string {
  const n = work?.claims.filter((c) => !c.reviewed).length ?? 0;
  return n ? say('studio.neverReviewed', { n, total: work!.claims.length }) : '';
}

const CROSS = '\u2715';
