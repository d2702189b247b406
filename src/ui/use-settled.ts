/**
 * A value that follows another once it has stopped changing for `ms`: the panel's lists follow
 * the time slider this way, so dragging or playing moves the map and the timeline at full speed
 * and the lists are rebuilt once, when the reader stops.
 */
import { useEffect, useState } from 'react';

export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleAfterQuiet() {
      if (Object.is(value, settled)) return;
      const timer = window.setTimeout(() => setSettled(value), ms);
      return function keepWaiting() {
        window.clearTimeout(timer);
      };
    },
    [value, settled, ms],
  );
  return settled;
}
