// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../store/language';
import { LanguageProvider } from '../words/i18n';
import { ViewBoundary } from './ViewBoundary';

const PANEL_TEXT = "the panel's text";
const MAP_TEXT = 'the map';
let broken = true;
function Fragile() {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'affiliation')");
  return <p>{PANEL_TEXT}</p>;
}

function page(resetKey: unknown = 1) {
  return (
    <LanguageProvider>
      <ViewBoundary view="panel" resetKey={resetKey}>
        <Fragile />
      </ViewBoundary>
      <p>{MAP_TEXT}</p>
    </LanguageProvider>
  );
}

describe('ViewBoundary: one failed view, the rest of the page working', () => {
  afterEach(() => {
    broken = true;
    act(() => useLanguage.setState({ lang: 'en' }));
    vi.restoreAllMocks();
  });

  it('names the view and the reason, keeps its neighbours, and tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(page());
    expect(screen.getByRole('alert').textContent).toContain('The panel could not be shown');
    expect(screen.getByRole('alert').textContent).toContain("reading 'affiliation'");
    expect(screen.getByText('the map')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText("the panel's text")).toBeTruthy();
  });

  it('clears the failure when what it showed changes (another map)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(page(1));
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(page(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Arabic in an Arabic page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => useLanguage.setState({ lang: 'ar' }));
    render(page());
    expect(screen.getByRole('alert').textContent).toContain('تعذّر عرض اللوحة');
  });
});
