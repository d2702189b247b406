import { useMemo } from 'react';
import { MapView } from './map/MapView';
import { countByPlace, visibleEvents } from './store/selectors';
import { useStore } from './store/store';

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
      <p>
        Reload the page to try again. If you run the app yourself, build its data with <code>npm run build:data</code> (or start it with{' '}
        <code>npm start</code>), which writes <code>public/data/</code>.
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
  const visible = useMemo(() => visibleEvents(model, { mode, from, to, filters }), [model, mode, from, to, filters]);
  const counts = useMemo(() => countByPlace(visible), [visible]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="brand">According to</span> <span className="subtitle">Who said what: Iraq and Syria, June 2014 – March 2015</span>
        </h1>
      </header>
      <main className="app-main">
        <section className="map-area" aria-label="Map">
          <MapView counts={counts} />
        </section>
      </main>
    </div>
  );
}
