import type { AreaLayer } from './time-chart-model';

/** A series to stack, bottom first. */
export interface StackInput {
  key: string;
  label: string;
  colour: string;
  values: number[];
}

/** Stacks series bottom first: each layer starts where the one below it ends. */
export function stackLayers(inputs: readonly StackInput[]): AreaLayer[] {
  const length = inputs.length > 0 ? inputs[0].values.length : 0;
  let base: number[] = new Array<number>(length).fill(0);
  return inputs.map((input) => {
    const upper = base.map((lower, index) => lower + (input.values[index] ?? 0));
    const layer: AreaLayer = { ...input, lower: base, upper };
    base = upper;
    return layer;
  });
}
