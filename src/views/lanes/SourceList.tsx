import type { FrameSource } from '../../app/engine/frame-source';
import type { SimulationSnapshot } from '../../sim/types';
import { LANES_STRINGS } from './lanes-strings';
import { describeSource } from './source-stats';
import { useSampledFrame } from './use-sampled-frame';

/** How often the sentences refresh: a few times a second, like the other text around the lanes. */
const REFRESH_MS = 500;

interface SourceText {
  sources: string[];
  trays: string;
}

function sampleSources(snapshot: SimulationSnapshot): SourceText {
  let deadLettered = 0;
  let destination = 0;
  let lost = 0;
  for (const view of snapshot.sources) {
    deadLettered += view.counts.deadLettered;
    destination += view.counts.sentToDestination;
    lost += view.counts.lost;
  }
  const format = (value: number) => value.toLocaleString('en-US');
  return {
    sources: snapshot.sources.map(describeSource),
    trays: LANES_STRINGS.trays.describe(format(snapshot.metrics.throttles), format(deadLettered), format(destination), format(lost)),
  };
}

function sameSources(a: SourceText, b: SourceText): boolean {
  return a.trays === b.trays && a.sources.length === b.sources.length && a.sources.every((line, i) => line === b.sources[i]);
}

/**
 * Renders the text alternative to the source boxes and trays drawn on the canvas: one sentence per
 * source with its queue, poller or shard state, and one with the trays' counts. It is visually hidden,
 * since the canvas shows the same numbers.
 */
export function SourceList({ source }: { source: FrameSource }) {
  const text = useSampledFrame(source, REFRESH_MS, sampleSources, sameSources);
  return (
    <div className="visually-hidden">
      <ul aria-label={LANES_STRINGS.sources.listLabel}>
        {text.sources.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <p>{text.trays}</p>
    </div>
  );
}
