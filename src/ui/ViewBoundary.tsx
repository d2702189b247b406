/**
 * One view that fails does not take the page with it. The data is checked before anything renders
 * (src/data/check-map.ts), so a view that throws is a fault of the app itself or a part of it that
 * could not be downloaded (a lazily loaded view over a lost connection). Either way the reader
 * sees which view failed and why, and the rest of the page keeps working: the map without the
 * panel, the panel without the map, the explorer without the presentation.
 *
 * `resetKey`: a new map (or another change that makes the failure worth trying again) clears the
 * failure by itself; "Try again" clears it by hand.
 */
import { Component, type ReactNode } from 'react';
import { useT, type Translate } from '../words/i18n';
import { Arrow } from './Arrow';
import { SPACE } from './space';

export type ViewName =
  'page' | 'map' | 'timeline' | 'panel' | 'presentation' | 'presenter' | 'handout' | 'exercise' | 'studio' | 'dialog' | 'embed';

interface Props {
  view: ViewName;
  children: ReactNode;
  /** A way out of the failed view (e.g. back to the map), when it has one. */
  onClose?: () => void;
  resetKey?: unknown;
  /** Extra words under the reason (e.g. that the studio's work is kept). */
  note?: string;
  className?: string;
  /** More ways out (e.g. to the built-in map), after the view's own. */
  extra?: ReactNode;
}

/**
 * A lazily loaded view whose code did not arrive: the browser keeps that failure for the page's
 * life, so only a reload tries the download again ("Try again" would fail the same way).
 */
const NOT_DOWNLOADED = /dynamically imported module|Importing a module script failed|error loading dynamically imported/i;

interface State {
  error: string | null;
  resetKey: unknown;
}

class Boundary extends Component<Props & { t: Translate }, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message || error.name : String(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { t, view, onClose, note, className, extra } = this.props;
    return (
      <section className={`view-error${className ? ` ${className}` : ''}`} role="alert" data-view={view}>
        <h2>{t('app.viewError.title', { view })}</h2>
        <p>
          {t('app.viewError.reason')}
          {SPACE}
          <code dir="auto" className="view-error-detail">
            {error}
          </code>
        </p>
        <p>{note ?? t('app.viewError.rest', { view })}</p>
        <p className="view-error-actions">
          {!NOT_DOWNLOADED.test(error) && (
            <button type="button" className="header-button primary" onClick={() => this.setState({ error: null })}>
              {t('app.error.retry')}
            </button>
          )}
          {onClose && (
            <button type="button" className="header-button" onClick={onClose}>
              <Arrow to="back" /> {t('app.backToMap')}
            </button>
          )}
          <button
            type="button"
            className={`header-button${NOT_DOWNLOADED.test(error) ? ' primary' : ''}`}
            onClick={() => location.reload()}
          >
            {t('app.viewError.reload')}
          </button>
          {extra}
        </p>
      </section>
    );
  }
}

export function ViewBoundary(props: Props) {
  const t = useT();
  return <Boundary {...props} t={t} />;
}
