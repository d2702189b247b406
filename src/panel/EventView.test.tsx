// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../data/model';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { realModel } from '../test/fixture-model';
import { LanguageProvider } from '../words/i18n';
import ar from '../words/messages/ar/panel.json';
import { EventView } from './EventView';
import { ReportView } from './ReportView';

const model = realModel();
const EVENT = 'iran-drone-flights-iraq';

function open(id: string) {
  useStore.getState().loaded(model);
  useStore.getState().selectEvent(id);
  const visible = model.events;
  return render(<EventView visible={visible} />, { wrapper: LanguageProvider });
}

describe('EventView: later known', () => {
  beforeEach(() => useLanguage.setState({ lang: 'en' }));
  afterEach(() => useLanguage.setState({ lang: 'en' }));

  it('shows what was later known below the claims, apart from them: its own heading, no stance, no chain', () => {
    const { container } = open(EVENT);
    const notes = model.eventById.get(EVENT)!.properties.later;
    expect(notes.length).toBeGreaterThan(0);
    const block = screen.getByRole('region', { name: 'Later known' });
    expect(within(block).getByRole('heading', { name: 'Later known' })).toBeInTheDocument();
    // After every claim, and never one of them.
    const claims = container.querySelectorAll('.claim-card');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[claims.length - 1].compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(block.closest('.claim-card, .claims-of-report')).toBeNull();
    expect(block.querySelector('.stance, .chain, .claim-card, blockquote')).toBeNull();
    // The note is English data, marked so; when it became known; its sources as links.
    const text = block.querySelector('.later-text')!;
    expect(text).toHaveAttribute('lang', 'en');
    expect(text.textContent).toBe(notes[0].note);
    expect(block).toHaveTextContent('known from 10 March 2015');
    const links = within(block).getAllByRole('link');
    expect(links).toHaveLength(notes.reduce((n, note) => n + note.sources.length, 0));
    const source = notes[0].sources[0];
    expect(links[0]).toHaveAttribute('href', source.url);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links[0]).toHaveTextContent(`${source.outlet}, ${source.title}, 10 March 2015`);
  });

  it('shows nothing of the kind for an event with no note', () => {
    const quiet = model.events.find((e) => e.properties.later.length === 0)!;
    open(quiet.id);
    expect(screen.queryByRole('region', { name: 'Later known' })).toBeNull();
  });

  it('in Arabic: the heading and labels from the catalogue, the map’s own words in its Arabic, the sources as they are, the dates in Arabic', () => {
    useLanguage.setState({ lang: 'ar' });
    const { container } = open(EVENT);
    const event = model.eventById.get(EVENT)!.properties;
    // The event's title and summary, and the later-known note: the map's Arabic, marked as Arabic.
    const title = screen.getByRole('heading', { level: 2, name: event.translations!.ar!.title });
    expect(title.querySelector('[lang="ar"]')).toHaveTextContent('طائرات استطلاع إيرانية مسيّرة فوق العراق');
    expect(container.querySelector('.event-summary')).toHaveAttribute('lang', 'ar');
    const block = screen.getByRole('region', { name: ar['panel.later.title'] });
    expect(block).toHaveTextContent('عُرف منذ 10 مارس 2015');
    expect(block.querySelector('.later-text')).toHaveAttribute('lang', 'ar');
    expect(block.querySelector('.later-text')).toHaveTextContent(event.later[0].translations!.ar!.note!);
    // A source's title is what the source is called: English, marked so.
    expect(block.querySelector('cite')).toHaveTextContent(event.later[0].sources[0].title);
    expect(within(block).getAllByRole('link')[0]).toHaveTextContent(/، 10 مارس 2015/);
    // The interface's own words are Arabic: the navigation and the claim's button.
    expect(screen.getByRole('navigation', { name: ar['panel.nav.label'] })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: ar['panel.claim.showInReport'] }).length).toBeGreaterThan(0);
    expect(container.querySelector('.claim-quote')).toHaveAttribute('dir', 'auto');
  });
});

describe('ReportView: a report in any script', () => {
  afterEach(() => useLanguage.setState({ lang: 'en' }));

  /** The model with report r003's text in Arabic (and its claims set aside: their offsets are the English text's). */
  function withArabicReport(): Model {
    const report = model.reportById.get('r003')!;
    const text = 'قالت مصادر عراقية إن القوات دخلت تكريت، بحسب ما نقلت وكالة Reuters عن مسؤولين.';
    return {
      ...model,
      reportById: new Map(model.reportById).set('r003', { ...report, text, notClaims: [] }),
      claimsByReport: new Map(model.claimsByReport).set('r003', []),
    };
  }

  it('an Arabic report reads right to left in the English interface, an English one left to right in the Arabic', () => {
    useStore.getState().loaded(withArabicReport());
    useStore.getState().openReport('r003');
    const first = render(<ReportView />, { wrapper: LanguageProvider });
    expect(first.container.querySelector('.report-text')).toHaveAttribute('dir', 'rtl');
    first.unmount();

    useLanguage.setState({ lang: 'ar' });
    useStore.getState().loaded(model);
    useStore.getState().openReport('r003');
    const { container } = render(<ReportView />, { wrapper: LanguageProvider });
    expect(container.querySelector('.report-text')).toHaveAttribute('dir', 'ltr');
    // The labels in the text speak the interface's language, in its direction.
    const badge = container.querySelector('.claim-badge')!;
    expect(badge).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText(ar['panel.report.showLabels'])).toBeInTheDocument();
  });
});
