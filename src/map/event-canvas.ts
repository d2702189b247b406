/**
 * One canvas for the events of a large map: a circle per place or cluster, its area growing with
 * the events shown there. Created once; each slider step hands it new counts and it redraws in
 * place (no layer or element is created per step). Hit-testing answers clicks and hovers.
 */
import L from 'leaflet';

export interface Dot {
  /** Leaflet order. */
  latLng: L.LatLngTuple;
  count: number;
  total: number;
  selected: boolean;
  /** A cluster of several places (opens by zooming in). */
  cluster: boolean;
  key: number;
}

/**
 * Radius in pixels for a count: area grows with the count, up to a cap that keeps neighbouring
 * clusters (at least CLUSTER_RADIUS apart) from covering each other.
 */
export const CLUSTER_RADIUS = 50;
export function radiusOf(count: number, cluster: boolean): number {
  if (count === 0) return cluster ? 5 : 3;
  return Math.min(CLUSTER_RADIUS / 2 - 3, (cluster ? 7 : 4) + 1.3 * Math.sqrt(count));
}

export class EventCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private dots: readonly Dot[] = [];
  private drawn: { x: number; y: number; r: number; dot: Dot }[] = [];
  /** Where each place falls on the canvas, projected once per view (a step moves no place). */
  private points = new Map<L.LatLngTuple, L.Point>();
  private origin: L.Point | null = null;

  setDots(dots: readonly Dot[]): void {
    this.dots = dots;
    this.draw();
  }

  onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'event-canvas leaflet-zoom-hide');
    this.canvas.setAttribute('aria-hidden', 'true');
    // At the pane's top left (Leaflet's coordinates, whatever the page's direction), above the
    // basemap's region drawn in the same pane, whichever was added first.
    Object.assign(this.canvas.style, { left: '0', top: '0', zIndex: '1' });
    map.getPanes().overlayPane.appendChild(this.canvas);
    map.on('moveend zoomend resize viewreset', this.reset, this);
    this.reset();
    return this;
  }

  onRemove(map: L.Map): this {
    map.off('moveend zoomend resize viewreset', this.reset, this);
    this.canvas?.remove();
    this.canvas = null;
    this.context = null;
    return this;
  }

  /** The topmost dot under a point of the map's container, if any. */
  hit(x: number, y: number): Dot | null {
    for (let i = this.drawn.length - 1; i >= 0; i--) {
      const d = this.drawn[i];
      if ((d.x - x) ** 2 + (d.y - y) ** 2 <= Math.max(d.r, 8) ** 2) return d.dot;
    }
    return null;
  }

  private reset(): void {
    const map = this._map;
    if (!map || !this.canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    this.origin = map.containerPointToLayerPoint([0, 0]);
    this.points.clear();
    L.DomUtil.setPosition(this.canvas, this.origin);
    this.canvas.width = size.x * ratio;
    this.canvas.height = size.y * ratio;
    this.canvas.style.width = `${size.x}px`;
    this.canvas.style.height = `${size.y}px`;
    this.draw();
  }

  private context: CanvasRenderingContext2D | null = null;

  private draw(): void {
    const map = this._map;
    this.context ??= this.canvas?.getContext('2d') ?? null;
    const ctx = this.context;
    const origin = this.origin;
    if (!map || !ctx || !this.canvas || !origin) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const size = map.getSize();
    // Small dots last, so a big circle never hides a small one.
    const order = [...this.dots].sort((a, b) => b.count - a.count);
    this.drawn = [];
    ctx.font = '700 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const dot of order) {
      let point = this.points.get(dot.latLng);
      if (!point) this.points.set(dot.latLng, (point = map.latLngToLayerPoint(dot.latLng).subtract(origin)));
      const { x, y } = point;
      const r = radiusOf(dot.count, dot.cluster);
      if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      if (dot.count === 0) {
        ctx.fillStyle = 'rgba(255,255,255,0.7)';
        ctx.strokeStyle = '#8c8c8c';
        ctx.lineWidth = 1;
      } else {
        ctx.fillStyle = dot.cluster ? 'rgba(179, 38, 30, 0.78)' : 'rgba(179, 38, 30, 0.9)';
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = 1.5;
      }
      ctx.fill();
      ctx.stroke();
      if (dot.selected) {
        ctx.beginPath();
        ctx.arc(x, y, r + 3, 0, Math.PI * 2);
        ctx.strokeStyle = '#1d2430';
        ctx.lineWidth = 3;
        ctx.stroke();
      }
      if (r >= 12) {
        ctx.fillStyle = '#fff';
        ctx.fillText(
          dot.count >= 10_000
            ? `${Math.round(dot.count / 1000)}k`
            : dot.count >= 1000
              ? `${(dot.count / 1000).toFixed(1)}k`
              : String(dot.count),
          x,
          y,
        );
      }
      this.drawn.push({ x, y, r, dot });
    }
  }
}
