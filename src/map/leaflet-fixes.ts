/**
 * One guard around Leaflet 1.9: a canvas renderer whose map was just removed (the page switched
 * maps while a layer of the old one was being redrawn) may still run a redraw it had requested,
 * after its drawing context is gone — a TypeError ("reading 'clearRect'") with nothing left to draw.
 * The redraw is skipped when there is no context.
 */
import L from 'leaflet';

type CanvasInternals = { _ctx?: CanvasRenderingContext2D; _redraw(): void; _redrawRequest: number | null };
const canvas = L.Canvas.prototype as unknown as CanvasInternals;
const redraw = canvas._redraw;
canvas._redraw = function (this: CanvasInternals) {
  if (this._ctx) redraw.call(this);
  else this._redrawRequest = null;
};
