import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormattedMessage } from 'react-intl';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { collectionInLink, openMap, retryOpening } from './session/open-map';
import { Announcer } from './ui/Announcer';
import { Arrow } from './ui/Arrow';
import { loadWords, useT } from './words/i18n';
import { useAuthored } from './words/labels';
import { words } from './words/message';
import { Help } from './shell/Help';
import { Notice } from './ui/Notice';
import { ViewBoundary } from './ui/ViewBoundary';
import { SPACE } from './ui/space';
import { useShortcuts } from './shell/shortcuts';
import { UrlSync } from './shell/UrlSync';
import { enterPresentation, leavePresentation, useClassroomKeys } from './classroom/classroom-keys';
import { Handout, HandoutCopyChoice, useHandoutRows } from './classroom/Handout';
import { isPresenterWindow } from './classroom/presenter-link';
import { DownloadMenu } from './io/DownloadMenu';
import { DropZone } from './io/DropZone';
import { MapView } from './map/MapView';
import { Panel } from './shell/Panel';
import { useStore } from './store/store';
import { TimeSlider } from './timeline/TimeSlider';
import { scrollCue } from './ui/scroll-cue';

/**
 * What a first visit does not need loads when it is first wanted: the presentation, the presenter
 * view, the studio and its drafter. (The handout stays in: the browser's own print must find it.)
 */
const Presentation = lazy(() => import('./classroom/Presentation').then((m) => ({ default: m.Presentation })));
const PresenterView = lazy(() => import('./classroom/PresenterView').then((m) => ({ default: m.PresenterView })));

/** The embed's bar (with the tours' links and checks) loads only in an embed. */
const EmbedBar = lazy(() => import('./shell/EmbedBar').then((m) => ({ default: m.EmbedBar })));

/** "Who says so?", the exercise, loads when a student opens it. */
/** The exercise on paper (from the handout): its words load with it. */
const ExerciseSheet = lazy(() => Promise.all([import('./exercise/ExerciseSheet'), loadWords('exercise')]).then(([m]) => m));
const Exercise = lazy(() => Promise.all([import('./exercise/Exercise'), loadWords('exercise')]).then(([m]) => m));

/** The studio, its drafter and its words load only when a person opens it. */
const Studio = lazy(() => Promise.all([import('./studio/Studio'), loadWords('studio', 'problems')]).then(([m]) => m));

/** Maps and an import's dialog (with the file readers) load when first opened, then stay. */
const MapsDialog = lazy(() => import('./io/MapsDialog').then((m) => ({ default: m.MapsDialog })));
const ImportDialog = lazy(() => import('./io/ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** True from the first time `now` is true: a dialog loaded once stays in the page (and keeps its state). */
function useOnce(now: boolean): boolean {
  const [once, setOnce] = useState(now);
  if (now && !once) setOnce(true);
  return once || now;
}

export function App() {
  const status = useStore((s) => s.status);
  if (status === 'loading') return <Loading />;
  if (status === 'error') return <LoadError />;
  return isPresenterWindow() ? (
    <ViewBoundary view="presenter">
      <Suspense fallback={null}>
        <PresenterView />
      </Suspense>
    </ViewBoundary>
  ) : (
    <ViewBoundary view="page" className="app-error" extra={<BuiltInMapButton />}>
      <Ready />
    </ViewBoundary>
  );
}

function Loading() {
  const t = useT();
  const progress = useStore((s) => s.loadProgress);
  return (
    <div className="app-status" role="status">
      <p>{progress === null ? t('app.loading') : progress < 0.9 ? t('app.loadingShare', { share: progress }) : t('app.preparing')}</p>
      <progress max={1} value={progress ?? undefined} aria-label={t('app.loadingProgress')} />
    </div>
  );
}

function LoadError() {
  const t = useT();
  const error = useStore((s) => s.error);
  return (
    <main className="app-error" role="alert">
      <h1>{t('app.error.title')}</h1>
      <p>{error && words(error.message, t)}</p>
      <p>{t('app.error.reload')}</p>
      <p className="app-error-actions">
        <button type="button" className="header-button primary" onClick={() => void retryOpening()}>
          {t('app.error.retry')}
        </button>
        <BuiltInMapButton />
      </p>
      <p>
        <FormattedMessage id="app.error.selfHosted" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
    </main>
  );
}

/** While a part of the page loads. */
function LoadingNote() {
  const t = useT();
  return (
    <p className="app-status" role="status">
      {t('app.loading')}
    </p>
  );
}

/** When the link names a stored map: the way to the built-in map instead. */
function BuiltInMapButton() {
  const t = useT();
  if (!collectionInLink(location.hash)) return null;
  return (
    <button type="button" className="header-button" onClick={() => void openMap(null)}>
      {t('app.error.builtIn')}
    </button>
  );
}

/** The browser's own print (Ctrl+P) prints the handout too. */
function usePrintHandout(): void {
  useEffect(function printHandout() {
    const before = () => flushSync(() => useStore.getState().setPrinting(true));
    const after = () => useStore.getState().setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return function stopWatchingPrint() {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

function HandoutView() {
  const t = useT();
  const { setHandout } = useStore.getState();
  const rows = useHandoutRows();
  const events = useMemo(() => [...new Set(rows.flatMap((r) => r.event ?? []))], [rows]);
  const tour = useStore((s) => s.view.tour);
  // A tour prints as the handout or as its exercise on paper (with the key for the teacher).
  const [sheet, setSheet] = useState<'handout' | 'exercise'>('handout');
  const [withKey, setWithKey] = useState(false);
  const exercise = tour !== null && sheet === 'exercise';
  return (
    <main className="handout-view">
      <div className="handout-toolbar">
        <button type="button" onClick={() => setHandout(false)}>
          <Arrow to="back" /> {t('app.backToMap')}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('app.print')}
        </button>
        {tour !== null && (
          <label className="handout-copy">
            {t('app.handout.what')}
            {SPACE}
            <select value={sheet} onChange={(e) => setSheet(e.target.value as 'handout' | 'exercise')}>
              <option value="handout">{t('app.handout.sheet.handout')}</option>
              <option value="exercise">{t('app.handout.sheet.exercise')}</option>
            </select>
          </label>
        )}
        {exercise ? (
          <label className="handout-copy">
            <input type="checkbox" checked={withKey} onChange={(e) => setWithKey(e.target.checked)} />
            {SPACE}
            {t('app.handout.exerciseKey')}
          </label>
        ) : (
          <>
            <HandoutCopyChoice />
            <DownloadMenu visible={events} idPrefix="handout-dl" />
          </>
        )}
        <span className="muted">{exercise ? t('app.handoutIntro.exercise') : t('app.handoutIntro')}</span>
      </div>
      <ViewBoundary view="handout">
        {exercise ? (
          <Suspense fallback={<LoadingNote />}>
            <ExerciseSheet withKey={withKey} />
          </Suspense>
        ) : (
          <Handout />
        )}
      </ViewBoundary>
    </main>
  );
}

/** The exercise on a page of its own (a phone's whole screen), with the way back and the language. */
function ExerciseView() {
  const t = useT();
  return (
    <main className="exercise-view">
      <div className="exercise-toolbar">
        <button type="button" onClick={() => useStore.getState().setExercise(false)}>
          <Arrow to="back" /> {t('app.backToMap')}
        </button>
        <LanguageSwitch />
      </div>
      <ViewBoundary view="exercise">
        <Suspense fallback={<LoadingNote />}>
          <Exercise />
        </Suspense>
      </ViewBoundary>
    </main>
  );
}

function Ready() {
  const handout = useStore((s) => s.view.handout || s.printing);
  const studio = useStore((s) => s.studio);
  const exercise = useStore((s) => s.view.exercise);
  usePrintHandout();
  useClassroomKeys();
  return (
    <>
      <UrlSync />
      <Announcer />
      {studio ? <StudioView /> : handout ? <HandoutView /> : exercise ? <ExerciseView /> : <Explorer />}
    </>
  );
}

function StudioView() {
  const t = useT();
  const close = useCallback(() => useStore.getState().setStudio(false), []);
  return (
    <ViewBoundary view="studio" onClose={close} note={t('app.studioError.kept')} className="app-error">
      <Suspense
        fallback={
          <p className="app-status" role="status">
            {t('app.openingStudio')}
          </p>
        }
      >
        <Studio onClose={close} />
      </Suspense>
    </ViewBoundary>
  );
}

/** The notice, the map and the timeline, and beside them the panel (or the slide), if any. */
function MapAndTime({ children }: { children?: ReactNode }) {
  const model = useStore((s) => s.model);
  return (
    <>
      <Notice />
      <main className="app-main">
        <div className="map-area">
          <ViewBoundary view="map" resetKey={model}>
            <MapView />
          </ViewBoundary>
        </div>
        <ViewBoundary view="timeline" resetKey={model} className="timeline-error">
          <TimeSlider />
        </ViewBoundary>
        {children}
      </main>
    </>
  );
}

function Explorer() {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const title = useAuthored()(model.meta, 'title');
  const [help, setHelp] = useState(false);
  const [maps, setMaps] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);
  const present = useStore((s) => s.view.present);
  const mapsWanted = useOnce(maps);
  const importWanted = useOnce(useStore((s) => s.importing !== null));
  const embed = useStore((s) => s.view.embed);
  const closeDialogs = useCallback(() => {
    setMaps(false);
    if (useStore.getState().importing) void import('./io/import-flow').then((flow) => flow.cancelImport());
  }, []);
  if (embed)
    return (
      <div className="app embedded">
        <ViewBoundary view="embed">
          <Suspense fallback={null}>
            <EmbedBar />
          </Suspense>
        </ViewBoundary>
        <MapAndTime />
      </div>
    );
  return (
    <div className={`app${present ? ' presenting' : ''}`}>
      {!present && (
        <a
          className="skip-link"
          href="#panel-body"
          onClick={(e) => {
            // Focus moves; the address (which holds the view) does not change.
            e.preventDefault();
            document.getElementById('panel-body')?.focus();
          }}
        >
          {t('app.skipToPanel')}
        </a>
      )}
      <header className="app-header">
        <h1>
          <span className="brand">{t('app.brand')}</span>
          {SPACE}
          <span className="subtitle" {...title.attrs}>
            {title.text}
          </span>
        </h1>
        <div className="header-actions" ref={scrollCue}>
          <button
            type="button"
            className="header-button primary"
            onClick={enterPresentation}
            title={t('app.present.title')}
            aria-keyshortcuts="P"
          >
            {t('app.present')}
          </button>
          <button
            type="button"
            className="header-button"
            onClick={() => useStore.getState().setHandout(true)}
            title={t('app.handout.title')}
          >
            {t('app.handout')}
          </button>
          <button type="button" className="header-button" onClick={() => useStore.getState().setStudio(true)} title={t('app.studio.title')}>
            {t('app.studio')}
          </button>
          <button type="button" className="header-button" onClick={() => setMaps(true)} aria-haspopup="dialog" title={t('app.maps.title')}>
            {t('app.maps')}
          </button>
          <button type="button" className="header-button keys-button" onClick={openHelp} aria-haspopup="dialog">
            {t('app.keys')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <MapAndTime>
        {present ? (
          <ViewBoundary view="presentation" className="panel" onClose={leavePresentation}>
            <Suspense fallback={<aside className="panel" aria-busy="true" />}>
              <Presentation />
            </Suspense>
          </ViewBoundary>
        ) : (
          <ViewBoundary view="panel" className="panel" resetKey={model}>
            <Panel />
          </ViewBoundary>
        )}
      </MapAndTime>
      <Help open={help} onClose={() => setHelp(false)} />
      <ViewBoundary view="dialog" onClose={closeDialogs}>
        <Suspense fallback={null}>
          {mapsWanted && <MapsDialog open={maps} onClose={() => setMaps(false)} />}
          {importWanted && <ImportDialog />}
        </Suspense>
      </ViewBoundary>
      <DropZone />
    </div>
  );
}
