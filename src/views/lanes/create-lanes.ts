import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Selection } from '../../app/selection';
import type { SimulationSnapshot } from '../../sim/types';
import { drawDensity, createDensityBatches } from './draw-density';
import { drawLanes, measureLabels } from './draw-lanes';
import { createMarkerScratch, paintMarkers, placeMarkers, sourceY } from './draw-markers';
import { createOverlay } from './draw-overlay';
import { drawGrid, drawLimitAndTray, drawNowLine, drawSources } from './draw-stage';
import { alignPhaseFills, createPhaseFills } from './draw-textures';
import { BACKGROUND_COLOUR, type FrameContext } from './frame-context';
import { InvocationTracker } from './invocation-tracker';
import { targetAt } from './hit-test';
import { computeLaneLayout, type LaneMode } from './lane-layout';
import { attachPointer } from './lanes-pointer';
import { slotCount, sourceMask, sourcesIn } from './source-slots';
import { computeStageGeometry } from './stage-geometry';
import {
  applyGesture,
  followNow,
  initialWindow,
  setTimeMapping,
  windowSpan,
  windowStart,
  zoomWindow,
  type TimeWindow,
} from './time-window';

/** Callbacks through which the lanes report clicks, panning and mode changes to their owner. */
export interface LanesCallbacks {
  /** A lane, a segment or a marker was clicked. */
  onSelect(selection: Selection | null): void;
  /** Following "now" was turned on or off, by a pan or by {@link LanesView.followNow}. */
  onFollowChange(follow: boolean): void;
  /** The view switched between lanes and density rows. */
  onModeChange(mode: LaneMode): void;
}

/** The lanes view created by {@link createLanes}. */
export interface LanesView {
  /** Draws a new snapshot now. Call it once per frame from the frame source. */
  update(snapshot: SimulationSnapshot): void;
  setSelection(selection: Selection | null): void;
  /** Zooms the time axis by `factor`; above 1 zooms in. */
  zoomBy(factor: number): void;
  followNow(): void;
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates the lanes inside `node`: a canvas for lanes and markers and an SVG overlay for the axis and
 * labels. d3-zoom on `node` zooms and pans the time axis only. The view draws when `update` is called
 * and keeps animating markers on its own while the simulation is paused.
 */
export function createLanes(node: HTMLElement, callbacks: LanesCallbacks): LanesView {
  const canvas = document.createElement('canvas');
  canvas.className = 'lanes-canvas';
  // The keyboard list below the lanes is the text alternative, so screen readers skip the drawing.
  canvas.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'lanes-overlay');
  svg.setAttribute('aria-hidden', 'true');
  node.append(canvas, svg);

  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('The lanes need a 2D canvas context, and this browser did not provide one.');
  const ctx: CanvasRenderingContext2D = context;

  const overlay = createOverlay(svg);
  const tracker = new InvocationTracker();
  const markers = createMarkerScratch();
  const densityBatches = createDensityBatches();
  const labelWidths = measureLabels(ctx);
  const frame: FrameContext = {
    ctx,
    dpr: 1,
    geometry: computeStageGeometry(0, 0),
    layout: computeLaneLayout(0, 0),
    mapping: { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 },
    nowMs: 0,
    wallMs: 0,
    fills: [],
    timedOut: tracker.timedOut,
    selection: null,
  };

  let snapshot: SimulationSnapshot | null = null;
  let timeWindow: TimeWindow = initialWindow();
  let mode: LaneMode = 'lanes';
  let shownMask = -1;
  /** Number of sources the current geometry makes room for. */
  let geometrySlots = 1;
  let frameRequest = 0;

  function draw(): void {
    frameRequest = 0;
    if (!snapshot || frame.geometry.width <= 0 || frame.geometry.height <= 0) return;

    // The tray sits below the sources, so the geometry follows the number of sources shown.
    const mask = sourceMask(snapshot.recentInvocations);
    if (Math.max(1, slotCount(mask)) !== geometrySlots) {
      geometrySlots = Math.max(1, slotCount(mask));
      frame.geometry = computeStageGeometry(frame.geometry.width, frame.geometry.height, geometrySlots);
    }
    const { geometry } = frame;
    const environments = snapshot.environments;
    frame.nowMs = snapshot.nowMs;
    frame.wallMs = performance.now();
    const spanMs = windowSpan(timeWindow, snapshot.nowMs);
    setTimeMapping(frame.mapping, windowStart(timeWindow, snapshot.nowMs), spanMs, geometry.plotLeft, geometry.plotRight);
    frame.layout = computeLaneLayout(environments.length, geometry.lanesBottom - geometry.lanesTop);
    if (frame.layout.mode !== mode) {
      mode = frame.layout.mode;
      callbacks.onModeChange(mode);
    }

    ctx.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0);
    ctx.fillStyle = BACKGROUND_COLOUR;
    ctx.fillRect(0, 0, geometry.width, geometry.height);

    const ticks = overlay.updateAxis(frame.mapping, geometry, spanMs);
    drawGrid(frame, ticks);
    if (mode === 'lanes') {
      alignPhaseFills(frame.fills, frame.mapping.left - frame.mapping.startMs * frame.mapping.pxPerMs, frame.dpr);
      drawLanes(frame, environments, labelWidths);
    } else {
      drawDensity(frame, environments, densityBatches);
    }
    drawNowLine(frame);

    if (mask !== shownMask) {
      const sources = sourcesIn(mask);
      overlay.updateSources(sources, (slot) => sourceY(frame, slot, sources.length));
      shownMask = mask;
    }
    placeMarkers(frame, snapshot, tracker, mask, markers);
    drawLimitAndTray(frame, markers, snapshot.metrics.throttles);
    paintMarkers(ctx, markers);
    drawSources(frame, mask);

    const selectedId = frame.selection?.kind === 'environment' ? frame.selection.id : -1;
    overlay.updateNow(frame.mapping, geometry, snapshot.nowMs);
    overlay.updateLabels(environments, frame.layout, geometry, snapshot.nowMs, selectedId);
    overlay.updateTray(geometry, Math.max(0, snapshot.metrics.throttles - markers.throttledInFlight));

    // Markers move on wall-clock time, so keep drawing while one is in motion even if the simulation is paused.
    if (markers.moving) requestDraw();
  }

  function requestDraw(): void {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(draw);
  }

  function resize(): void {
    const width = node.clientWidth;
    const height = node.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    frame.dpr = dpr;
    frame.geometry = computeStageGeometry(width, height, geometrySlots);
    frame.fills = createPhaseFills(ctx, dpr);
    shownMask = -1;
    draw();
  }

  function setWindow(next: TimeWindow): void {
    if (next.follow !== timeWindow.follow) callbacks.onFollowChange(next.follow);
    timeWindow = next;
    requestDraw();
  }

  // d3-zoom reports a transform accumulated since the first gesture. The lanes use only the change since
  // the previous event, because "now" keeps moving the window between events.
  let lastTransform: ZoomTransform = zoomIdentity;
  const zoomBehaviour = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      const pointer = event as MouseEvent;
      return (!pointer.ctrlKey || event.type === 'wheel') && !pointer.button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const next = event.transform;
      const scale = next.k / lastTransform.k;
      const shift = next.x - scale * lastTransform.x;
      lastTransform = next;
      if (!snapshot || !event.sourceEvent) return;
      const { plotLeft, plotRight } = frame.geometry;
      // Move the origin of the screen mapping from the node's left edge to the plot's.
      const plotShift = shift + (scale - 1) * plotLeft;
      setWindow(applyGesture(timeWindow, snapshot.nowMs, scale, plotShift, plotRight - plotLeft));
    });
  const nodeSelection = select(node);
  nodeSelection.call(zoomBehaviour).on('dblclick.zoom', null);

  const detachPointer = attachPointer(
    node,
    (x, y) => (snapshot ? targetAt(x, y, frame.geometry, frame.layout, frame.mapping, snapshot, markers.hits) : null),
    (selection) => callbacks.onSelect(selection),
  );
  const resizeObserver = new ResizeObserver(resize);
  resizeObserver.observe(node);
  resize();

  return {
    update(next) {
      // Time went back (a restart or a seek), so a window pinned to the old run would show nothing.
      if (snapshot && next.nowMs < snapshot.nowMs && !timeWindow.follow) setWindow(followNow(timeWindow));
      snapshot = next;
      tracker.observe(next, performance.now());
      if (frameRequest !== 0) cancelAnimationFrame(frameRequest);
      draw();
    },
    setSelection(selection) {
      frame.selection = selection;
      requestDraw();
    },
    zoomBy(factor) {
      if (snapshot) setWindow(zoomWindow(timeWindow, snapshot.nowMs, factor));
    },
    followNow() {
      setWindow(followNow(timeWindow));
    },
    destroy() {
      if (frameRequest !== 0) cancelAnimationFrame(frameRequest);
      resizeObserver.disconnect();
      detachPointer();
      nodeSelection.on('.zoom', null);
      canvas.remove();
      svg.remove();
    },
  };
}
