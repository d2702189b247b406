import { describe, expect, it } from 'vitest';
import { nearestSheet, stepSheet, tapSheet } from './sheet';

describe('the bottom sheet on a phone', () => {
  it('ends a drag at the nearest height', () => {
    expect(nearestSheet(0.1)).toBe('peek');
    expect(nearestSheet(0.5)).toBe('half');
    expect(nearestSheet(0.8)).toBe('full');
    expect(nearestSheet(1.2)).toBe('full');
  });

  it('steps a height up or down with the keys, stopping at the ends', () => {
    expect(stepSheet('peek', 1)).toBe('half');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('peek', -1)).toBe('peek');
  });

  it('grows on a tap, and goes back to a peek from the top', () => {
    expect(tapSheet('peek')).toBe('half');
    expect(tapSheet('half')).toBe('full');
    expect(tapSheet('full')).toBe('peek');
  });
});
