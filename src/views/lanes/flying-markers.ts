import type { SourceKind } from '../../sim/types';
import { OKABE_ITO } from './phase-style';
import { drawSourceMarker } from './source-style';

/** Radius of a marker drawn as its source's icon badge. */
export const SOURCE_MARKER_RADIUS = 8;

/** One marker drawn in its source's colour and icon, with badges for its try number, batch size and label. */
export interface FlyingMarker {
  x: number;
  y: number;
  source: SourceKind;
  /** Try number; 2 and up get a badge, so a retry is seen coming back. */
  attempt: number;
  /** Events carried; above 1 gets a "×n" tag, for the batches of queues and streams. */
  batch: number;
  /** A word or status code shown beside the marker, such as "504"; empty for none. */
  label: string;
}

/** Markers collected during a frame. The objects are reused across frames, so the draw loop does not allocate. */
export class FlyingMarkers {
  private readonly pool: FlyingMarker[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(x: number, y: number, source: SourceKind, attempt: number, batch: number, label = ''): void {
    let marker = this.pool[this.count];
    if (marker === undefined) {
      marker = { x, y, source, attempt, batch, label };
      this.pool.push(marker);
    } else {
      marker.x = x;
      marker.y = y;
      marker.source = source;
      marker.attempt = attempt;
      marker.batch = batch;
      marker.label = label;
    }
    this.count++;
  }

  at(index: number): FlyingMarker {
    return this.pool[index];
  }
}

const BADGE_FONT = 'bold 10px system-ui, sans-serif';
const TAG_FONT = 'bold 11px system-ui, sans-serif';

/** Draws every collected marker: the icon disc, then its attempt badge, batch size and label. */
export function paintFlyingMarkers(ctx: CanvasRenderingContext2D, markers: FlyingMarkers, radius = SOURCE_MARKER_RADIUS): void {
  for (let i = 0; i < markers.count; i++) {
    const marker = markers.at(i);
    drawSourceMarker(ctx, marker.source, marker.x, marker.y, radius);
  }
  ctx.textBaseline = 'middle';
  for (let i = 0; i < markers.count; i++) {
    const marker = markers.at(i);
    if (marker.attempt > 1) drawAttemptBadge(ctx, marker.x + radius * 0.8, marker.y - radius * 0.8, marker.attempt);
    if (marker.batch > 1) drawTag(ctx, marker.x - radius - 2, marker.y + radius + 4, `×${marker.batch}`, '#1d2330', 'right');
    if (marker.label) drawTag(ctx, marker.x + radius + 3, marker.y, marker.label, OKABE_ITO.vermillion, 'left');
  }
}

/** Draws only the attempt badges and batch tags, for markers that already sit on their lane. */
export function paintBadges(ctx: CanvasRenderingContext2D, markers: FlyingMarkers, radius: number): void {
  ctx.textBaseline = 'middle';
  for (let i = 0; i < markers.count; i++) {
    const marker = markers.at(i);
    if (marker.attempt > 1) drawAttemptBadge(ctx, marker.x + radius, marker.y - radius, marker.attempt);
  }
}

/** Draws the try number in a small dark disc at the marker's top right, like a notification count. */
function drawAttemptBadge(ctx: CanvasRenderingContext2D, x: number, y: number, attempt: number): void {
  const text = attempt > 99 ? '99+' : String(attempt);
  const r = text.length > 1 ? 7.5 : 6;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = '#1d2330';
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.font = BADGE_FONT;
  ctx.textAlign = 'center';
  ctx.fillStyle = '#ffffff';
  ctx.fillText(text, x, y + 0.5);
}

/** Draws a short word on a white pill, so it stays readable over lanes of any colour. */
function drawTag(ctx: CanvasRenderingContext2D, x: number, y: number, text: string, colour: string, align: 'left' | 'right'): void {
  ctx.font = TAG_FONT;
  const width = ctx.measureText(text).width + 6;
  const left = align === 'left' ? x : x - width;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.beginPath();
  ctx.roundRect(left, y - 7, width, 14, 4);
  ctx.fill();
  ctx.textAlign = 'left';
  ctx.fillStyle = colour;
  ctx.fillText(text, left + 3, y + 0.5);
}
