import { describe, expect, it } from 'vitest';
import { pageOfStep } from './later';

describe('a step that reveals what was later known', () => {
  it('reveals after the last page of its claims', () => {
    expect(pageOfStep(0, 2, true)).toEqual({ claimPages: 1, claimPage: 0, revealed: false });
    expect(pageOfStep(1, 2, true)).toEqual({ claimPages: 1, claimPage: 0, revealed: true });
    expect(pageOfStep(1, 3, true)).toEqual({ claimPages: 2, claimPage: 1, revealed: false });
    expect(pageOfStep(2, 3, true)).toEqual({ claimPages: 2, claimPage: 1, revealed: true });
  });

  it('a step without notes has only its claims’ pages', () => {
    expect(pageOfStep(1, 2, false)).toEqual({ claimPages: 2, claimPage: 1, revealed: false });
  });
});
