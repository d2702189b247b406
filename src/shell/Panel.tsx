/** The side panel (a bottom sheet on a phone): event, report, places and table views. */
import { useSettledStep } from '../step/step';
import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from '../store/store';
import type { Tab } from '../store/view';
import { EventView } from '../panel/EventView';
import { DownloadMenu } from '../io/DownloadMenu';
import { Filters } from '../panel/Filters';
import { PlacesIndex } from '../panel/PlacesIndex';
import { ReportView } from '../panel/ReportView';
import { readingStep } from '../ui/keys';
import { useT } from '../words/i18n';
import type { Sheet } from './sheet';
import { SheetHandle } from './SheetHandle';

// Tabs a first visit may never open load when first opened.
const FindView = lazy(() => import('../panel/FindView').then((m) => ({ default: m.FindView })));
const TableView = lazy(() => import('../panel/TableView').then((m) => ({ default: m.TableView })));
const ToursPanel = lazy(() => import('../classroom/ToursPanel').then((m) => ({ default: m.ToursPanel })));

/** The panel's views; each tab's name is `core.tab.<id>`. */
const TABS: readonly Tab[] = ['event', 'report', 'places', 'find', 'table', 'tours'];

/** Memoised: a slider step re-renders the map and the timeline, not the panel (its lists follow once the time settles). */
export const Panel = memo(function Panel() {
  const t = useT();
  const { visible, counts } = useSettledStep();
  const tab = useStore((s) => s.view.tab);
  const event = useStore((s) => s.view.event);
  const report = useStore((s) => s.view.report);
  const place = useStore((s) => s.view.place);
  const body = useRef<HTMLDivElement>(null);
  // On a phone the panel is a bottom sheet: a link to an event opens it half way, the map above it.
  const [sheet, setSheet] = useState<Sheet>(() => (event || place ? 'half' : 'peek'));
  const chosen = useRef({ tab, event, place });
  useEffect(
    function startAtTheTop() {
      // New content starts at its top, never at the last tab's scroll; only a report opened at a claim
      // ("show in report") scrolls to that claim itself.
      const { view } = useStore.getState();
      if (!(view.tab === 'report' && view.claim) && body.current) body.current.scrollTop = 0;
    },
    [tab, event, report, place],
  );
  useEffect(
    function raiseTheSheet() {
      // A tap on a place (or a tab) shows what it opened at once: a peeking sheet rises half way.
      const before = chosen.current;
      chosen.current = { tab, event, place };
      const opened = (event && event !== before.event) || (place && place !== before.place) || tab !== before.tab;
      if (opened) setSheet((s) => (s === 'peek' ? 'half' : s));
    },
    [tab, event, place],
  );
  const { setTab } = useStore.getState();
  return (
    <aside className="panel" aria-label={t('core.panel.label')} data-sheet={sheet}>
      <SheetHandle sheet={sheet} onChange={setSheet} />
      <div className="panel-head">
        <div role="tablist" aria-label={t('core.panel.views')} className="tabs">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls="panel-body"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(e) => {
                // Arrows move in reading order: in a right-to-left page the left arrow is the next tab.
                const step = e.key.startsWith('Arrow') ? readingStep(e) : 0;
                if (step) {
                  const i = TABS.indexOf(tab);
                  const next = TABS[(i + step + TABS.length) % TABS.length];
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {t(`core.tab.${id}`)}
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
        <Suspense fallback={<p className="muted" aria-busy="true" />}>
          {tab === 'find' && <FindView />}
          {tab === 'table' && <TableView visible={visible} />}
          {tab === 'tours' && <ToursPanel />}
        </Suspense>
      </div>
    </aside>
  );
});
