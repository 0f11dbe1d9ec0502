import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CHART_STRINGS } from './chart-strings';
import { chartTable } from './chart-table';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { createTimeChart, type TimeChartView } from './create-time-chart';
import type { TimeChartModel } from './time-chart-model';
import './charts.css';

/** Props of {@link TimeChart}. */
export interface TimeChartProps {
  title: string;
  model: TimeChartModel;
  /** Called with the moment a person clicked. */
  onPick: (timeMs: number) => void;
  /** Moment to mark with a vertical line, such as the one the lanes show. */
  markedTimeMs?: number | null;
  /** Notes under the chart, such as the prices a cost chart uses. */
  children?: ReactNode;
}

function legendOf(model: TimeChartModel): LegendEntry[] {
  return [
    ...model.areas.map((area) => ({ key: area.key, label: area.label, colour: area.colour, shape: 'area' as const })),
    ...model.lines.map((line) => ({
      key: line.key,
      label: line.label,
      colour: line.colour,
      shape: line.dashed ? ('dashed' as const) : ('line' as const),
    })),
    ...model.markers.map((marker) => ({ key: marker.key, label: marker.label, colour: marker.colour, shape: 'mark' as const })),
  ];
}

/**
 * Renders one time chart as a figure: title, legend, the D3 chart drawn by {@link createTimeChart},
 * notes, and a table for screen readers.
 */
export function TimeChart({ title, model, onPick, markedTimeMs = null, children }: TimeChartProps) {
  const nodeRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<TimeChartView | null>(null);
  const onPickRef = useRef(onPick);
  const modelRef = useRef(model);
  const table = useMemo(() => chartTable(model), [model]);
  const [reading, setReading] = useState('');

  useEffect(() => {
    onPickRef.current = onPick;
    modelRef.current = model;
  }, [onPick, model]);

  useEffect(() => {
    const node = nodeRef.current;
    if (!node) return;
    const view = createTimeChart(node, { onPick: (timeMs) => onPickRef.current(timeMs) });
    viewRef.current = view;
    view.update(modelRef.current);
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => viewRef.current?.update(model), [model]);

  // Keyboard access to the same hover and pick as the pointer; the live text reads each moment out.
  const onKeyDown = (event: KeyboardEvent) => {
    const view = viewRef.current;
    if (!view) return;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 };
    if (event.key in steps) {
      event.preventDefault();
      setReading(view.moveHover(steps[event.key]));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      view.pickHovered();
    }
  };
  useEffect(() => viewRef.current?.setMarkedTime(markedTimeMs), [markedTimeMs]);

  return (
    <figure className="chart" aria-label={title}>
      <figcaption className="chart-title">{title}</figcaption>
      <ChartLegend entries={legendOf(model)} />
      <div
        ref={nodeRef}
        className="chart-plot"
        title={CHART_STRINGS.hoverHint}
        tabIndex={0}
        role="group"
        aria-label={CHART_STRINGS.keyboardHint(title)}
        onKeyDown={onKeyDown}
        onBlur={() => viewRef.current?.clearHover()}
      />
      <p className="visually-hidden" aria-live="polite">
        {reading}
      </p>
      {children}
      <ChartTable title={title} table={table} />
    </figure>
  );
}
