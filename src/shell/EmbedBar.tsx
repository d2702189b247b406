/**
 * The embedded view's one line: the map's title (and, for a tour, its step with the way to the
 * next), and "Open the full map" in a new tab — the same view, with its panel, tours and reports.
 */
import { fullMapLink } from '../data/tour-links';
import { findTour, useStore } from '../store/store';
import { Arrow } from '../ui/Arrow';
import { useT } from '../words/i18n';
import { useAuthored } from '../words/labels';

export function EmbedBar() {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const tour = useStore((s) => findTour(s, s.view.tour));
  const stepId = useStore((s) => s.view.step);
  // The address follows the view (UrlSync): read when drawn, after the view changed.
  useStore((s) => s.view);
  const index = tour ? tour.steps.findIndex((s) => s.id === stepId) : -1;
  const step = tour?.steps[index];
  const { stepTour } = useStore.getState();
  const authored = useAuthored();
  const title = tour ? authored(tour, 'title') : authored(model.meta, 'title');
  const caption = step && authored(step, 'caption');
  return (
    <header className="app-header embed-bar">
      <p className="embed-title" {...title.attrs}>
        {title.text}
      </p>
      {tour && caption && (
        <div className="embed-step">
          <button type="button" onClick={() => stepTour(-1)} disabled={index === 0} aria-label={t('app.embed.previous')}>
            <Arrow to="back" />
          </button>
          <span className="embed-caption">
            <span className="embed-count">{t('app.embed.step', { n: index + 1, total: tour.steps.length })}</span>
            <span {...caption.attrs}>{caption.text}</span>
          </span>
          <button type="button" onClick={() => stepTour(1)} disabled={index === tour.steps.length - 1} aria-label={t('app.embed.next')}>
            <Arrow to="forward" />
          </button>
        </div>
      )}
      <a className="embed-full" href={fullMapLink(location.href)} target="_blank" rel="noopener">
        {t('app.embed.full')}
      </a>
    </header>
  );
}
