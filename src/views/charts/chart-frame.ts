/**
 * The parts every D3 chart here shares: an SVG with a plot area inside margins, axis groups, and
 * sizes in CSS pixels. Text sizes come from charts.css, in rem, so "Large text" scales them.
 */
import { select, type Selection } from 'd3-selection';

/** Space around the plot for the axes and their labels, in CSS pixels. */
export const MARGIN = { top: 12, right: 16, bottom: 34, left: 64 };

/** Counter that makes each chart's clip path id unique in the page. */
let clipCount = 0;

export type SvgGroup = Selection<SVGGElement, unknown, null, undefined>;

/** The SVG of a chart and its layers, bottom to top. */
export interface ChartFrame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  plot: SvgGroup;
  grid: SvgGroup;
  data: SvgGroup;
  xAxis: SvgGroup;
  yAxis: SvgGroup;
  hover: SvgGroup;
  /** Catches pointer events over the plot. */
  overlay: Selection<SVGRectElement, unknown, null, undefined>;
  width: number;
  height: number;
}

/** Creates the SVG inside `node`. The SVG is hidden from assistive technology: the table beside it is the text. */
export function createChartFrame(node: HTMLElement, className: string): ChartFrame {
  const svg = select(node).append('svg').attr('class', `chart-svg ${className}`).attr('aria-hidden', 'true');
  // Lines above a chart's fixed top (a far-away limit) are cut at the plot's edge.
  const clipId = `chart-clip-${++clipCount}`;
  svg.append('defs').append('clipPath').attr('id', clipId).append('rect');
  const plot = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const frame: ChartFrame = {
    svg,
    plot,
    grid: plot.append('g').attr('class', 'chart-grid'),
    data: plot.append('g').attr('class', 'chart-data').attr('clip-path', `url(#${clipId})`),
    xAxis: plot.append('g').attr('class', 'chart-axis chart-axis-x'),
    yAxis: plot.append('g').attr('class', 'chart-axis chart-axis-y'),
    hover: plot.append('g').attr('class', 'chart-hover').style('display', 'none'),
    overlay: plot.append('rect').attr('class', 'chart-overlay'),
    width: 0,
    height: 0,
  };
  return frame;
}

/** Sizes the SVG to `node` and returns whether the plot has room to draw. */
export function fitChartFrame(frame: ChartFrame, node: HTMLElement): boolean {
  const width = Math.max(0, node.clientWidth - MARGIN.left - MARGIN.right);
  const height = Math.max(0, node.clientHeight - MARGIN.top - MARGIN.bottom);
  frame.svg.attr('width', node.clientWidth).attr('height', node.clientHeight);
  frame.xAxis.attr('transform', `translate(0,${height})`);
  frame.overlay.attr('width', width).attr('height', height);
  // A little room above the top keeps a thick line at the top value whole.
  frame.svg.select('clipPath rect').attr('x', -2).attr('y', -4).attr('width', width + 4).attr('height', height + 4);
  frame.width = width;
  frame.height = height;
  return width > 0 && height > 0;
}

/**
 * Draws a tooltip box of `lines` next to x = `atX` in the hover layer, flipping to the left of the
 * cursor when it would leave the plot.
 */
export function drawTooltip(frame: ChartFrame, atX: number, lines: readonly string[]): void {
  const hover = frame.hover;
  hover.style('display', null);
  hover
    .selectAll('line.chart-rule')
    .data([atX])
    .join('line')
    .attr('class', 'chart-rule')
    .attr('x1', (x) => x)
    .attr('x2', (x) => x)
    .attr('y1', 0)
    .attr('y2', frame.height);

  const box = hover.selectAll<SVGGElement, null>('g.chart-tooltip').data([null]).join('g').attr('class', 'chart-tooltip');
  const rect = box.selectAll('rect').data([null]).join('rect');
  const text = box.selectAll('text').data([null]).join('text');
  text
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', 8)
    .attr('dy', (_, index) => (index === 0 ? '1.2em' : '1.25em'))
    .attr('font-weight', (_, index) => (index === 0 ? 600 : null))
    .text((line) => line);

  const bounds = (text.node() as SVGTextElement).getBBox();
  const boxWidth = bounds.width + 16;
  const boxHeight = bounds.height + 10;
  rect.attr('width', boxWidth).attr('height', boxHeight).attr('rx', 4);
  const left = atX + 12 + boxWidth > frame.width ? atX - 12 - boxWidth : atX + 12;
  box.attr('transform', `translate(${Math.max(0, left)},4)`);
}

/** Hides the rule and tooltip. */
export function hideTooltip(frame: ChartFrame): void {
  frame.hover.style('display', 'none');
}
