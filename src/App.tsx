import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Announcer } from './ui/Announcer';
import { Help } from './shell/Help';
import { Notice } from './ui/Notice';
import { useShortcuts } from './shell/shortcuts';
import { UrlSync } from './shell/UrlSync';
import { enterPresentation, useClassroomKeys } from './classroom/classroom-keys';
import { Handout, HandoutCopyChoice, useHandoutRows } from './classroom/Handout';
import { Presentation } from './classroom/Presentation';
import { isPresenterWindow } from './classroom/presenter-link';
import { PresenterView } from './classroom/PresenterView';
import { DownloadMenu } from './io/DownloadMenu';
import { DropZone } from './io/DropZone';
import { ImportDialog } from './io/ImportDialog';
import { MapsDialog } from './io/MapsDialog';
import { MapView } from './map/MapView';
import { Panel } from './shell/Panel';
import { useStore } from './store/store';
import { TimeSlider } from './timeline/TimeSlider';

/** The studio and its drafter load only when a person opens it. */
const Studio = lazy(() => import('./studio/Studio'));

export function App() {
  const status = useStore((s) => s.status);
  if (status === 'loading') return <Loading />;
  if (status === 'error') return <LoadError />;
  return isPresenterWindow() ? <PresenterView /> : <Ready />;
}

function Loading() {
  const progress = useStore((s) => s.loadProgress);
  return (
    <div className="app-status" role="status">
      <p>
        {progress === null ? 'Loading the map…' : progress < 0.9 ? `Loading the map… ${Math.round(progress * 100)}%` : 'Preparing the map…'}
      </p>
      <progress max={1} value={progress ?? undefined} aria-label="Loading progress" />
    </div>
  );
}

function LoadError() {
  const error = useStore((s) => s.error);
  return (
    <main className="app-error" role="alert">
      <h1>The map cannot open</h1>
      <p>{error?.message}</p>
      <p>Reload the page to try again; if it keeps failing, the copy of the app you opened is incomplete.</p>
      <p>
        If you run the app yourself: build its data with <code>npm run build:data</code> (or start it with <code>npm start</code>), which
        writes <code>public/data/</code>, and fix any problem that command reports.
      </p>
    </main>
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
  const { setHandout } = useStore.getState();
  const rows = useHandoutRows();
  const events = useMemo(() => [...new Set(rows.flatMap((r) => r.event ?? []))], [rows]);
  return (
    <main className="handout-view">
      <div className="handout-toolbar">
        <button type="button" onClick={() => setHandout(false)}>
          ← Back to the map
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <HandoutCopyChoice />
        <DownloadMenu visible={events} idPrefix="handout-dl" />
        <span className="muted">
          This is the handout as it prints: a small map, a timeline, and every event and claim with its sources.
        </span>
      </div>
      <Handout />
    </main>
  );
}

function Ready() {
  const handout = useStore((s) => s.view.handout || s.printing);
  const studio = useStore((s) => s.studio);
  usePrintHandout();
  useClassroomKeys();
  return (
    <>
      <UrlSync />
      <Announcer />
      {studio ? <StudioView /> : handout ? <HandoutView /> : <Explorer />}
    </>
  );
}

/** A studio that cannot load (its files are missing, the server went away) says so, with a way back. */
class StudioBoundary extends Component<{ onClose: () => void; children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="app-error" role="alert">
        <h1>The studio cannot open</h1>
        <p>{this.state.error}</p>
        <p>Your work in the studio is kept in this browser. Check the connection to the page’s server, then try again.</p>
        <button type="button" className="header-button" onClick={this.props.onClose}>
          ← Back to the map
        </button>
      </main>
    );
  }
}

function StudioView() {
  const close = useCallback(() => useStore.getState().setStudio(false), []);
  return (
    <StudioBoundary onClose={close}>
      <Suspense
        fallback={
          <p className="app-status" role="status">
            Opening the studio…
          </p>
        }
      >
        <Studio onClose={close} />
      </Suspense>
    </StudioBoundary>
  );
}

function Explorer() {
  const model = useStore((s) => s.model)!;
  const [help, setHelp] = useState(false);
  const [maps, setMaps] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);
  const present = useStore((s) => s.view.present);
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
          Skip to the details panel
        </a>
      )}
      <header className="app-header">
        <h1>
          <span className="brand">According to</span> <span className="subtitle">{model.meta.title}</span>
        </h1>
        <div className="header-actions">
          <button
            type="button"
            className="header-button primary"
            onClick={enterPresentation}
            title="Present the tour (P)"
            aria-keyshortcuts="P"
          >
            Present
          </button>
          <button
            type="button"
            className="header-button"
            onClick={() => useStore.getState().setHandout(true)}
            title="A printable handout of this view or tour"
          >
            Handout
          </button>
          <button
            type="button"
            className="header-button"
            onClick={() => useStore.getState().setStudio(true)}
            title="Put a report of your own on the map: paste it, review the drafted claims, export"
          >
            Studio
          </button>
          <button
            type="button"
            className="header-button"
            onClick={() => setMaps(true)}
            aria-haspopup="dialog"
            title="Open another map, or a file of your own"
          >
            Maps
          </button>
          <button type="button" className="header-button keys-button" onClick={openHelp} aria-haspopup="dialog">
            Keys
          </button>
        </div>
      </header>
      <Notice />
      <main className="app-main">
        <div className="map-area">
          <MapView />
        </div>
        <TimeSlider />
        {present ? <Presentation /> : <Panel />}
      </main>
      <Help open={help} onClose={() => setHelp(false)} />
      <MapsDialog open={maps} onClose={() => setMaps(false)} />
      <ImportDialog />
      <DropZone />
    </div>
  );
}
