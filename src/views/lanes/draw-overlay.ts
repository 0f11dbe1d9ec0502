import { axisTop } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select, type Selection as D3Selection } from 'd3-selection';
import type { EnvironmentView } from '../../sim/types';
import type { TrayCounts } from './draw-stage';
import { laneAlpha } from './lane-rows';
import type { LaneLayout } from './lane-layout';
import { LANES_STRINGS } from './lanes-strings';
import { trayBand, type StageGeometry } from './stage-geometry';
import { formatSimTime } from './time-format';
import { timeToX, type TimeMapping } from './time-window';

/** One labelled lane in the label gutter. */
interface LaneLabel {
  id: number;
  y: number;
  provisioned: boolean;
  alpha: number;
  selected: boolean;
}

/** Everything that changes the lane labels; the labels are rebuilt only when one of these changes. */
interface LabelKey {
  count: number;
  firstId: number;
  lastId: number;
  pitch: number;
  mode: string;
  selectedId: number;
  terminated: number;
  lanesTop: number;
}

/**
 * The SVG layer over the canvas: the time axis, the "now" badge, lane labels and the trays' names and
 * counts. It contains a few dozen nodes at most; everything per environment is on the canvas.
 */
export interface Overlay {
  /** Redraws the axis for this frame's mapping and returns the tick times for the grid. */
  updateAxis(mapping: TimeMapping, geometry: StageGeometry, spanMs: number): number[];
  updateNow(mapping: TimeMapping, geometry: StageGeometry, nowMs: number): void;
  updateLabels(
    environments: readonly EnvironmentView[],
    layout: LaneLayout,
    geometry: StageGeometry,
    nowMs: number,
    selectedId: number,
  ): void;
  /** Names and counts of the trays; a count below 0 hides its tray. */
  updateTrays(geometry: StageGeometry, counts: TrayCounts, destination: number): void;
  /** Sets the factor on text sizes and offsets; every part is redrawn on its next update. */
  setTextScale(textScale: number): void;
}

/** Creates the overlay's groups inside `svg`. */
export function createOverlay(svg: SVGSVGElement): Overlay {
  const root = select(svg);
  const headings = root.append('g').attr('class', 'lanes-headings');
  const axisGroup = root.append('g').attr('class', 'lanes-axis');
  const labelGroup = root.append('g').attr('class', 'lanes-labels');
  const trays = LANES_STRINGS.trays;
  const tray = root.append('g').attr('class', 'lanes-tray');
  const trayTitle = tray.append('text').attr('class', 'lanes-tray-title').text(trays.throttled);
  const trayCount = tray.append('text').attr('class', 'lanes-tray-count').text('0');
  const trayUnit = tray.append('text').attr('class', 'lanes-tray-note').text(trays.throttledUnit);
  const deadLetter = root.append('g').attr('class', 'lanes-tray lanes-tray-dlq');
  const deadLetterTitle = deadLetter.append('text').attr('class', 'lanes-tray-title').text(trays.deadLettered);
  const deadLetterCount = deadLetter.append('text').attr('class', 'lanes-dlq-count').text('0');
  const destinationNote = deadLetter.append('text').attr('class', 'lanes-tray-note');
  const lost = root.append('g').attr('class', 'lanes-tray lanes-tray-lost');
  const lostTitle = lost.append('text').attr('class', 'lanes-tray-title').text(trays.lost);
  const lostCount = lost.append('text').attr('class', 'lanes-lost-count').text('0');
  const now = root.append('g').attr('class', 'lanes-now');
  now.append('rect').attr('x', -16).attr('y', -9).attr('width', 32).attr('height', 16).attr('rx', 8);
  now.append('text').attr('y', 3).text('now');

  const scale = scaleUtc();
  const axis = axisTop<Date>(scale).tickSizeOuter(0).tickPadding(5);
  let labelKey: LabelKey | null = null;
  let traysShown = '';
  let headingsFor: StageGeometry | null = null;
  let scaleBy = 1;

  return {
    updateAxis(mapping, geometry, spanMs) {
      if (headingsFor?.width !== geometry.width || headingsFor.height !== geometry.height) {
        drawHeadings(headings, geometry, scaleBy);
        headingsFor = geometry;
      }
      scale.domain([new Date(mapping.startMs), new Date(mapping.endMs)]).range([geometry.plotLeft, geometry.plotRight]);
      const tickCount = Math.max(2, Math.floor((geometry.plotRight - geometry.plotLeft) / (110 * scaleBy)));
      const ticks = scale.ticks(tickCount);
      const stepMs = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : spanMs;
      axis.tickValues(ticks).tickFormat((date) => formatSimTime(date.getTime(), stepMs));
      axisGroup.attr('transform', `translate(0,${geometry.axisY})`).call(axis);
      return ticks.map((date) => date.getTime());
    },

    updateNow(mapping, geometry, nowMs) {
      const x = timeToX(mapping, nowMs);
      const visible = x >= geometry.plotLeft && x <= geometry.plotRight;
      now.attr('display', visible ? null : 'none');
      // The badge sits at the foot of the line, clear of the axis labels at the top.
      if (visible) now.attr('transform', `translate(${x.toFixed(1)},${geometry.lanesBottom - 9 * scaleBy}) scale(${scaleBy})`);
    },

    updateLabels(environments, layout, geometry, nowMs, selectedId) {
      const key = labelKeyOf(environments, layout, geometry, selectedId);
      if (labelKey && sameKey(labelKey, key)) return;
      labelKey = key;
      const labels = layout.mode === 'lanes' ? laneLabels(environments, layout, geometry, nowMs, selectedId) : densityLabels(environments, layout, geometry, selectedId);
      drawLabels(labelGroup, labels, geometry, scaleBy);
    },

    updateTrays(geometry, counts, destination) {
      const key = `${geometry.trayTop},${geometry.trayBottom},${geometry.sourceRight},${counts.throttled},${counts.deadLettered},${counts.lost},${destination}`;
      if (key === traysShown) return;
      traysShown = key;
      const titleX = 14;
      const countX = geometry.sourceRight - 14;
      const titleY = 17 * scaleBy;
      const countY = 22 * scaleBy;

      const throttledBand = trayBand(geometry, 0);
      trayTitle.attr('x', titleX).attr('y', throttledBand.top + titleY);
      trayCount.attr('x', countX).attr('y', throttledBand.top + countY).text(format(counts.throttled));
      trayUnit.attr('x', titleX).attr('y', throttledBand.top + 31 * scaleBy);

      deadLetter.attr('display', counts.deadLettered >= 0 ? null : 'none');
      lost.attr('display', counts.lost >= 0 ? null : 'none');
      if (counts.deadLettered >= 0) {
        const band = trayBand(geometry, 1);
        deadLetterTitle.attr('x', titleX).attr('y', band.top + titleY);
        deadLetterCount.attr('x', countX).attr('y', band.top + countY).text(format(counts.deadLettered));
        destinationNote
          .attr('x', titleX)
          .attr('y', band.top + 31 * scaleBy)
          .text(destination > 0 ? trays.destination(format(destination)) : '');
      }
      if (counts.lost >= 0) {
        const band = trayBand(geometry, 2);
        lostTitle.attr('x', titleX).attr('y', band.top + titleY);
        lostCount.attr('x', countX).attr('y', band.top + countY).text(format(counts.lost));
      }
    },

    setTextScale(textScale) {
      scaleBy = textScale;
      // The SVG text sizes read this property, so CSS keeps the fonts and the code the offsets.
      svg.style.setProperty('--lanes-text-scale', String(textScale));
      labelKey = null;
      traysShown = '';
      headingsFor = null;
    },
  };
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}

function drawHeadings(group: D3Selection<SVGGElement, unknown, null, undefined>, geometry: StageGeometry, textScale: number): void {
  const headings = [{ text: LANES_STRINGS.sources.heading, x: geometry.sourceX, anchor: 'middle' }];
  group
    .selectAll('text')
    .data(headings)
    .join('text')
    .attr('x', (heading) => heading.x)
    .attr('y', geometry.axisY - 16 * textScale)
    .attr('text-anchor', (heading) => heading.anchor)
    .text((heading) => heading.text);
  group
    .selectAll('text.lanes-limit')
    .data([0])
    .join('text')
    .attr('class', 'lanes-limit')
    // Rotated a quarter turn, the text's glyphs extend to the right of its baseline, so the baseline
    // sits a text height left of the limit line.
    .attr('transform', `translate(${geometry.wallX - 12 * textScale},${geometry.lanesTop + 4}) rotate(90)`)
    .text('concurrency limit');
}

function labelKeyOf(
  environments: readonly EnvironmentView[],
  layout: LaneLayout,
  geometry: StageGeometry,
  selectedId: number,
): LabelKey {
  let terminated = 0;
  if (layout.mode === 'lanes') for (const env of environments) if (env.phase === 'terminated') terminated++;
  return {
    count: environments.length,
    firstId: environments[0]?.id ?? 0,
    lastId: environments[environments.length - 1]?.id ?? 0,
    pitch: layout.pitch,
    mode: layout.mode,
    selectedId,
    terminated,
    lanesTop: geometry.lanesTop,
  };
}

function sameKey(a: LabelKey, b: LabelKey): boolean {
  return (
    a.count === b.count &&
    a.firstId === b.firstId &&
    a.lastId === b.lastId &&
    a.pitch === b.pitch &&
    a.mode === b.mode &&
    a.selectedId === b.selectedId &&
    a.terminated === b.terminated &&
    a.lanesTop === b.lanesTop
  );
}

function laneLabels(
  environments: readonly EnvironmentView[],
  layout: LaneLayout,
  geometry: StageGeometry,
  nowMs: number,
  selectedId: number,
): LaneLabel[] {
  const labels: LaneLabel[] = [];
  environments.forEach((env, row) => {
    const selected = env.id === selectedId;
    if (!selected && row % layout.labelEvery !== 0) return;
    labels.push({
      id: env.id,
      y: geometry.lanesTop + (row + 0.5) * layout.pitch,
      provisioned: env.provisioned,
      // A fading lane's label rests at its final opacity straight away; labels are not redrawn per frame.
      alpha: env.phase === 'terminated' ? laneAlpha(env, Number.POSITIVE_INFINITY) : laneAlpha(env, nowMs),
      selected,
    });
  });
  return labels;
}

/** In density rows only the first and last environments and the selected one get a label. */
function densityLabels(
  environments: readonly EnvironmentView[],
  layout: LaneLayout,
  geometry: StageGeometry,
  selectedId: number,
): LaneLabel[] {
  if (environments.length === 0) return [];
  const first = environments[0];
  const last = environments[environments.length - 1];
  const labels: LaneLabel[] = [
    { id: first.id, y: geometry.lanesTop + 5, provisioned: false, alpha: 1, selected: first.id === selectedId },
    {
      id: last.id,
      y: geometry.lanesTop + layout.contentHeight - 5,
      provisioned: false,
      alpha: 1,
      selected: last.id === selectedId,
    },
  ];
  const row = environments.findIndex((env) => env.id === selectedId);
  if (row > 0 && row < environments.length - 1) {
    labels.push({ id: selectedId, y: geometry.lanesTop + (row + 0.5) * layout.pitch, provisioned: false, alpha: 1, selected: true });
  }
  return labels;
}

function drawLabels(
  group: D3Selection<SVGGElement, unknown, null, undefined>,
  labels: LaneLabel[],
  geometry: StageGeometry,
  textScale: number,
): void {
  const items = group
    .selectAll<SVGGElement, LaneLabel>('g')
    .data(labels, (label) => label.id)
    .join((enter) => {
      const item = enter.append('g');
      item.append('rect').attr('class', 'lanes-pc').attr('width', 20).attr('height', 13).attr('rx', 3).attr('y', -7);
      item.append('text').attr('class', 'lanes-pc-text').attr('y', 3).text('PC');
      item.append('text').attr('class', 'lanes-label').attr('y', 4).attr('text-anchor', 'end');
      return item;
    });
  items
    // The scale grows the label, its badge and their offsets together; the CSS font sizes stay at scale 1.
    .attr('transform', (label) => `translate(${geometry.labelRight - 4},${label.y.toFixed(1)}) scale(${textScale})`)
    .attr('opacity', (label) => label.alpha)
    .classed('is-selected', (label) => label.selected);
  items.select('.lanes-label').text((label) => `env ${label.id}`);
  items
    .select('.lanes-pc')
    .attr('display', (label) => (label.provisioned ? null : 'none'))
    .attr('x', (label) => -labelWidth(label.id) - 26);
  items
    .select('.lanes-pc-text')
    .attr('display', (label) => (label.provisioned ? null : 'none'))
    .attr('x', (label) => -labelWidth(label.id) - 16);
}

/** Estimated width of "env N" in the 11 px label font, enough to place the PC badge left of it. */
function labelWidth(id: number): number {
  return 24 + String(id).length * 6.5;
}
