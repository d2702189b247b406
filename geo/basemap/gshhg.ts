/**
 * Rivers and lakes from GSHHG/WDBII through Debian's `gmt` (packages gmt, gmt-gshhg-high).
 * `gmt coast -M` dumps lines cut at its internal bin edges and carries no names, so the
 * pieces are joined end to end here before clipping and naming.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';
import type { Box } from './clip.ts';

function gmt(args: string[]): string {
  // gmt writes a gmt.history file into its working folder: give it a throwaway one.
  const dir = mkdtempSync(join(tmpdir(), 'gmt-'));
  try {
    return execFileSync('gmt', args, { cwd: dir, env: { ...process.env, GMT_TMPDIR: dir }, maxBuffer: 1 << 28 }).toString();
  } catch (error) {
    throw new Error(`gmt failed (${String(error)}). Install it with: apt-get install -y gmt gmt-gshhg-high`, { cause: error });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseSegments(dump: string, level?: number): Position[][] {
  const segments: Position[][] = [];
  let current: Position[] | null = null;
  for (const line of dump.split('\n')) {
    if (line.startsWith('>')) {
      const match = /Level (\d+)/.exec(line);
      current = level === undefined || (match && Number(match[1]) === level) ? [] : null;
      if (current) segments.push(current);
    } else if (current && line.trim()) {
      const [lng, lat] = line.trim().split(/\s+/).map(Number);
      current.push([lng, lat]);
    }
  }
  return segments.filter((s) => s.length >= 2);
}

const key = (p: Position) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

/** Joins pieces that share end points into the longest chains possible. */
export function joinSegments(segments: Position[][]): Position[][] {
  const pool = segments.map((s) => [...s]);
  const done: Position[][] = [];
  while (pool.length > 0) {
    let chain = pool.pop()!;
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < pool.length; i++) {
        const s = pool[i];
        const [head, tail] = [key(chain[0]), key(chain[chain.length - 1])];
        if (key(s[0]) === tail) chain = chain.concat(s.slice(1));
        else if (key(s[s.length - 1]) === tail) chain = chain.concat([...s].reverse().slice(1));
        else if (key(s[s.length - 1]) === head) chain = s.concat(chain.slice(1));
        else if (key(s[0]) === head) chain = [...s].reverse().concat(chain.slice(1));
        else continue;
        pool.splice(i, 1);
        grew = true;
        break;
      }
    }
    done.push(chain);
  }
  return done;
}

const region = (box: Box) => `-R${box[0]}/${box[2]}/${box[1]}/${box[3]}`;

/** GSHHG's resolutions: high for the detail region, low for the world. */
type Resolution = 'h' | 'i' | 'l';

/**
 * Permanent major rivers. The region takes WDBII levels 0 and 1 (level 1 alone leaves a gap at
 * Baghdad); the world takes level 1 only.
 */
export function rivers(box: Box, resolution: Resolution = 'h', levels = ['-I0', '-I1']): Position[][] {
  return joinSegments(parseSegments(gmt(['coast', region(box), ...levels, '-M', `-D${resolution}`])));
}

/** Lake shorelines (GSHHG level 2), joined into closed rings. */
export function lakes(box: Box, minArea: number, resolution: Resolution = 'h'): Position[][] {
  const rings = joinSegments(parseSegments(gmt(['coast', region(box), '-W2', '-M', `-D${resolution}`]), 2));
  return rings.filter((ring) => key(ring[0]) === key(ring[ring.length - 1]) && ringArea(ring) >= minArea);
}

/** Planar shoelace area in square degrees (unsigned): enough to rank polygons and drop specks. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum / 2);
}
