// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { realModel } from '../test/fixture-model';
import { LanguageProvider } from '../words/i18n';
import en from '../words/messages/en/classroom.json';
import ar from '../words/messages/ar/classroom.json';
import { Handout, HandoutCopyChoice } from './Handout';
import { Presentation } from './Presentation';

const model = realModel();
const tour = model.tours[0];

beforeAll(() => {
  // jsdom has no layout: every step fits on one page.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(() => {
  useStore.getState().loaded(model);
  useStore.getState().goToStep(tour.id, tour.steps[0].id);
  useStore.setState({ teacherCopy: false });
});
afterEach(() => {
  act(() => useLanguage.getState().setLang('en'));
});

const shown = (el: Element | null) => Boolean(el) && !el!.closest('[hidden]');

describe('the built-in tour and what was later known', () => {
  it('every step of the built-in tour reveals a sourced note', () => {
    expect(tour.steps.length).toBe(14);
    for (const step of tour.steps) {
      const notes = model.eventById.get(step.event)?.properties.later ?? [];
      expect(step.later, step.id).toBe(true);
      expect(notes.length, step.id).toBeGreaterThan(0);
      for (const n of notes) expect(n.sources.length).toBeGreaterThan(0);
    }
  });

  it('the presentation reveals the notes on the press after the claims, then goes on', () => {
    useStore.getState().setPresent(true);
    const { container } = render(
      <LanguageProvider>
        <Presentation />
      </LanguageProvider>,
    );
    const later = () => container.querySelector('.presentation-later');
    expect(useStore.getState().pages).toBe(2);
    expect(shown(later())).toBe(false);
    expect(container.querySelector('.presentation-more')!.textContent).toContain(en['classroom.laterFollows']);
    act(() => useStore.getState().turn(1));
    expect(useStore.getState().view.step).toBe(tour.steps[0].id);
    expect(shown(later())).toBe(true);
    const region = screen.getByRole('region', { name: en['classroom.later.heading'] });
    // Apart from the claims, in the note's own language, with the day it became known and its outlets.
    expect(region.closest('.presentation-claim')).toBeNull();
    expect(region.querySelector('.later-known-note')!.getAttribute('lang')).toBe('en');
    expect(region.textContent).toMatch(/Known \d+ \w+ 20\d\d/);
    expect(region.textContent).toContain(model.eventById.get(tour.steps[0].event)!.properties.later[0].sources[0].outlet);
    act(() => useStore.getState().turn(1));
    expect(useStore.getState().view.step).toBe(tour.steps[1].id);
    expect(shown(later())).toBe(false);
    // Back from the next step lands on the end of this one: the notes shown.
    act(() => useStore.getState().turn(-1));
    expect(useStore.getState().view.step).toBe(tour.steps[0].id);
    expect(shown(later())).toBe(true);
    act(() => useStore.getState().setPresent(false));
  });

  it('speaks Arabic: the count, the controls and the heading come from the catalogue', () => {
    act(() => useLanguage.getState().setLang('ar'));
    useStore.getState().setPresent(true);
    render(
      <LanguageProvider>
        <Presentation />
      </LanguageProvider>,
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByText('الخطوة 1 من 14')).toBeTruthy();
    expect(screen.getByRole('button', { name: ar['classroom.next'] })).toBeTruthy();
    expect(screen.getByRole('button', { name: ar['classroom.presenterView'] })).toBeTruthy();
    act(() => useStore.getState().turn(1));
    expect(screen.getByRole('heading', { name: ar['classroom.later.heading'] })).toBeTruthy();
    act(() => useStore.getState().setPresent(false));
  });

  it("the students' handout leaves the notes out unless asked; the teacher's has them with full citations", () => {
    const { container } = render(
      <LanguageProvider>
        <HandoutCopyChoice />
        <Handout />
      </LanguageProvider>,
    );
    const notes = () => container.querySelectorAll('.handout-later-notes');
    expect(notes()).toHaveLength(0);
    const laterChoice = screen.getByRole('checkbox', { name: en['classroom.handout.laterChoice'] });
    act(() => laterChoice.click());
    expect(notes()).toHaveLength(14);
    expect(container.querySelectorAll('.handout-notes')).toHaveLength(0);
    act(() => laterChoice.click());
    expect(notes()).toHaveLength(0);
    act(() => screen.getByRole('checkbox', { name: en['classroom.handout.teacherCopyChoice'] }).click());
    expect(notes()).toHaveLength(14);
    expect(laterChoice).toHaveProperty('disabled', true);
    const first = within(notes()[0] as HTMLElement);
    const source = model.eventById.get(tour.steps[0].event)!.properties.later[0].sources[0];
    // outlet, title, date, address
    expect(first.getByText(source.outlet)).toBeTruthy();
    expect(first.getByText(`“${source.title}”`)).toBeTruthy();
    expect(first.getByText(source.url)).toBeTruthy();
  });
});
