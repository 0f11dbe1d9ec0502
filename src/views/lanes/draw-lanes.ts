import type { EnvironmentView } from '../../sim/types';
import { laneAlpha } from './lane-rows';
import { INK_COLOUR, SELECTION_COLOUR, snap, TRACK_COLOUR, type FrameContext } from './frame-context';
import { DRAWN_PHASES, phaseIndex, phaseStyle, type PhaseStyle } from './phase-style';
import { timeToX } from './time-window';
import { endVisibleSpan, firstVisibleSpan, spanEnd } from './visible-spans';

/** Invocations shorter than a pixel still get this width, so a 5 ms warm start in a 10-minute window shows. */
const MIN_INVOCATION_PX = 2;

/** Size of the segment words at text scale 1, in CSS pixels. */
const LABEL_PX = 11;
const STYLES: readonly PhaseStyle[] = DRAWN_PHASES.map((phase) => phaseStyle(phase) as PhaseStyle);

/** Returns the font of the segment words at a text scale. */
function labelFont(textScale: number): string {
  return `600 ${LABEL_PX * textScale}px system-ui, sans-serif`;
}

/**
 * Measures the segment words once per canvas and text scale, because the font changes only with the
 * scale: entry `2 * i` is the long word of phase i and `2 * i + 1` the short one.
 */
export function measureLabels(ctx: CanvasRenderingContext2D, textScale = 1): Float32Array {
  ctx.save();
  ctx.font = labelFont(textScale);
  const widths = new Float32Array(STYLES.length * 2);
  STYLES.forEach((style, index) => {
    widths[index * 2] = ctx.measureText(style.words[0]).width;
    widths[index * 2 + 1] = ctx.measureText(style.words[1]).width;
  });
  ctx.restore();
  return widths;
}

/**
 * Draws the lanes mode: a track per environment with its visible phases as textured segments, the
 * phase word inside wide segments, a cut where an invocation timed out, and the selection.
 */
export function drawLanes(frame: FrameContext, environments: readonly EnvironmentView[], labelWidths: Float32Array): void {
  const { ctx, geometry, layout, dpr, selection } = frame;
  const plotLeft = geometry.plotLeft;
  const plotRight = geometry.plotRight;
  const bar = layout.barHeight;
  const gapTop = (layout.pitch - bar) / 2;
  // A word needs its font size and a pixel of margin above and below.
  const showWords = bar >= LABEL_PX * frame.textScale + 2;

  ctx.save();
  ctx.beginPath();
  ctx.rect(geometry.labelRight, geometry.lanesTop, plotRight - geometry.labelRight, geometry.lanesBottom - geometry.lanesTop);
  ctx.clip();
  ctx.font = labelFont(frame.textScale);
  ctx.textBaseline = 'middle';

  for (let row = 0; row < environments.length; row++) {
    const environment = environments[row];
    const rowTop = geometry.lanesTop + row * layout.pitch;
    const y = snap(rowTop + gapTop, dpr);
    const selectedLane = selection?.kind === 'environment' && selection.id === environment.id;

    if (selectedLane) {
      ctx.fillStyle = SELECTION_COLOUR;
      ctx.fillRect(geometry.labelRight, rowTop, plotRight - geometry.labelRight, layout.pitch);
    }

    ctx.globalAlpha = laneAlpha(environment, frame.nowMs);
    ctx.fillStyle = TRACK_COLOUR;
    ctx.fillRect(plotLeft, y, plotRight - plotLeft, bar);
    drawLaneSpans(frame, environment, y, bar, showWords, labelWidths);
    ctx.globalAlpha = 1;

    if (selectedLane) {
      ctx.strokeStyle = INK_COLOUR;
      ctx.lineWidth = 2;
      ctx.strokeRect(plotLeft - 1, y - 1, plotRight - plotLeft + 2, bar + 2);
    }
  }
  ctx.restore();
}

function drawLaneSpans(
  frame: FrameContext,
  environment: EnvironmentView,
  y: number,
  bar: number,
  showWords: boolean,
  labelWidths: Float32Array,
): void {
  const { ctx, mapping, dpr, geometry, nowMs, selection } = frame;
  const history = environment.history;
  const from = firstVisibleSpan(history, mapping.startMs);
  const to = endVisibleSpan(history, mapping.endMs);

  for (let i = from; i < to; i++) {
    const span = history[i];
    const index = phaseIndex(span.phase);
    const end = spanEnd(span, nowMs);
    if (index < 0 || end < mapping.startMs) continue;

    const invocationId = span.invocationId;
    const isInvocation = invocationId !== null;
    let x0 = snap(Math.max(geometry.plotLeft, timeToX(mapping, span.startMs)), dpr);
    let x1 = snap(Math.min(geometry.plotRight, timeToX(mapping, end)), dpr);
    if (isInvocation && x1 - x0 < MIN_INVOCATION_PX) x1 = Math.min(geometry.plotRight, x0 + MIN_INVOCATION_PX);
    if (x1 <= x0) continue;
    x0 = Math.max(geometry.plotLeft, x0);

    const style = STYLES[index];
    ctx.fillStyle = frame.fills[index];
    if (style.texture === 'thin') {
      const band = Math.max(2, snap(bar * 0.3, dpr));
      ctx.fillRect(x0, snap(y + (bar - band) / 2, dpr), x1 - x0, band);
    } else {
      ctx.fillRect(x0, y, x1 - x0, bar);
    }

    const width = x1 - x0;
    if (showWords) {
      if (width >= labelWidths[index * 2] + 8) drawWord(ctx, style, style.words[0], x0 + 4, y + bar / 2);
      else if (width >= labelWidths[index * 2 + 1] + 8) drawWord(ctx, style, style.words[1], x0 + 4, y + bar / 2);
    }

    const timedOut = isInvocation && !Number.isNaN(span.endMs) && frame.timedOut.has(invocationId);
    if (timedOut && span.endMs <= mapping.endMs) drawTimeoutCut(ctx, x1, y, bar);

    if (isInvocation && selection?.kind === 'invocation' && selection.id === invocationId) {
      ctx.strokeStyle = INK_COLOUR;
      ctx.lineWidth = 2;
      ctx.strokeRect(x0 - 1, y - 1, width + 2, bar + 2);
    }
  }
}

function drawWord(ctx: CanvasRenderingContext2D, style: PhaseStyle, word: string, x: number, y: number): void {
  if (style.texture === 'thin') {
    // The idle band is thin, so its word sits over the light track with a halo to stay legible.
    ctx.strokeStyle = TRACK_COLOUR;
    ctx.lineWidth = 3;
    ctx.strokeText(word, x, y);
  }
  ctx.fillStyle = style.text;
  ctx.fillText(word, x, y);
}

/**
 * Draws the mark of a timed-out invocation at its end: a zigzag tear across the lane, black over a
 * white halo so it is visible on every phase colour.
 */
export function drawTimeoutCut(ctx: CanvasRenderingContext2D, x: number, y: number, height: number): void {
  const teeth = Math.max(2, Math.round(height / 5));
  const step = height / teeth;
  ctx.beginPath();
  ctx.moveTo(x, y - 2);
  for (let i = 0; i < teeth; i++) {
    ctx.lineTo(x + (i % 2 === 0 ? 3 : -3), y + step * (i + 0.5));
  }
  ctx.lineTo(x, y + height + 2);
  ctx.lineJoin = 'miter';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.stroke();
  ctx.strokeStyle = INK_COLOUR;
  ctx.lineWidth = 2;
  ctx.stroke();
}
