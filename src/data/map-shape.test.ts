import { afterEach, describe, expect, it } from 'vitest';
import { fetchBytes, TIMEOUTS } from './map-shape';

const saved = { ...TIMEOUTS };
afterEach(() => Object.assign(TIMEOUTS, saved));

describe('loading a data file that does not come', () => {
  it('says the server does not answer when no answer comes in time', async () => {
    TIMEOUTS.answer = 50;
    const never: typeof fetch = () => new Promise(() => {});
    await expect(fetchBytes('map.json', never)).rejects.toThrow(/map\.json\) could not be fetched: the server does not answer/);
  });

  it('says how much had arrived when the data stops arriving', async () => {
    TIMEOUTS.stall = 50;
    const half: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array(500));
            // …and nothing more, ever.
          },
        }),
        { headers: { 'content-length': '1000' } },
      );
    await expect(fetchBytes('map.json', half)).rejects.toThrow(/stopped arriving at 50 %/);
  });

  it('reads a whole answer, reporting progress', async () => {
    const seen: number[] = [];
    const whole: typeof fetch = async () => new Response(new Uint8Array(10), { headers: { 'content-length': '10' } });
    expect((await fetchBytes('map.json', whole, (f) => seen.push(f))).length).toBe(10);
    expect(seen.at(-1)).toBe(1);
  });
});
