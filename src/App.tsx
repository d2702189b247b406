import { useCallback, useMemo, useState } from 'react';
import { Announcer } from './app/Announcer';
import { Help } from './app/Help';
import { Notice } from './app/Notice';
import { useShortcuts } from './app/shortcuts';
import { UrlSync } from './app/UrlSync';
import { MapView } from './map/MapView';
import { Panel } from './panel/Panel';
import { countByPlace, eventPasses, eventsInTime, visibleEvents } from './store/selectors';
import { useStore } from './store/store';
import { TimeSlider } from './timeline/TimeSlider';

export function App() {
  const status = useStore((s) => s.status);
  if (status === 'loading') return <p className="app-status" role="status">Loading the map…</p>;
  if (status === 'error') return <LoadError />;
  return <Ready />;
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

function Ready() {
  const model = useStore((s) => s.model)!;
  const mode = useStore((s) => s.view.mode);
  const from = useStore((s) => s.view.from);
  const to = useStore((s) => s.view.to);
  const filters = useStore((s) => s.view.filters);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);
  const visible = useMemo(() => visibleEvents(model, { mode, from, to, filters }), [model, mode, from, to, filters]);
  const inTime = useMemo(() => eventsInTime(model, { mode, from, to }).length, [model, mode, from, to]);
  const passing = useMemo(() => new Set(model.events.filter((e) => eventPasses(e, filters)).map((e) => e.id)), [model, filters]);
  const counts = useMemo(() => countByPlace(visible), [visible]);
  return (
    <div className="app">
      <UrlSync />
      <Announcer />
      <header className="app-header">
        <h1>
          <span className="brand">According to</span> <span className="subtitle">Who said what: Iraq and Syria, June 2014 – March 2015</span>
        </h1>
        <button type="button" className="header-button" onClick={openHelp} aria-haspopup="dialog">
          Keys
        </button>
      </header>
      <Notice />
      <main className="app-main">
        <section className="map-area" aria-label="Map">
          <MapView counts={counts} />
        </section>
        <TimeSlider passing={passing} shown={visible.length} inTime={inTime} />
        <Panel visible={visible} counts={counts} />
      </main>
      <Help open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
