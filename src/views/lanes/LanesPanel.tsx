import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useFrameSource } from '../../app/engine/frame-source';
import type { Selection } from '../../app/selection';
import type { EnvironmentCounts, SimulationSnapshot } from '../../sim/types';
import { createLanes, type LanesView } from './create-lanes';
import { describeEnvironments, type EnvironmentRow } from './describe-environment';
import { EnvironmentList } from './EnvironmentList';
import { EnvironmentSummary } from './EnvironmentSummary';
import type { LaneMode } from './lane-layout';
import { DEFAULT_DISPLAY, type LanesDisplay } from './lanes-display';
import { LanesLocatorContext, type LanesLocator } from './lanes-locator';
import { LANES_STRINGS } from './lanes-strings';
import { Legend } from './Legend';
import { SourceList } from './SourceList';
import { computeStageGeometry } from './stage-geometry';
import { useSampledFrame } from './use-sampled-frame';
import './lanes.css';

/** Props of {@link LanesPanel}. */
export interface LanesPanelProps {
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** Lane height and text size; the laptop-screen sizes when left out. */
  display?: LanesDisplay;
  /** Elements laid over the stage, such as notes, which place themselves with `useLanesLocator`. */
  pins?: ReactNode;
  /** Width of the time window to start from, in simulated ms; the automatic width when left out. */
  windowMs?: number;
  /** Whenever this changes, as when a lesson loads, the time window starts over from `windowMs`. */
  windowKey?: string;
  /** Whether the scenario can dead-letter or lose events; else those trays wait for their first event. */
  discardTrays?: boolean;
}

/** Environments listed for keyboard and screen-reader users; the counts by state summarise the rest. */
const LIST_LIMIT = 200;

/** How often the text parts refresh: often enough to follow, rarely enough not to cost frames. */
const TEXT_REFRESH_MS = 500;

const ZOOM_STEP = 2;

interface TextSample {
  rows: EnvironmentRow[];
  more: number;
  counts: EnvironmentCounts;
  environmentCount: number;
}

/** Creates the locator that {@link LanesPanel} gives its pins; `viewRef` contains the view once it exists. */
function createLocator(viewRef: { current: LanesView | null }, stageRef: { current: HTMLElement | null }) {
  const listeners = new Set<() => void>();
  const locator: LanesLocator = {
    locate: (environmentId, timeMs) => viewRef.current?.locate(environmentId, timeMs) ?? null,
    nowMs: () => viewRef.current?.nowMs() ?? 0,
    width: () => stageRef.current?.clientWidth ?? 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return { locator, notify };
}

function sampleText(snapshot: SimulationSnapshot): TextSample {
  const environments = snapshot.environments;
  return {
    rows: describeEnvironments(environments, LIST_LIMIT),
    more: Math.max(0, environments.length - LIST_LIMIT),
    counts: snapshot.metrics.environments,
    environmentCount: environments.length,
  };
}

function sameText(a: TextSample, b: TextSample): boolean {
  if (a.more !== b.more || a.rows.length !== b.rows.length || a.environmentCount !== b.environmentCount) return false;
  const [ca, cb] = [a.counts, b.counts];
  if (
    ca.provisioning !== cb.provisioning ||
    ca.initializing !== cb.initializing ||
    ca.busy !== cb.busy ||
    ca.idle !== cb.idle ||
    ca.shuttingDown !== cb.shuttingDown ||
    ca.total !== cb.total
  ) {
    return false;
  }
  return a.rows.every((row, index) => row.id === b.rows[index].id && row.text === b.rows[index].text);
}

/** Height of the lane area in a stage `height` CSS pixels tall, at a text scale. */
function lanesHeightOf(height: number, textScale: number): number {
  const geometry = computeStageGeometry(0, height, undefined, 1, textScale);
  return geometry.lanesBottom - geometry.lanesTop;
}

/**
 * Renders the lanes: one lane per execution environment on a shared, zoomable time axis, with events flying
 * in from a box per source, trays for throttled, dead-lettered and lost events, a legend, counts by
 * state, and text alternatives for the sources and the environments. The canvas
 * is drawn by {@link createLanes} on every frame without re-rendering React.
 */
export function LanesPanel({ selection, onSelect, display = DEFAULT_DISPLAY, pins, windowMs, windowKey = '', discardTrays = true }: LanesPanelProps) {
  const source = useFrameSource();
  const stageRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<LanesView | null>(null);
  const onSelectRef = useRef(onSelect);
  // Read once when the view is created, so its first frame already has the right sizes.
  const displayRef = useRef(display);
  const [{ locator, notify }] = useState(() => createLocator(viewRef, stageRef));
  const [follow, setFollow] = useState(true);
  const [mode, setMode] = useState<LaneMode>('lanes');
  const [stageHeight, setStageHeight] = useState(0);
  const text = useSampledFrame(source, TEXT_REFRESH_MS, sampleText, sameText);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const node = stageRef.current;
    if (!node) return;
    const view = createLanes(node, {
      onSelect: (next) => onSelectRef.current(next),
      onFollowChange: setFollow,
      onModeChange: setMode,
      onDraw: notify,
    }, displayRef.current);
    viewRef.current = view;
    view.update(source.getSnapshot());
    const unsubscribe = source.subscribe((snapshot) => view.update(snapshot));
    const observer = new ResizeObserver(() => setStageHeight(node.clientHeight));
    observer.observe(node);
    return () => {
      observer.disconnect();
      unsubscribe();
      view.destroy();
      viewRef.current = null;
    };
  }, [source, notify]);

  useEffect(() => {
    viewRef.current?.setSelection(selection);
  }, [selection]);

  // Runs after the view is created too, so the first window already has the lesson's width.
  useEffect(() => {
    viewRef.current?.resetWindow(windowMs);
  }, [windowMs, windowKey, source]);

  useEffect(() => {
    viewRef.current?.setDiscardTrays(discardTrays);
  }, [discardTrays, source]);

  useEffect(() => {
    displayRef.current = display;
    viewRef.current?.setDisplay(display);
  }, [display]);

  const lanesHeight = lanesHeightOf(stageHeight, display.textScale);
  const rowsPerPixel = mode === 'density' && lanesHeight > 0 ? Math.max(1, text.environmentCount / lanesHeight) : 0;

  return (
    <div className="lanes-view">
      <div className="lanes-toolbar">
        <EnvironmentSummary counts={text.counts} rowsPerPixel={rowsPerPixel} />
        <div className="lanes-time-controls" role="group" aria-label={LANES_STRINGS.timeControls}>
          <button type="button" onClick={() => viewRef.current?.zoomBy(ZOOM_STEP)} aria-label={LANES_STRINGS.zoomIn}>
            +
          </button>
          <button type="button" onClick={() => viewRef.current?.zoomBy(1 / ZOOM_STEP)} aria-label={LANES_STRINGS.zoomOut}>
            −
          </button>
          <button type="button" aria-pressed={follow} onClick={() => viewRef.current?.followNow()}>
            {LANES_STRINGS.followNow}
          </button>
        </div>
      </div>
      <div className="lanes-stage-frame">
        <div ref={stageRef} className="lanes-stage" />
        <LanesLocatorContext.Provider value={locator}>{pins}</LanesLocatorContext.Provider>
      </div>
      <p className="lanes-hint">{LANES_STRINGS.followHint}</p>
      <Legend />
      <SourceList source={source} />
      <EnvironmentList rows={text.rows} more={text.more} selection={selection} onSelect={onSelect} />
    </div>
  );
}
