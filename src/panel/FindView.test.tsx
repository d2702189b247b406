// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/store';
import { LanguageProvider } from '../words/i18n';
import { realModel } from '../test/fixture-model';
import { FindView } from './FindView';
import { ReportView } from './ReportView';

const model = realModel();

describe('FindView', () => {
  beforeEach(() => {
    useStore.getState().loaded(model);
    useStore.getState().setFind({ query: '', voice: null, at: null });
  });

  it('lists every voice with its claims, and opens one voice’s claims', async () => {
    render(<FindView />, { wrapper: LanguageProvider });
    const kerry = screen.getByRole('button', { name: /^John Kerry/ });
    expect(kerry).toHaveTextContent('2 claims');
    await userEvent.click(kerry);
    expect(screen.getByRole('heading', { name: 'John Kerry' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('marks the words found, and a result opens its claim', async () => {
    render(<FindView />, { wrapper: LanguageProvider });
    await userEvent.type(screen.getByRole('searchbox'), 'drones');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(/claims match “drones”/);
    const first = screen.getAllByRole('listitem')[0];
    expect(first.querySelector('mark.find-match')).toHaveTextContent(/drones/i);
    await userEvent.click(within(first).getByRole('button', { name: /Show in report/ }));
    expect(useStore.getState().view.tab).toBe('report');
    expect(useStore.getState().view.claim).not.toBeNull();
  });

  it('the report marks the words searched and still shows its text character for character', () => {
    useStore.getState().setFind({ query: 'drones' });
    const report = model.reports.find((r) => r.text.includes('drones'))!;
    useStore.getState().openReport(report.id);
    const { container } = render(<ReportView />, { wrapper: LanguageProvider });
    const text = container.querySelector('.report-text')!;
    expect(text.querySelectorAll('mark.find-match').length).toBeGreaterThan(0);
    const clone = text.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.claim-badge').forEach((b) => b.remove());
    expect(clone.textContent).toBe(report.text);
  });
});
