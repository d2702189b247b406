/** Keyboard shortcuts of the explorer (presentation mode has its own). */
import { useEffect } from 'react';
import { useStore } from '../store/store';
import { stepEvent, togglePlay } from '../timeline/playback';
import { dialogOpen, isTextEntry, readingStep } from '../ui/keys';

/**
 * The shortcuts the help dialog lists: the keys (`…keys`, with <kbd> tags) and what they do, from
 * the catalogue; each language writes its own keys (next and previous follow its reading direction).
 */
export const SHORTCUTS = [
  'core.keys.event',
  'core.keys.page',
  'core.keys.arrows',
  'core.keys.play',
  'core.keys.close',
  'core.keys.help',
  'core.keys.present',
  'core.keys.turn',
  'core.keys.ends',
  'core.keys.presenter',
  'core.keys.autoplay',
] as const;

/** "?" on an English layout, "؟" on an Arabic one: both are Shift and the slash key. */
const isHelpKey = (e: KeyboardEvent) => e.key === '?' || e.key === '؟' || (e.code === 'Slash' && e.shiftKey);

export function useShortcuts(onHelp: () => void): void {
  useEffect(
    function listenForShortcuts() {
      const onKey = (e: KeyboardEvent) => {
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target) || dialogOpen()) return;
        // Letters and brackets by the key's place (e.code), so they work on an Arabic layout too.
        const bracket = e.code === 'BracketLeft' || e.code === 'BracketRight' ? readingStep(e) : 0;
        if (bracket) stepEvent(bracket);
        else if (e.code === 'KeyK' && !e.shiftKey) togglePlay();
        else if (isHelpKey(e)) onHelp();
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
