// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Tour } from '../../geo/types';
import { embedSnippet, fullMapLink, shareLink, stepLink, studentTourLink, tourEmbedLink, viewEmbedLink } from './tour-links';

const tour: Tour = {
  id: 'my-1',
  title: 'Sieges',
  description: 'Two reports of one siege.',
  steps: [
    {
      id: 's1',
      event: null,
      claims: [],
      caption: 'Who was there?',
      notes: 'Secret: the answer is DEBKAfile.',
      to: '2014-09-01',
      later: false,
    },
    { id: 's2', event: 'e1', claims: ['c1'], caption: 'Who counted?', notes: 'Ask about the toll.', to: '2014-09-01', later: false },
  ],
};

/** The tour a link carries, decoded as anyone could. */
function carried(link: string): Tour {
  const code = /#share=([A-Za-z0-9_-]+)/.exec(link)![1];
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Tour;
}

describe('share links', () => {
  it('the students’ link carries no note at all, in the link itself', () => {
    const link = shareLink(tour, 'students');
    const inside = carried(link);
    expect(inside.steps.map((s) => s.notes)).toEqual(['', '']);
    expect(JSON.stringify(inside)).not.toMatch(/Secret|toll/);
    // Everything else a student needs is there.
    expect(inside.steps.map((s) => s.caption)).toEqual(['Who was there?', 'Who counted?']);
    expect(inside.description).toBe('Two reports of one siege.');
  });

  it('the teacher’s link carries every note', () => {
    expect(carried(shareLink(tour, 'teacher')).steps.map((s) => s.notes)).toEqual([
      'Secret: the answer is DEBKAfile.',
      'Ask about the toll.',
    ]);
  });

  it('a step link follows its audience; a built-in tour is named, never carried', () => {
    expect(carried(stepLink(tour, 's2', false, 'students')).steps[1].notes).toBe('');
    expect(stepLink(tour, 's2', false, 'teacher')).toMatch(/&step=s2&present=1$/);
    expect(stepLink(tour, 's2', true, 'teacher')).toMatch(/#tour=my-1&step=s2&present=1$/);
    expect(studentTourLink(tour, true)).toMatch(/#tab=tours&tour=my-1$/);
    expect(studentTourLink(tour, true)).not.toContain('share=');
    expect(carried(studentTourLink(tour, false)).steps[0].notes).toBe('');
  });
});

describe('embedding', () => {
  it('a tour embeds compact, by name or (one’s own) with its students’ link', () => {
    expect(tourEmbedLink(tour, true)).toMatch(/#tour=my-1&embed=1$/);
    const own = tourEmbedLink(tour, false);
    expect(own).toMatch(/&embed=1$/);
    expect(carried(own).steps[0].notes).toBe('');
  });

  it('a view embeds as it is, compact', () => {
    expect(viewEmbedLink('#e=raqqa-strike&t=2014-09-01')).toMatch(/#e=raqqa-strike&t=2014-09-01&embed=1$/);
    expect(viewEmbedLink('')).toMatch(/#embed=1$/);
  });

  it('the full map is the same link without embed=1', () => {
    expect(fullMapLink('http://school.example/map/#tour=t&embed=1')).toBe('http://school.example/map/#tour=t');
    expect(fullMapLink('http://school.example/#embed=1&e=x')).toBe('http://school.example/#e=x');
    expect(fullMapLink('http://school.example/#a=1&embed=1&b=2')).toBe('http://school.example/#a=1&b=2');
    expect(fullMapLink('http://school.example/#embed=1')).toBe('http://school.example/');
  });

  it('the snippet is an iframe whose address and title are escaped', () => {
    const html = embedSnippet('http://x.example/#a=1&embed=1', 'Tom & "Jerry" <b>');
    expect(html).toBe(
      '<iframe src="http://x.example/#a=1&amp;embed=1" title="Tom &amp; &quot;Jerry&quot; &lt;b>" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
});
