import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readYaml } from './yaml-file.ts';
import type { Problem } from '../core/model/problems.ts';

const GEO = new URL('../', import.meta.url).pathname;
const files = readdirSync(new URL('../tours/', import.meta.url)).filter((f) => f.endsWith('.yaml'));

interface Step {
  id: string;
  event?: string | null;
  caption: string;
  notes: string;
}

describe('the built-in tours, as a student handout prints them', () => {
  it.each(files)('%s asks a question at every step about an event, and keeps the answer in the notes', (file) => {
    const problems: Problem[] = [];
    const tour = readYaml(GEO, `tours/${file}`, problems)?.data as { steps: Step[] };
    expect(problems).toEqual([]);
    const steps = tour.steps.filter((s) => s.event);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      expect(s.caption.trim(), `step ${s.id}`).toMatch(/\?$/);
      expect(s.notes, `step ${s.id}`).toMatch(/Answer: /);
    }
  });
});
