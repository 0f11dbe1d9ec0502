import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Selection } from '../../app/selection';
import type { SimulationSnapshot, SourceView } from '../../sim/types';
import { drawDensity, createDensityBatches } from './draw-density';
import { drawLanes, measureLabels } from './draw-lanes';
import { createMarkerScratch, paintMarkers, placeMarkers, type SourceAnchor } from './draw-markers';
import { createOverlay } from './draw-overlay';
import { drawSources } from './draw-sources';
import { drawGrid, drawLimitAndTrays, drawNowLine } from './draw-stage';
import { EventChangeTracker, type EventChange } from './event-changes';
import { EventFlights } from './event-flights';
import { startFlight } from './start-flight';
import { alignPhaseFills, createPhaseFills } from './draw-textures';
import { BACKGROUND_COLOUR, type FrameContext } from './frame-context';
import { InvocationTracker } from './invocation-tracker';
import { targetAt } from './hit-test';
import { computeLaneLayout, MIN_LABEL_SPACING, type LaneMode } from './lane-layout';
import { rowOfEnvironment } from './lane-rows';
import type { LanePoint } from './lanes-locator';
import { DEFAULT_DISPLAY, sameDisplay, type LanesDisplay } from './lanes-display';
import { attachPointer } from './lanes-pointer';
import { boxOf, layoutSources, type SourceLayout } from './source-layout';
import { computeStageGeometry, TRAY_PX } from './stage-geometry';
import {
  applyGesture,
  followNow,
  initialWindow,
  setTimeMapping,
  timeToX,
  windowSpan,
  windowStart,
  zoomWindow,
  type TimeWindow,
} from './time-window';

/** Counts of the dead-letter and lost trays, summed over the sources, or -1 for both when the trays are hidden. */
function trayCounts(sources: readonly SourceView[], shown: boolean): { deadLettered: number; lost: number; destination: number } {
  if (!shown) return { deadLettered: -1, lost: -1, destination: 0 };
  let deadLettered = 0;
  let lost = 0;
  let destination = 0;
  for (const view of sources) {
    deadLettered += view.counts.deadLettered + view.counts.sentToDestination;
    destination += view.counts.sentToDestination;
    lost += view.counts.lost;
  }
  return { deadLettered, lost, destination };
}

/** Callbacks through which the lanes report clicks, panning and mode changes to their owner. */
export interface LanesCallbacks {
  /** A lane, a segment or a marker was clicked. */
  onSelect(selection: Selection | null): void;
  /** Following "now" was turned on or off, by a pan or by {@link LanesView.followNow}. */
  onFollowChange(follow: boolean): void;
  /** The view switched between lanes and density rows. */
  onModeChange(mode: LaneMode): void;
  /** A frame was drawn, so things placed over the lanes can follow them. */
  onDraw?(): void;
}

/** The lanes view created by {@link createLanes}. */
export interface LanesView {
  /** Draws a new snapshot now. Call it once per frame from the frame source. */
  update(snapshot: SimulationSnapshot): void;
  setSelection(selection: Selection | null): void;
  /** Changes the lane height and text size; the next frame is laid out for them. */
  setDisplay(display: LanesDisplay): void;
  /**
   * Returns where environment `environmentId` was at simulated `timeMs` in the last frame drawn, in CSS
   * pixels from the stage's top left, or null when the lane or the moment is off screen.
   */
  locate(environmentId: number, timeMs: number): LanePoint | null;
  /** Simulated time of the last frame drawn. */
  nowMs(): number;
  /** Starts over from the initial window: following "now", `spanMs` wide or with the automatic width. */
  resetWindow(spanMs?: number): void;
  /** Sets whether the scenario can dead-letter or lose events, which shows those trays from the start. */
  setDiscardTrays(shown: boolean): void;
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
export function createLanes(node: HTMLElement, callbacks: LanesCallbacks, initialDisplay = DEFAULT_DISPLAY): LanesView {
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
  let display = initialDisplay;
  let labelWidths = measureLabels(ctx, display.textScale);
  overlay.setTextScale(display.textScale);
  const frame: FrameContext = {
    ctx,
    dpr: 1,
    geometry: computeStageGeometry(0, 0),
    layout: computeLaneLayout(0, 0),
    mapping: { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 },
    nowMs: 0,
    wallMs: 0,
    reducedMotion: false,
    fills: [],
    textScale: display.textScale,
    timedOut: tracker.timedOut,
    selection: null,
  };

  let snapshot: SimulationSnapshot | null = null;
  let timeWindow: TimeWindow = initialWindow();
  let mode: LaneMode = 'lanes';
  const changeTracker = new EventChangeTracker();
  const flights = new EventFlights();
  // Read every frame, so turning the system setting on or off takes effect while the app runs.
  const reducedMotionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  /** Changes seen by `update` and not yet turned into flights, which needs the frame's layout. */
  const changes: EventChange[] = [];
  let sources: readonly SourceView[] = [];
  let sourceLayout: SourceLayout = layoutSources([], 0, 0);
  /** Stage size and tray count, as `${width}x${height}:${trays}`, that the source column was laid out for. */
  let geometryKey = '';
  let discardTrays = false;
  let frameRequest = 0;

  const anchorOf: SourceAnchor = (invocation) => {
    const index = boxOf(sourceLayout, sources, invocation.streamIndex, invocation.source);
    return index >= 0 ? sourceLayout.boxes[index].anchorY : frame.geometry.lanesTop + 11 * display.textScale;
  };

  /** Stacks the source boxes and makes room for the trays whenever the sources or the stage change. */
  function layoutColumn(next: readonly SourceView[], width: number, height: number): void {
    const trays = wantsDiscardTrays(next) ? 3 : 1;
    const scale = display.textScale;
    const probe = computeStageGeometry(width, height, 0, trays, scale);
    const room = probe.lanesBottom - probe.lanesTop - trays * (TRAY_PX * scale + 6) - 14;
    sourceLayout = layoutSources(next, probe.lanesTop, room, scale);
    sources = next;
    frame.geometry = computeStageGeometry(width, height, sourceLayout.bottom - probe.lanesTop, trays, scale);
  }

  /** Whether the dead-letter and lost trays show: the scenario can fill them, or one already has events. */
  function wantsDiscardTrays(next: readonly SourceView[]): boolean {
    if (discardTrays) return true;
    return next.some((view) => view.counts.deadLettered + view.counts.sentToDestination + view.counts.lost > 0);
  }

  function draw(): void {
    frameRequest = 0;
    if (!snapshot || frame.geometry.width <= 0 || frame.geometry.height <= 0) return;

    // The trays sit below the source boxes, so the geometry follows the sources.
    const key = `${frame.geometry.width}x${frame.geometry.height}:${wantsDiscardTrays(snapshot.sources) ? 3 : 1}`;
    if (snapshot.sources !== sources || key !== geometryKey) {
      layoutColumn(snapshot.sources, frame.geometry.width, frame.geometry.height);
      geometryKey = key;
    }
    const { geometry } = frame;
    const environments = snapshot.environments;
    frame.nowMs = snapshot.nowMs;
    frame.wallMs = performance.now();
    frame.reducedMotion = reducedMotionQuery?.matches ?? false;
    const spanMs = windowSpan(timeWindow, snapshot.nowMs);
    setTimeMapping(frame.mapping, windowStart(timeWindow, snapshot.nowMs), spanMs, geometry.plotLeft, geometry.plotRight);
    frame.layout = computeLaneLayout(
      environments.length,
      geometry.lanesBottom - geometry.lanesTop,
      display.maxLanePitch,
      MIN_LABEL_SPACING * display.textScale,
    );
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

    // Flights back to a source or into a tray are animation only: the boxes and trays keep the counts.
    if (!frame.reducedMotion) {
      for (const change of changes) startFlight(frame, snapshot, sourceLayout, change, flights);
    }
    changes.length = 0;
    placeMarkers(frame, snapshot, tracker, anchorOf, markers);
    if (flights.place(frame.wallMs, markers.point, markers.flying)) markers.moving = true;

    const trays = trayCounts(snapshot.sources, geometry.trays > 1);
    drawLimitAndTrays(frame, markers, {
      throttled: snapshot.metrics.throttles,
      deadLettered: trays.deadLettered,
      lost: trays.lost,
    });
    paintMarkers(ctx, markers, frame.textScale);
    drawSources(frame, snapshot.sources, sourceLayout);

    const selectedId = frame.selection?.kind === 'environment' ? frame.selection.id : -1;
    overlay.updateNow(frame.mapping, geometry, snapshot.nowMs);
    overlay.updateLabels(environments, frame.layout, geometry, snapshot.nowMs, selectedId);
    overlay.updateTrays(
      geometry,
      {
        throttled: Math.max(0, snapshot.metrics.throttles - markers.throttledInFlight),
        deadLettered: trays.deadLettered,
        lost: trays.lost,
      },
      trays.destination,
    );

    // Markers move on wall-clock time, so keep drawing while one is in motion even if the simulation is paused.
    if (markers.moving) requestDraw();
    callbacks.onDraw?.();
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
    layoutColumn(sources, width, height);
    geometryKey = `${width}x${height}:${frame.geometry.trays}`;
    frame.fills = createPhaseFills(ctx, dpr);
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
      const wentBack = snapshot !== null && next.nowMs < snapshot.nowMs;
      if (wentBack && !timeWindow.follow) setWindow(followNow(timeWindow));
      // Flights of the old run would land in boxes and trays that now show other counts.
      if (wentBack) {
        flights.clear();
        changes.length = 0;
      }
      snapshot = next;
      tracker.observe(next, performance.now());
      changeTracker.observe(next, changes);
      if (frameRequest !== 0) cancelAnimationFrame(frameRequest);
      draw();
    },
    setSelection(selection) {
      frame.selection = selection;
      requestDraw();
    },
    setDisplay(next) {
      if (sameDisplay(next, display)) return;
      display = next;
      frame.textScale = next.textScale;
      labelWidths = measureLabels(ctx, next.textScale);
      overlay.setTextScale(next.textScale);
      // The source column and the trays change size with the text, so the next frame lays them out again.
      geometryKey = '';
      requestDraw();
    },
    locate(environmentId, timeMs) {
      if (!snapshot) return null;
      const { geometry, layout, mapping } = frame;
      const row = rowOfEnvironment(snapshot.environments, environmentId);
      const x = timeToX(mapping, timeMs);
      const y = geometry.lanesTop + (row + 0.5) * layout.pitch;
      if (row < 0 || x < geometry.plotLeft || x > geometry.plotRight || y > geometry.lanesBottom) return null;
      return { x, y, halfHeight: layout.barHeight / 2 };
    },
    nowMs() {
      return snapshot?.nowMs ?? 0;
    },
    zoomBy(factor) {
      if (snapshot) setWindow(zoomWindow(timeWindow, snapshot.nowMs, factor));
    },
    followNow() {
      setWindow(followNow(timeWindow));
    },
    setDiscardTrays(shown) {
      if (shown === discardTrays) return;
      discardTrays = shown;
      geometryKey = '';
      requestDraw();
    },
    resetWindow(spanMs) {
      setWindow(initialWindow(spanMs));
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
