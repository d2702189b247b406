import { afterEach, describe, expect, it } from 'vitest';
import { words } from '../words/message';
import { DataError, fetchBytes, MAX_JSON_BYTES, TIMEOUTS } from './map-shape';

const said = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return words((error as DataError).words);
};

const saved = { ...TIMEOUTS };
afterEach(() => Object.assign(TIMEOUTS, saved));

describe('loading a data file that does not come', () => {
  it('says the server does not answer when no answer comes in time', async () => {
    TIMEOUTS.answer = 50;
    const never: typeof fetch = () => new Promise(() => {});
    expect(await said(fetchBytes('map.json', never))).toMatch(/map\.json\) could not be fetched: the server does not answer/);
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
    expect(await said(fetchBytes('map.json', half))).toMatch(/stopped arriving at 50%/);
  });

  it('reads a whole answer, reporting progress', async () => {
    const seen: number[] = [];
    const whole: typeof fetch = async () => new Response(new Uint8Array(10), { headers: { 'content-length': '10' } });
    expect((await fetchBytes('map.json', whole, (f) => seen.push(f))).length).toBe(10);
    expect(seen.at(-1)).toBe(1);
  });

  it('says at once when a map is larger than a browser can read as JSON (a million events), with the limit', async () => {
    let pulled = 0;
    const huge: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(16));
          },
        }),
        { headers: { 'content-length': String(600 * 1_000_000) } },
      );
    const text = await said(fetchBytes('map.json', huge));
    expect(text).toMatch(
      /map\.json\) is too large to open: 572 MB, and a browser reads a JSON file of at most 511 MB \(about 900,000 events/,
    );
    expect(text).toMatch(/Split it into smaller maps/);
    // Refused from its announced size, before downloading it.
    expect(pulled).toBeLessThanOrEqual(1);
    expect(MAX_JSON_BYTES).toBe(536_870_888);
  });
});
