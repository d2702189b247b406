/**
 * The studio: a person puts a report of their own on the map. They paste it (or open a .txt or
 * .html file) and say what is known about it; the drafter proposes its claims, voices, dates and
 * places; they review the draft beside the text, with the build's own checks live; then they
 * preview it on the map, open it as a map of their own, or export the files `npm run build:data`
 * takes. The work is kept in the browser as they go. Loaded only when opened, with the drafter.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compile } from '../../geo/core/compile/compile.ts';
import type { Problem } from '../../geo/core/model/problems.ts';
import { saveCollection } from '../data/collections.ts';
import { saveFile } from '../ui/save-file.ts';
import { openMap, openUnsaved } from '../session/open-map.ts';
import { useStore } from '../store/store.ts';
import { loadDrafting, draftWork, type Drafting } from './drafting.ts';
import { checkWork, workTitle, type Known } from './publish.ts';
import { loadWork, saveLeaving, saveWork } from './saved.ts';
import { emptyWork, fromDraft, type StudioWork } from './work.ts';
import { InputStage } from './InputStage.tsx';
import { ReviewStage } from './ReviewStage.tsx';
import { readPasted } from './input.ts';
import './studio.css';

type Saved = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed'; message: string };

/** How soon an edit is written (the edits of a burst within it are one write). */
const SAVE_MS = 400;

export default function Studio({ onClose }: { onClose: () => void }) {
  const model = useStore((s) => s.model)!;
  const [work, setWorkState] = useState<StudioWork | null>(null);
  const [drafting, setDrafting] = useState<Drafting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });
  const [notice, setNotice] = useState<{ text: string; download?: { name: string; value: unknown } } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const pending = useRef<StudioWork | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const firstId = useMemo(() => {
    const ids = model.reports.map((r) => r.id);
    return (d: Drafting) => d.nextReportId(ids);
  }, [model]);

  useEffect(
    function openWork() {
      let live = true;
      Promise.all([loadWork(), loadDrafting()]).then(
        ([loaded, d]) => {
          if (!live) return;
          setDrafting(d);
          if (!loaded.ok) {
            setNotice({ text: `${loaded.error.message} The studio still works, but your work will not be kept after you close this tab.` });
            setWorkState(emptyWork(firstId(d)));
            return;
          }
          if (loaded.setAside) {
            setNotice({
              text: 'The work saved in this browser could not be read by this version of the studio. It was set aside, not deleted: download it to keep it.',
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
    [firstId],
  );

  useEffect(() => headingRef.current?.focus(), []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const w = pending.current;
    if (!w) return;
    pending.current = null;
    setSaved({ state: 'saving' });
    void saveWork(w).then((r) =>
      setSaved(r.ok ? { state: 'saved', at: new Date() } : { state: 'failed', message: `${r.error.message} Export your work to keep it.` }),
    );
  }, []);

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
        if (pending.current) saveLeaving(pending.current);
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
    [flush],
  );

  const known: Known | null = useMemo(
    () => (drafting ? { projectPlaces: drafting.gazetteer.places.filter((p) => p.project).map(drafting.placeInput) } : null),
    [drafting],
  );
  const checked = useMemo(() => (work && known && work.stage === 'review' ? checkWork(work, known) : null), [work, known]);

  async function runDraft() {
    if (!work || !drafting) return;
    const read = readPasted(work.text);
    setBusy('Drafting the claims…');
    try {
      const d = await draftWork({ ...work, text: read.text }, model.source.asserters);
      const base = { asserters: model.source.asserters.map((a) => a.id), places: model.source.places.map((p) => p.id) };
      setWork((w) => fromDraft({ ...w, text: read.text }, d, base));
      setNotice(
        d.claims.length
          ? { text: `The drafter proposes ${d.claims.length} claims and ${d.events.length} events. Review them beside the text.` }
          : { text: 'The drafter found no claims in this text. Select text in the report to make claims by hand.' },
      );
    } catch (error) {
      setNotice({ text: `The draft could not be made: ${error instanceof Error ? error.message : String(error)}. Your text is kept.` });
    } finally {
      setBusy(null);
    }
  }

  function preview() {
    if (!checked) return;
    flush();
    onClose();
    void openUnsaved(
      compile(checked.checked),
      `A preview of ${work?.meta.reportId} from the studio: it is not saved as a map. Your work in the studio is kept; open the Studio again to go on.${unfixed(checked)}`,
    );
  }

  async function openAsMap() {
    if (!checked || !work) return;
    flush();
    const map = compile(checked.checked);
    setBusy('Saving the map…');
    const r = await saveCollection(workTitle(work), 'studio', `${work.meta.reportId}.txt`, map);
    setBusy(null);
    onClose();
    if (r.ok) void openMap(r.record.id);
    else void openUnsaved(map, `${r.error.message} (This map was made in the studio; your work there is kept.)${unfixed(checked)}`);
  }

  async function exportZip() {
    if (!work) return;
    setBusy('Making the zip…');
    try {
      const { exportZip } = await import('./export-zip.ts');
      saveFile(`according-to-${work.meta.reportId}.zip`, 'application/zip', exportZip(work));
      setNotice({
        text: `Saved according-to-${work.meta.reportId}.zip. Unzip it into the project's geo/ folder and run npm run build:data: the report joins the map.`,
      });
    } catch (error) {
      setNotice({ text: `The zip could not be made: ${error instanceof Error ? error.message : String(error)}.` });
    } finally {
      setBusy(null);
    }
  }

  function startOver() {
    if (!drafting) return;
    setWork(emptyWork(firstId(drafting)));
    setNotice({ text: 'A new, empty report. The previous one was replaced.' });
  }

  return (
    <main className="studio" aria-labelledby="studio-title">
      <header className="studio-header">
        <h1 id="studio-title" ref={headingRef} tabIndex={-1}>
          <span className="brand">Studio</span>{' '}
          <span className="subtitle">
            {work ? `${work.meta.reportId}${work.meta.outlet.value ? ` · ${work.meta.outlet.value}` : ''}` : ''}
          </span>
        </h1>
        <p className="studio-saved" role="status">
          {saved.state === 'saving' && 'Saving…'}
          {saved.state === 'saved' && `Saved in this browser at ${saved.at.toLocaleTimeString('en-GB')}`}
          {saved.state === 'failed' && <span className="studio-error">{saved.message}</span>}
        </p>
        <button
          type="button"
          className="header-button"
          onClick={() => {
            flush();
            onClose();
          }}
        >
          ← Back to the map
        </button>
      </header>
      {notice && (
        <div className="studio-notice" role="status">
          <p>{notice.text}</p>
          {notice.download && (
            <button
              type="button"
              onClick={() => saveFile(notice.download!.name, 'application/json', JSON.stringify(notice.download!.value, null, 2))}
            >
              Download it
            </button>
          )}
          <button type="button" aria-label="Dismiss the message" onClick={() => setNotice(null)}>
            ✕
          </button>
        </div>
      )}
      {busy && (
        <p className="studio-busy" role="status">
          {busy}
        </p>
      )}
      {loadError && (
        <p className="studio-error" role="alert">
          The studio could not load its drafter ({loadError}). Check the connection to the page's server and press Back, then Studio again.
        </p>
      )}
      {!work && !loadError && <p className="studio-busy">Opening the studio…</p>}
      {work && work.stage === 'input' && (
        <InputStage work={work} setWork={setWork} onDraft={runDraft} drafting={!!busy || !drafting} onStartOver={startOver} />
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

/** What a preview leaves out while problems stand: said where the person will see it. */
function unfixed(checked: { problems: Problem[] }): string {
  const n = checked.problems.filter((p) => p.severity === 'error').length;
  return n
    ? ` ${n} problem${n === 1 ? ' is' : 's are'} not fixed yet: what ${n === 1 ? 'it concerns is' : 'they concern is'} left out.`
    : '';
}
