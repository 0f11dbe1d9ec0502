import { axisBottom, axisLeft } from 'd3-axis';
import { area, curveStepBefore, line } from 'd3-shape';
import { createChartFrame, drawTooltip, fitChartFrame, hideTooltip } from './chart-frame';
import { linearScale } from './linear-scale';
import { formatAxisTime, timeTicks } from './time-axis';
import { chartTop, type TimeChartModel } from './time-chart-model';

/** Callbacks through which a time chart reports a picked moment. */
export interface TimeChartCallbacks {
  /** A moment was clicked, or chosen with the arrow keys and Enter. */
  onPick(timeMs: number): void;
}

/** The chart created by {@link createTimeChart}. */
export interface TimeChartView {
  /** Draws `model`, replacing what was drawn. */
  update(model: TimeChartModel): void;
  /** Fits the chart to its node's size and redraws. */
  resize(): void;
  /** Moves the hovered point by `step` points (from the last point when none is hovered) and returns its tooltip text. */
  moveHover(step: number): string;
  /** Picks the hovered point, as a click would. */
  pickHovered(): void;
  /** Hides the tooltip. */
  clearHover(): void;
  /** Marks a moment with a vertical line, such as the one the lanes show. Null removes the mark. */
  setMarkedTime(timeMs: number | null): void;
  destroy(): void;
}

/** Height of the tallest event mark in CSS pixels, given to the largest count in the chart. */
const MARKER_HEIGHT = 26;

/** Returns the index of the point nearest to `timeMs` in ascending `times`, or -1 when empty. */
export function nearestIndex(times: readonly number[], timeMs: number): number {
  if (times.length === 0) return -1;
  let low = 0;
  let high = times.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle] < timeMs) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && timeMs - times[low - 1] < times[low] - timeMs) return low - 1;
  return low;
}

/**
 * Creates a time chart inside `node`: stacked areas, lines and event marks over simulated time, with
 * a hover tooltip and a pickable moment. The node's CSS size sets the chart's size.
 */
export function createTimeChart(node: HTMLElement, callbacks: TimeChartCallbacks): TimeChartView {
  const frame = createChartFrame(node, 'time-chart');
  let x = linearScale([0, 1], [0, 1]);
  let y = linearScale([0, 1], [1, 0]);
  let model: TimeChartModel | null = null;
  let hovered = -1;
  let markedMs: number | null = null;

  function draw(): void {
    if (!model || !fitChartFrame(frame, node)) return;
    const current = model;
    x = linearScale([0, current.endMs], [0, frame.width]);
    y = linearScale([0, chartTop(current)], [frame.height, 0]);
    const xAt = (index: number) => x(current.timesMs[index]);

    frame.xAxis.call(
      axisBottom(x)
        .tickValues(timeTicks(current.endMs, Math.max(2, Math.floor(frame.width / 90))))
        .tickFormat((value) => formatAxisTime(Number(value), current.endMs)),
    );
    frame.yAxis.call(axisLeft(y).ticks(4).tickFormat((value) => current.formatValue(Number(value))));
    frame.grid
      .selectAll('line')
      .data(y.ticks(4))
      .join('line')
      .attr('x1', 0)
      .attr('x2', frame.width)
      .attr('y1', (value) => y(value))
      .attr('y2', (value) => y(value));

    const band = area<number>()
      .x((_, index) => xAt(index))
      .defined((value) => Number.isFinite(value));
    frame.data
      .selectAll('path.chart-area')
      .data(current.areas, (layer) => (layer as { key: string }).key)
      .join('path')
      .attr('class', 'chart-area')
      .style('fill', (layer) => layer.colour)
      .attr('d', (layer) => band.y0((_, index) => y(layer.lower[index])).y1((_, index) => y(layer.upper[index]))(layer.upper));

    frame.data
      .selectAll('path.chart-line')
      .data(current.lines, (series) => (series as { key: string }).key)
      .join('path')
      .attr('class', 'chart-line')
      .classed('chart-line-dashed', (series) => series.dashed === true)
      .style('stroke', (series) => series.colour)
      .attr('d', (series) => {
        const path = line<number>()
          .x((_, index) => xAt(index))
          .y((value) => y(value))
          .defined((value) => Number.isFinite(value));
        if (series.step) path.curve(curveStepBefore);
        return path(series.values);
      });

    const marks = current.markers.flatMap((marker) => {
      const largest = Math.max(1, ...marker.values);
      return marker.values.flatMap((count, index) =>
        count > 0 ? [{ key: `${marker.key}-${index}`, colour: marker.colour, x: xAt(index), height: 6 + (MARKER_HEIGHT - 6) * (count / largest) }] : [],
      );
    });
    frame.data
      .selectAll('rect.chart-mark')
      .data(marks, (mark) => (mark as { key: string }).key)
      .join('rect')
      .attr('class', 'chart-mark')
      .style('fill', (mark) => mark.colour)
      .attr('x', (mark) => mark.x - 2)
      .attr('width', 4)
      .attr('y', (mark) => frame.height - mark.height)
      .attr('height', (mark) => mark.height);

    frame.data
      .selectAll('line.chart-marked')
      .data(markedMs === null ? [] : [markedMs])
      .join('line')
      .attr('class', 'chart-marked')
      .attr('x1', (time) => x(time))
      .attr('x2', (time) => x(time))
      .attr('y1', 0)
      .attr('y2', frame.height);

    if (hovered >= 0) showHover(Math.min(hovered, current.timesMs.length - 1));
  }

  function showHover(index: number): string[] {
    if (!model || index < 0) return [];
    hovered = index;
    const current = model;
    const lines = [formatAxisTime(current.timesMs[index], current.endMs)];
    for (const series of [...current.areas, ...current.lines]) lines.push(`${series.label}: ${current.formatValue(series.values[index])}`);
    for (const marker of current.markers) lines.push(`${marker.label}: ${marker.values[index]}`);
    drawTooltip(frame, x(current.timesMs[index]), lines);
    return lines;
  }

  function indexAtPointer(event: PointerEvent): number {
    const bounds = (frame.overlay.node() as SVGRectElement).getBoundingClientRect();
    return model ? nearestIndex(model.timesMs, x.invert(event.clientX - bounds.left)) : -1;
  }

  frame.overlay
    .on('pointermove', (event: PointerEvent) => showHover(indexAtPointer(event)))
    .on('pointerleave', () => {
      hovered = -1;
      hideTooltip(frame);
    })
    .on('click', (event: PointerEvent) => {
      const index = indexAtPointer(event);
      if (model && index >= 0) callbacks.onPick(model.timesMs[index]);
    });

  return {
    update(next) {
      model = next;
      draw();
    },
    resize: draw,
    moveHover(step) {
      if (!model || model.timesMs.length === 0) return '';
      const last = model.timesMs.length - 1;
      const from = hovered < 0 ? last : hovered;
      return showHover(Math.min(last, Math.max(0, from + step))).join(', ');
    },
    pickHovered() {
      if (model && hovered >= 0 && hovered < model.timesMs.length) callbacks.onPick(model.timesMs[hovered]);
    },
    clearHover() {
      hovered = -1;
      hideTooltip(frame);
    },
    setMarkedTime(timeMs) {
      markedMs = timeMs;
      draw();
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
