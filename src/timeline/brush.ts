/**
 * Dragging across the timeline's strip selects a period (a brush); releasing zooms to it. A short
 * press is left alone, so a click on an event's mark still selects the event.
 */
import { useState, type PointerEvent } from 'react';

const MIN_PX = 6;

export function useBrush(onBrush: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ x0: number; x1: number; left: number; width: number; rtl: boolean } | null>(null);
  // The share of the strip from its start: its left edge, or its right edge in a right-to-left page.
  const share = (x: number, d: { left: number; width: number; rtl: boolean }) => {
    const s = Math.min(1, Math.max(0, (x - d.left) / d.width));
    return d.rtl ? 1 - s : s;
  };
  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      const box = e.currentTarget.getBoundingClientRect();
      const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
      setDrag({ x0: e.clientX, x1: e.clientX, left: box.left, width: box.width, rtl });
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      if (Math.abs(e.clientX - drag.x0) >= MIN_PX && !e.currentTarget.hasPointerCapture(e.pointerId))
        e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ ...drag, x1: e.clientX });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      setDrag(null);
      if (Math.abs(e.clientX - drag.x0) < MIN_PX) return;
      const [a, b] = [share(drag.x0, drag), share(e.clientX, drag)].sort((x, y) => x - y);
      onBrush(a, b);
    },
    onPointerCancel: () => setDrag(null),
  };
  const box =
    drag && Math.abs(drag.x1 - drag.x0) >= MIN_PX
      ? ([share(drag.x0, drag), share(drag.x1, drag)].sort((x, y) => x - y) as [number, number])
      : null;
  return { handlers, box };
}
