/** Keyboard shortcuts of the explorer (presentation mode has its own). */
import { useEffect } from 'react';
import { useStore } from '../store/store';
import { stepEvent, togglePlay } from '../timeline/playback';
import { dialogOpen, isTextEntry } from '../ui/keys';

export const SHORTCUTS: [string, string][] = [
  ['[ and ]', 'Previous and next event in time'],
  ['Page Up / Page Down on the slider', 'Previous and next event'],
  ['Arrow keys on the slider', 'One day earlier or later'],
  ['k', 'Play or pause'],
  ['Esc', 'Close the selected event'],
  ['?', 'Show these shortcuts'],
  ['P', 'Present the tour (Esc leaves)'],
  ['→ ← Page Down/Up Space', 'In a presentation: next and previous page of a step, then step'],
  ['Home / End', 'In a presentation: first and last step'],
  ['N', 'In a presentation: the presenter view (notes, next step, time) in a second window'],
  ['A', 'In a presentation: autoplay (any key or click pauses)'],
];

export function useShortcuts(onHelp: () => void): void {
  useEffect(
    function listenForShortcuts() {
      const onKey = (e: KeyboardEvent) => {
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target) || dialogOpen()) return;
        if (e.key === '[') stepEvent(-1);
        else if (e.key === ']') stepEvent(1);
        else if (e.key === 'k') togglePlay();
        else if (e.key === '?') onHelp();
        else if (e.key === 'Escape' && useStore.getState().view.event) useStore.getState().selectEvent(null);
        else return;
        e.preventDefault();
      };
      window.addEventListener('keydown', onKey);
      return function stopListening() {
        window.removeEventListener('keydown', onKey);
      };
    },
    [onHelp],
  );
}
