import type { SourceKind } from '../../sim/types';

/** Appearance of one kind of event source: its box, its markers and its icon. */
export interface SourceStyle {
  /**
   * Fill of the source's markers and of its box's icon badge. Each is dark enough for a white icon on
   * top, and the icon, not the colour, is what tells sources apart.
   */
  colour: string;
  /**
   * The icon as SVG path data in a 16 x 16 box, filled with the even-odd rule. The canvas draws it
   * through Path2D and React through an inline <svg>, so both show the same picture.
   */
  icon: string;
}

/** Side of the square box the icon paths are drawn in. */
export const ICON_BOX = 16;

const STYLES: Record<SourceKind, SourceStyle> = {
  // An arch: the door that requests come through, where the caller waits for its response.
  'api-gateway': {
    colour: '#6a3d9a',
    icon: 'M2 15V7a6 6 0 0 1 12 0v8h-3.5V7.5a2.5 2.5 0 0 0-5 0V15z',
  },
  // A bucket with a rim.
  s3: {
    colour: '#4d7a12',
    icon: 'M1.5 3.5h13l-1.8 10.2c-.1.5-.5.8-1 .8H4.3c-.5 0-.9-.3-1-.8zM3.3 5.3l.2 1.2h9l.2-1.2z',
  },
  // A megaphone: one message announced to every subscriber.
  sns: {
    colour: '#b0185a',
    icon: 'M1.5 5.5h3l8-4v13l-8-4h-3zM5.5 11l1.5 4h2l-1.3-3.5z',
  },
  // A clock face with its hands cut out.
  schedule: {
    colour: '#7f5200',
    icon: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zM7.2 3.5v5.1l3.6 2.2.8-1.3-2.8-1.7V3.5z',
  },
  // A table cylinder with a record band cut out, read as an ordered stream.
  'dynamodb-stream': {
    colour: '#27348b',
    icon: 'M2 3.5C2 1.5 14 1.5 14 3.5v9c0 2-12 2-12 0zM2.8 6.6v1.4c1.5 1.3 8.9 1.3 10.4 0V6.6c-1.5 1.3-8.9 1.3-10.4 0z',
  },
  // Three messages waiting in a queue.
  sqs: {
    colour: '#00695c',
    icon: 'M1 2h14v3.5H1zM1 6.25h14v3.5H1zM1 10.5h14V14H1z',
  },
  // A lightning bolt: an event sent by hand, now.
  manual: {
    colour: '#455a64',
    icon: 'M9.5 1L3 9.2h4.2L6 15l7-8.6H8.8z',
  },
};

/** Returns the style of a kind of source. */
export function sourceStyle(source: SourceKind): SourceStyle {
  return STYLES[source];
}

const iconPaths = new Map<SourceKind, Path2D>();

/** Returns the source's icon as a Path2D, built once per kind because parsing the path data is not free. */
export function iconPath(source: SourceKind): Path2D {
  let path = iconPaths.get(source);
  if (path === undefined) {
    path = new Path2D(STYLES[source].icon);
    iconPaths.set(source, path);
  }
  return path;
}

/** Draws the source's icon in `colour`, `size` CSS pixels square, centred on (x, y). */
export function drawIcon(ctx: CanvasRenderingContext2D, source: SourceKind, x: number, y: number, size: number, colour: string): void {
  const scale = size / ICON_BOX;
  ctx.save();
  ctx.translate(x - size / 2, y - size / 2);
  ctx.scale(scale, scale);
  ctx.fillStyle = colour;
  ctx.fill(iconPath(source), 'evenodd');
  ctx.restore();
}

/** Draws a marker in the source's colour with its icon in white: a disc of radius `r` centred on (x, y). */
export function drawSourceMarker(ctx: CanvasRenderingContext2D, source: SourceKind, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = STYLES[source].colour;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  drawIcon(ctx, source, x, y, r * 1.25, '#ffffff');
}
