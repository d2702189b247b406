/**
 * The handle of the phone's bottom sheet: drag it to any height (it settles on peek, half or
 * full), tap it for the next height, or focus it and use the arrow keys, Home and End. It is the
 * window-splitter pattern (a focusable separator with a value), hidden above a phone's width.
 */
import { useRef } from 'react';
import { useT } from '../words/i18n';
import { nearestSheet, SHEET_SHARE, stepSheet, tapSheet, type Sheet } from './sheet';

/** How far a finger moves before a press is a drag, not a tap. */
const DRAG_PX = 6;

export function SheetHandle({ sheet, onChange }: { sheet: Sheet; onChange: (sheet: Sheet) => void }) {
  const t = useT();
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const space = (el: HTMLElement) => el.closest<HTMLElement>('.app-main');
  const setDrag = (el: HTMLElement, height: number | null) => {
    const main = space(el);
    const panel = el.closest<HTMLElement>('.panel');
    if (!main || !panel) return;
    if (height === null) {
      delete panel.dataset.dragging;
      main.style.removeProperty('--sheet-drag');
    } else {
      panel.dataset.dragging = '';
      main.style.setProperty('--sheet-drag', `${Math.round(height)}px`);
    }
  };
  return (
    <div
      className="sheet-handle"
      role="separator"
      aria-orientation="horizontal"
      tabIndex={0}
      aria-label={t('core.sheet.label')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(SHEET_SHARE[sheet] * 100)}
      aria-valuetext={t('core.sheet.height', { sheet })}
      title={t('core.sheet.title')}
      onPointerDown={(e) => {
        const panel = e.currentTarget.closest<HTMLElement>('.panel');
        if (!panel) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { y: e.clientY, height: panel.getBoundingClientRect().height, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        const dy = d.y - e.clientY;
        if (Math.abs(dy) > DRAG_PX) d.moved = true;
        if (d.moved) setDrag(e.currentTarget, Math.max(48, d.height + dy));
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = null;
        if (!d) return;
        const main = space(e.currentTarget);
        if (!d.moved || !main) return onChange(tapSheet(sheet));
        const share = (d.height + d.y - e.clientY) / main.clientHeight;
        setDrag(e.currentTarget, null);
        onChange(nearestSheet(share));
      }}
      onPointerCancel={(e) => {
        drag.current = null;
        setDrag(e.currentTarget, null);
      }}
      onKeyDown={(e) => {
        const next: Sheet | null =
          e.key === 'ArrowUp' || e.key === 'PageUp'
            ? stepSheet(sheet, 1)
            : e.key === 'ArrowDown' || e.key === 'PageDown'
              ? stepSheet(sheet, -1)
              : e.key === 'Home'
                ? 'peek'
                : e.key === 'End'
                  ? 'full'
                  : e.key === 'Enter' || e.key === ' '
                    ? tapSheet(sheet)
                    : null;
        if (!next) return;
        e.preventDefault();
        onChange(next);
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </div>
  );
}
