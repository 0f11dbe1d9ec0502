import { axisBottom, axisLeft } from 'd3-axis';
import { formatCount, formatDuration } from '../../app/format';
import { createChartFrame, drawTooltip, fitChartFrame, hideTooltip } from './chart-frame';
import { CHART_STRINGS } from './chart-strings';
import type { LatencyBin, LatencyPercentile } from './latency-data';
import { linearScale } from './linear-scale';
import { niceTop } from './timeline-charts';

/** Data of the latency histogram. */
export interface HistogramModel {
  bins: LatencyBin[];
  percentiles: LatencyPercentile[];
}

/** The chart created by {@link createHistogram}. */
export interface HistogramView {
  update(model: HistogramModel): void;
  resize(): void;
  destroy(): void;
}

const COLD_COLOUR = 'var(--phase-invoking-cold)';
const WARM_COLOUR = 'var(--phase-invoking-warm)';

/**
 * Creates the latency histogram inside `node`: bars of invocations by total latency, cold starts
 * stacked on warm ones, and a labelled line at each percentile.
 */
export function createHistogram(node: HTMLElement): HistogramView {
  const frame = createChartFrame(node, 'histogram');
  let x = linearScale([0, 1], [0, 1]);
  let y = linearScale([0, 1], [1, 0]);
  let model: HistogramModel = { bins: [], percentiles: [] };
  const text = CHART_STRINGS.latency;

  function draw(): void {
    if (!fitChartFrame(frame, node)) return;
    const { bins, percentiles } = model;
    const endMs = bins.length > 0 ? bins[bins.length - 1].toMs : 1_000;
    x = linearScale([0, endMs], [0, frame.width]);
    y = linearScale([0, niceTop(Math.max(1, ...bins.map((bin) => bin.cold + bin.warm)))], [frame.height, 0]);

    frame.xAxis.call(axisBottom(x).ticks(Math.max(2, Math.floor(frame.width / 90))).tickFormat((value) => formatDuration(Number(value))));
    frame.yAxis.call(axisLeft(y).ticks(4).tickFormat((value) => formatCount(Number(value))));
    frame.grid
      .selectAll('line')
      .data(y.ticks(4))
      .join('line')
      .attr('x1', 0)
      .attr('x2', frame.width)
      .attr('y1', (value) => y(value))
      .attr('y2', (value) => y(value));

    const bars = bins.flatMap((bin, index) => [
      { key: `warm-${index}`, bin, colour: WARM_COLOUR, from: 0, to: bin.warm },
      { key: `cold-${index}`, bin, colour: COLD_COLOUR, from: bin.warm, to: bin.warm + bin.cold },
    ]);
    frame.data
      .selectAll('rect.chart-bar')
      .data(bars, (bar) => (bar as { key: string }).key)
      .join('rect')
      .attr('class', 'chart-bar')
      .style('fill', (bar) => bar.colour)
      .attr('x', (bar) => x(bar.bin.fromMs) + 1)
      .attr('width', (bar) => Math.max(0, x(bar.bin.toMs) - x(bar.bin.fromMs) - 2))
      .attr('y', (bar) => y(bar.to))
      .attr('height', (bar) => y(bar.from) - y(bar.to));

    const marks = frame.data
      .selectAll<SVGGElement, LatencyPercentile>('g.chart-percentile')
      .data(percentiles, (percentile) => percentile.name)
      .join((enter) => {
        const group = enter.append('g').attr('class', 'chart-percentile');
        group.append('line');
        group.append('text');
        return group;
      })
      .attr('transform', (percentile) => `translate(${x(percentile.totalMs)},0)`);
    marks.select('line').attr('y1', 0).attr('y2', frame.height);
    // Labels sit at different heights so p95 and p99 stay readable when they are close together, and
    // turn to the left of their line near the right edge so they are not cut off.
    const nearRightEdge = (percentile: LatencyPercentile) => x(percentile.totalMs) > frame.width - 90;
    marks
      .select('text')
      .attr('text-anchor', (percentile) => (nearRightEdge(percentile) ? 'end' : 'start'))
      .attr('x', (percentile) => (nearRightEdge(percentile) ? -4 : 4))
      .attr('y', (_, index) => 14 + index * 18)
      .text((percentile) => text.percentileShort(percentile.name, formatDuration(percentile.totalMs)));
  }

  function binAt(event: PointerEvent): LatencyBin | undefined {
    const bounds = (frame.overlay.node() as SVGRectElement).getBoundingClientRect();
    const timeMs = x.invert(event.clientX - bounds.left);
    return model.bins.find((bin) => timeMs >= bin.fromMs && timeMs < bin.toMs);
  }

  frame.overlay
    .on('pointermove', (event: PointerEvent) => {
      const bin = binAt(event);
      if (!bin) return hideTooltip(frame);
      drawTooltip(frame, x((bin.fromMs + bin.toMs) / 2), [
        `${formatDuration(bin.fromMs)} – ${formatDuration(bin.toMs)}`,
        `${text.cold}: ${bin.cold}`,
        `${text.warm}: ${bin.warm}`,
      ]);
    })
    .on('pointerleave', () => hideTooltip(frame));

  return {
    update(next) {
      model = next;
      draw();
    },
    resize: draw,
    destroy() {
      frame.svg.remove();
    },
  };
}
