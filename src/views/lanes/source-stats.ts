/**
 * The live state of each event source as short lines for its box on the canvas, and as sentences for
 * screen readers. Both read the same fields, so what a sighted person sees and what is read out agree.
 */
import type { SourceView } from '../../sim/types';
import { sourceName } from './describe-environment';
import { LANES_STRINGS } from './lanes-strings';
import { formatDuration } from './time-format';

const text = LANES_STRINGS.sources;

/** Shard rows a box lists one by one; further shards are summed up in one line. */
export const SHARD_ROWS = 4;

/** One line of a source box. `alert` lines are drawn in the warning colour. */
export interface BoxLine {
  text: string;
  alert: boolean;
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Returns the source's name as its box heads it: its label, or the kind's name when it has none. */
export function sourceTitle(view: SourceView): string {
  return view.label.length > 0 ? view.label : sourceName(view.source);
}

/** Returns how many lines the box of `view` shows, which sets its height; it never changes during a run. */
export function boxLineCount(view: SourceView): number {
  if (view.mode === 'stream') return Math.min(view.shards.length, SHARD_ROWS) + (view.shards.length > SHARD_ROWS ? 1 : 0);
  if (view.mode === 'sync' && view.source !== 'api-gateway') return 1;
  return 2;
}

/** Returns the lines under the source's title: queue, poller or shard state, and failures. */
export function boxLines(view: SourceView): BoxLine[] {
  const counts = view.counts;
  switch (view.mode) {
    case 'sync':
      if (view.source !== 'api-gateway') return [{ text: text.running(count(view.inFlight)), alert: false }];
      return [
        { text: text.waiting(count(view.inFlight)), alert: false },
        { text: text.codes(count(counts.gatewayTimeouts), count(counts.throttles)), alert: counts.gatewayTimeouts > 0 },
      ];
    case 'async':
      return [
        { text: text.asyncQueue(count(view.queueDepth), count(view.inFlight)), alert: false },
        { text: text.retries(count(counts.retries)), alert: counts.retries > 0 },
      ];
    case 'queue':
      return [
        { text: text.visible(count(view.queueDepth), count(view.inFlight)), alert: false },
        { text: text.pollers(count(view.pollers ?? 0), count(counts.retries)), alert: counts.retries > 0 },
      ];
    case 'stream':
      return shardLines(view);
  }
}

function shardLines(view: SourceView): BoxLine[] {
  const lines: BoxLine[] = [];
  const shown = Math.min(view.shards.length, SHARD_ROWS);
  for (let i = 0; i < shown; i++) {
    const shard = view.shards[i];
    // Whole seconds keep the line short enough for the box; the text alternative gives tenths.
    const age = formatDuration(shard.iteratorAgeMs >= 10_000 ? Math.round(shard.iteratorAgeMs / 1000) * 1000 : shard.iteratorAgeMs);
    lines.push(
      shard.blocked
        ? { text: text.shardBlocked(shard.id, age), alert: true }
        : { text: text.shard(shard.id, count(shard.pending)), alert: false },
    );
  }
  if (view.shards.length > shown) {
    let blocked = 0;
    for (let i = shown; i < view.shards.length; i++) if (view.shards[i].blocked) blocked++;
    lines.push({ text: text.moreShards(count(view.shards.length - shown), count(blocked)), alert: blocked > 0 });
  }
  return lines;
}

/** Describes the source and its state in full sentences, for the text alternative to the canvas. */
export function describeSource(view: SourceView): string {
  const counts = view.counts;
  const name = `${sourceTitle(view)} (${sourceName(view.source)})`;
  const say = text.describe;
  const outcomes = say.outcomes(count(counts.deadLettered), count(counts.sentToDestination), count(counts.lost));

  switch (view.mode) {
    case 'sync':
      if (view.source !== 'api-gateway') return say.direct(name, count(view.inFlight), count(counts.succeeded));
      return say.gateway(
        name,
        count(view.inFlight),
        count(counts.gatewayTimeouts),
        count(counts.throttles),
        count(counts.succeeded),
      );
    case 'async':
      return `${say.async(name, count(view.queueDepth), count(view.inFlight), count(counts.retries))} ${outcomes}`;
    case 'queue':
      return `${say.queue(name, count(view.queueDepth), count(view.inFlight), count(view.pollers ?? 0), count(counts.retries), count(counts.succeeded))} ${outcomes}`;
    case 'stream': {
      const shards = view.shards
        .slice(0, SHARD_ROWS)
        .map((shard) => say.shard(shard.id, count(shard.pending), formatDuration(shard.iteratorAgeMs), shard.blocked));
      return [say.stream(name, count(view.shards.length), count(counts.retries)), ...shards, outcomes].join(' ');
    }
  }
}
