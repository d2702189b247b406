/**
 * A QR code that opens the tour on students' phones (the students' link: no notes), on the tour's
 * title slide and on the handout's header. The QR library loads when a code is first drawn, never
 * with the first visit; the code is drawn as SVG (no script, nothing fetched: it works offline and
 * under the page's strict CSP). From an address phones cannot reach (a file on this computer,
 * localhost), a sentence says why there is no code.
 */
import { useEffect, useState } from 'react';
import type { Tour } from '../../geo/types';
import { studentTourLink } from '../data/tour-links';
import { useStore } from '../store/store';
import { useT } from '../words/i18n';
import { phonesCannotReach } from './reach';
import './tour-code.css';

/** The code's dark modules as one SVG path, and its size in modules; 'tooLong' when the link fits no code. */
type Drawn = { size: number; path: string } | 'tooLong';

async function draw(link: string): Promise<Drawn> {
  const { default: qrcode } = await import('qrcode-generator');
  // Medium error correction reads well off a projector; a long link falls back to low.
  for (const level of ['M', 'L'] as const) {
    try {
      const code = qrcode(0, level);
      code.addData(link, 'Byte');
      code.make();
      const size = code.getModuleCount();
      let path = '';
      for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (code.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
      return { size, path };
    } catch {
      // Too long for this level: try the next.
    }
  }
  return 'tooLong';
}

export function TourCode({ tour, className }: { tour: Tour; className: string }) {
  const t = useT();
  const builtIn = useStore((s) => Boolean(s.model?.tours.some((x) => x.id === tour.id)));
  const link = studentTourLink(tour, builtIn);
  const why = phonesCannotReach(location);
  const [drawn, setDrawn] = useState<{ link: string; drawn: Drawn } | null>(null);
  useEffect(
    function drawTheCode() {
      if (why) return;
      let live = true;
      void draw(link).then((d) => live && setDrawn({ link, drawn: d }));
      return () => {
        live = false;
      };
    },
    [link, why],
  );
  if (why)
    return (
      <p className={`tour-code-none ${className}`} role="note">
        {why === 'file' ? t('classroom.code.file') : t('classroom.code.loopback', { host: location.host })}
      </p>
    );
  const code = drawn?.link === link ? drawn.drawn : null;
  if (code === 'tooLong')
    return (
      <p className={`tour-code-none ${className}`} role="note">
        {t('classroom.code.tooLong')}
      </p>
    );
  return (
    <figure className={`tour-code ${className}`}>
      {/* The box keeps its size while the code is drawn, so that nothing around it moves. */}
      <svg
        className="tour-code-svg"
        role="img"
        aria-label={t('classroom.code.label', { link })}
        viewBox={code ? `-4 -4 ${code.size + 8} ${code.size + 8}` : '0 0 1 1'}
        aria-busy={code ? undefined : true}
      >
        {code && (
          <>
            <rect x={-4} y={-4} width={code.size + 8} height={code.size + 8} className="tour-code-paper" />
            <path d={code.path} className="tour-code-ink" />
          </>
        )}
      </svg>
      <figcaption>{t('classroom.code.scan')}</figcaption>
    </figure>
  );
}
