/**
 * A small linear scale for the charts, shaped as d3-axis expects (a callable with domain, range and
 * copy). d3-scale's scaleLinear would do the same but brings d3-format into the page's first bundle,
 * which the lanes share with the charts' lazy chunk.
 */

/** A linear map from a domain of values to a range of pixels. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(pixel: number): number;
  /** Round values from the domain's start to its end, about `count` of them. */
  ticks(count: number): number[];
  copy(): LinearScale;
}

/** Creates a scale from `domain` to `range`. A domain of zero width maps everything to the range's start. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  const ratio = width === 0 ? 0 : (r1 - r0) / width;

  const scale = ((value: number) => r0 + (value - d0) * ratio) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (pixel) => (ratio === 0 ? d0 : d0 + (pixel - r0) / ratio);
  scale.ticks = (count) => roundTicks(d0, d1, count);
  scale.copy = () => linearScale(domain, range);
  return scale;
}

/** Returns the round step (1, 2 or 5 times a power of ten) that splits `span` into at most about `count` parts. */
export function roundStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multiple = [1, 2, 5, 10].find((candidate) => candidate * power >= raw - 1e-12) ?? 10;
  return multiple * power;
}

/** Returns the multiples of a round step from `start` to `end`. */
export function roundTicks(start: number, end: number, count: number): number[] {
  const step = roundStep(end - start, count);
  const ticks: number[] = [];
  for (let index = Math.ceil(start / step); index * step <= end + step * 1e-9; index++) {
    // Multiplying the index, not adding steps, keeps 0.1 + 0.2 errors out of the labels.
    ticks.push(Number((index * step).toPrecision(12)));
  }
  return ticks;
}
