/** The side panel (a bottom sheet on a phone): event, report, places and table views. */
import { useSettledStep } from '../step/step';
import { memo, useEffect, useRef } from 'react';
import { useStore } from '../store/store';
import type { Tab } from '../store/view';
import { EventView } from '../panel/EventView';
import { DownloadMenu } from '../io/DownloadMenu';
import { Filters } from '../panel/Filters';
import { FindView } from '../panel/FindView';
import { PlacesIndex } from '../panel/PlacesIndex';
import { ReportView } from '../panel/ReportView';
import { TableView } from '../panel/TableView';
import { ToursPanel } from '../classroom/ToursPanel';

const TABS: { id: Tab; label: string }[] = [
  { id: 'event', label: 'Event' },
  { id: 'report', label: 'Reports' },
  { id: 'places', label: 'Places' },
  { id: 'find', label: 'Find' },
  { id: 'table', label: 'Table' },
  { id: 'tours', label: 'Tours' },
];

/** Memoised: a slider step re-renders the map and the timeline, not the panel (its lists follow once the time settles). */
export const Panel = memo(function Panel() {
  const { visible, counts } = useSettledStep();
  const tab = useStore((s) => s.view.tab);
  const event = useStore((s) => s.view.event);
  const report = useStore((s) => s.view.report);
  const place = useStore((s) => s.view.place);
  const body = useRef<HTMLDivElement>(null);
  useEffect(
    function startAtTheTop() {
      // New content starts at its top; "show in report" scrolls to its claim itself.
      if (!useStore.getState().view.claim && body.current) body.current.scrollTop = 0;
    },
    [tab, event, report, place],
  );
  const { setTab } = useStore.getState();
  return (
    <aside className="panel" aria-label="Details">
      <div className="panel-head">
        <div role="tablist" aria-label="Panel views" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="panel-body"
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => {
                const i = TABS.findIndex((x) => x.id === tab);
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                  setTab(next.id);
                  document.getElementById(`tab-${next.id}`)?.focus();
                }
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="panel-tools">
          <Filters />
          <DownloadMenu visible={visible} />
        </div>
      </div>
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={-1} ref={body}>
        {tab === 'event' && <EventView visible={visible} />}
        {tab === 'report' && <ReportView />}
        {tab === 'places' && <PlacesIndex counts={counts} visible={visible} />}
        {tab === 'find' && <FindView />}
        {tab === 'table' && <TableView visible={visible} />}
        {tab === 'tours' && <ToursPanel />}
      </div>
    </aside>
  );
});
