// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/store';
import { LanguageProvider } from '../words/i18n';
import { realModel } from '../test/fixture-model';
import { ReportView } from './ReportView';

const model = realModel();

describe('ReportView', () => {
  beforeEach(() => {
    useStore.getState().loaded(model);
    useStore.getState().openReport('r003');
  });

  it('shows the whole text, character for character, with the labels set apart', () => {
    const { container } = render(<ReportView />, { wrapper: LanguageProvider });
    const text = container.querySelector('.report-text')!;
    const clone = text.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.claim-badge').forEach((b) => b.remove());
    expect(clone.textContent).toBe(model.reportById.get('r003')!.text);
  });

  it('labels every claim with its chain, and selects the claim’s event on click', async () => {
    const { container } = render(<ReportView />, { wrapper: LanguageProvider });
    // Within the text, and without jsdom's slow check of each button's style (none is hidden).
    const badges = within(container.querySelector<HTMLElement>('.report-text')!).getAllByRole('button', {
      name: /, claim: /,
      hidden: true,
    });
    expect(badges).toHaveLength(model.claimsByReport.get('r003')!.length);
    await userEvent.click(badges[1]);
    const claim = model.claimsByReport.get('r003')![1];
    expect(useStore.getState().view.event).toBe(model.claimById.get(claim.id)!.event.id);
    expect(useStore.getState().view.claim).toBe(claim.id);
    // Three renders of a long report (hover, focus, select): slow on a machine shared by many runs.
  }, 20_000);

  it('shows each fact about the report with its status', () => {
    render(<ReportView />, { wrapper: LanguageProvider });
    const meta = screen.getByRole('article');
    expect(within(meta).getAllByText('inferred').length).toBeGreaterThan(0);
    expect(within(meta).getByRole('link')).toHaveAttribute('href', model.reportById.get('r003')!.url.value);
  });
});
