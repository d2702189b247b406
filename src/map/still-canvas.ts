/**
 * A Leaflet canvas renderer for what does not change between moves of the map (the basemap): once
 * drawn, its picture is shown as an image and the canvas, still in its place, is hidden.
 *
 * Why: a canvas on the page is a layer of its own that Chromium, rendering in software, copies at
 * every frame the page changes, drawn or not — two basemap canvases cost each slider step about
 * 1.4 ms of main-thread work (docs/bench-browser.txt). An image costs nothing once drawn.
 * The canvas is shown again at each redraw (a move's end, a zoom) until the new picture is ready,
 * so what the reader sees is never stale; during a zoom the image follows the canvas's transform.
 * Only for layers that take no pointer events (the hidden canvas gets none).
 */
import L from 'leaflet';

/** Leaflet's renderer internals this one hooks into (Leaflet 1.9). */
interface CanvasInternals {
  _container: HTMLCanvasElement;
  _redraw(): void;
  _update(): void;
  _updateTransform(center: L.LatLng, zoom: number): void;
  _destroyContainer(): void;
}
const base = L.Canvas.prototype as unknown as CanvasInternals;

export class StillCanvas extends L.Canvas {
  private picture: HTMLImageElement | null = null;
  private url: string | null = null;
  /** Counts redraws, so a picture of an older drawing is never shown. */
  private drawing = 0;

  private get canvas(): HTMLCanvasElement | undefined {
    return (this as unknown as CanvasInternals)._container;
  }

  /** The canvas shown, the picture hidden: while a new picture is made. */
  private showCanvas(): void {
    if (this.canvas) this.canvas.style.visibility = '';
    if (this.picture) this.picture.hidden = true;
  }

  private follow(): void {
    const canvas = this.canvas;
    if (!canvas || !this.picture) return;
    this.picture.style.transform = canvas.style.transform;
    this.picture.style.width = canvas.style.width;
    this.picture.style.height = canvas.style.height;
  }

  /** The canvas's picture, as an image in its place, once encoded and decoded (off the step's path). */
  private takePicture(): void {
    const canvas = this.canvas;
    if (!canvas || typeof canvas.toBlob !== 'function' || !canvas.width || !canvas.height) return;
    const drawing = ++this.drawing;
    canvas.toBlob((blob) => {
      if (!blob || drawing !== this.drawing || !this.canvas) return;
      const url = URL.createObjectURL(blob);
      const picture = this.picture ?? document.createElement('img');
      if (!this.picture) {
        picture.className = 'leaflet-zoom-animated still-canvas';
        picture.alt = '';
        picture.setAttribute('aria-hidden', 'true');
        picture.hidden = true;
        // Placed as Leaflet places its canvases (leaflet.css does so for a pane's canvas, not for an image).
        Object.assign(picture.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
        this.picture = picture;
      }
      picture.src = url;
      picture
        .decode()
        .then(() => {
          if (drawing !== this.drawing || !this.canvas) return;
          if (picture.parentNode !== this.canvas.parentNode) this.canvas.after(picture);
          this.follow();
          picture.hidden = false;
          this.canvas.style.visibility = 'hidden';
          if (this.url) URL.revokeObjectURL(this.url);
          this.url = url;
        })
        .catch(() => {
          // The canvas stays shown: the same picture, at a frame's cost.
          URL.revokeObjectURL(url);
        });
    });
  }

  _redraw(): void {
    base._redraw.call(this);
    this.showCanvas();
    this.takePicture();
  }

  /** A move's end: the canvas is cleared and moved, and redrawn (at once, or after a view reset). */
  _update(): void {
    this.showCanvas();
    base._update.call(this);
  }

  _updateTransform(center: L.LatLng, zoom: number): void {
    base._updateTransform.call(this, center, zoom);
    this.follow();
  }

  _destroyContainer(): void {
    this.drawing++;
    this.picture?.remove();
    this.picture = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
    base._destroyContainer.call(this);
  }
}
