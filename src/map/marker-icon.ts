/**
 * Marker icons: built once per place (name, precision, label side), then updated in
 * place (count, state, accessible name) so a focused marker keeps focus as time moves.
 */
import { t } from '../words/i18n';
import L from 'leaflet';
import type { Precision } from '../../geo/types';
import type { LabelSide } from '../ui/label-layout';
import { textWidth } from '../ui/text-width';

export const RADIUS: Record<Precision, number> = { site: 7, city: 9, district: 11, province: 13, country: 15 };

/** What the map writes next to a marker; the accessible name starts with the same words. */
export function labelText(name: string, group: number): string {
  return group > 1 ? `${name} +${group - 1}` : name;
}

/** "3 events", "2 events shown of 5, selected": the part of a marker's accessible name after its place. */
export function markerEvents(count: number, total: number, selected: boolean): string {
  return t('map.marker.events', { count, total, partial: count < total ? 'yes' : 'no', selected: selected ? 'yes' : 'no' });
}

/** `onCanvas`: the circle is drawn on the events canvas; the marker carries the name and the focus. */
export function placeIcon(name: string, precision: Precision, side: LabelSide | null, group: number, onCanvas = false): L.DivIcon {
  const root = document.createElement('div');
  root.className = `place-marker precision-${precision}${group > 1 ? ' is-group' : ''}${onCanvas ? ' on-canvas' : ''}`;
  // The map is never mirrored: a label's side (chosen on the map, in screen terms) is physical
  // in either reading direction, and the name inside it runs in its own script's direction.
  root.dir = 'ltr';
  const symbol = document.createElement('span');
  symbol.className = 'place-symbol';
  symbol.setAttribute('aria-hidden', 'true');
  const count = document.createElement('span');
  count.className = 'place-count';
  count.setAttribute('aria-hidden', 'true');
  symbol.append(count);
  root.append(symbol);
  if (side) {
    const label = document.createElement('span');
    label.className = `place-label label-${side}`;
    label.textContent = labelText(name, group);
    // Not dir="auto": a right-to-left label would resolve its inset (its side) mirrored.
    label.style.unicodeBidi = 'plaintext';
    root.append(label);
  }
  const r = RADIUS[precision];
  return L.divIcon({ className: 'place-icon', html: root, iconSize: [r * 2, r * 2], iconAnchor: [r, r] });
}

export interface MarkerState {
  count: number;
  total: number;
  selected: boolean;
  hovered: boolean;
  label: string;
}

export function updateMarker(element: HTMLElement | undefined, s: MarkerState): void {
  if (!element) return;
  // Written only when different: an attribute set to the same value still costs a style check.
  if (element.getAttribute('aria-label') !== s.label) element.setAttribute('aria-label', s.label);
  if (element.getAttribute('role') !== 'button') element.setAttribute('role', 'button');
  element.classList.toggle('is-empty', s.count === 0);
  element.classList.toggle('is-selected', s.selected);
  element.classList.toggle('is-hovered', s.hovered);
  // Drawn from an attribute (CSS generated content), so the badge is not part of the
  // marker's text: its accessible name says the count in words.
  const count = element.querySelector<HTMLElement>('.place-count');
  const badge = s.count > 1 ? String(s.count) : '';
  if (count && count.dataset.count !== badge) count.dataset.count = badge;
}

const LABEL_FONT = '600 13px system-ui, sans-serif';

/** Label width in pixels, measured with the label's own font. */
export function measureLabel(text: string): number {
  const width = textWidth(text, LABEL_FONT);
  return width === null ? text.length * 7.5 : Math.ceil(width) + 8;
}
