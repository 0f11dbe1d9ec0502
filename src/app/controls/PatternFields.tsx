import type { TrafficStream } from '../../sim/types';
import { STRINGS } from '../strings';
import { NumberField } from './NumberField';
import type { EditableStream } from './traffic-edit';

/** Fastest rate the controls offer; at the default limit of 1,000 this already throttles short handlers. */
const RATE_MAX_PER_SEC = 10_000;
const RATE_MIN_PER_SEC = 0.01;
const BURST_MAX = 20_000;

const text = STRINGS.controls;
const RATE_UNIT = 'events/s';


interface PatternFieldsProps {
  stream: EditableStream;
  durationMs: number;
  /** Applies a changed stream; returns null when applied or the reason it was rejected. */
  onChange: (stream: TrafficStream) => string | null;
}

/** Renders the numbers that shape one traffic pattern: a rate, a burst size, a ramp or a wave. */
export function PatternFields({ stream, durationMs, onChange }: PatternFieldsProps) {
  const rate = (label: string, value: number, apply: (value: number) => TrafficStream, min = RATE_MIN_PER_SEC) => (
    <NumberField
      key={label}
      label={label}
      value={value}
      min={min}
      max={RATE_MAX_PER_SEC}
      step={0.01}
      scale="log"
      unit={RATE_UNIT}
      onCommit={(next) => onChange(apply(next))}
    />
  );
  const time = (label: string, valueMs: number, apply: (ms: number) => TrafficStream, minS = 0.1) => (
    <NumberField
      key={label}
      label={label}
      value={valueMs / 1000}
      min={minS}
      max={Math.max(durationMs / 1000, minS)}
      step={0.1}
      scale="log"
      unit="s"
      onCommit={(seconds) => onChange(apply(Math.round(seconds * 1000)))}
    />
  );

  switch (stream.pattern) {
    case 'poisson':
    case 'constant':
      return rate(text.rate, stream.ratePerSec, (ratePerSec) => ({ ...stream, ratePerSec }));
    case 'burst':
      return (
        <>
          <NumberField
            label={text.burstCount}
            value={stream.count}
            min={1}
            max={BURST_MAX}
            step={1}
            scale="log"
            unit="events"
            onCommit={(count) => onChange({ ...stream, count })}
          />
          {time(text.burstAt, stream.atMs, (atMs) => ({ ...stream, atMs }), 0)}
        </>
      );
    case 'ramp':
      return (
        <>
          {rate(text.rampFrom, stream.fromPerSec, (fromPerSec) => ({ ...stream, fromPerSec }), 0)}
          {rate(text.rampTo, stream.toPerSec, (toPerSec) => ({ ...stream, toPerSec }), 0)}
          {time(text.rampOver, stream.overMs, (overMs) => ({ ...stream, overMs }))}
        </>
      );
    case 'periodic':
      return (
        <>
          {rate(text.waveMean, stream.meanPerSec, (meanPerSec) => ({ ...stream, meanPerSec }))}
          {rate(text.waveAmplitude, stream.amplitudePerSec, (amplitudePerSec) => ({ ...stream, amplitudePerSec }), 0)}
          {time(text.wavePeriod, stream.periodMs, (periodMs) => ({ ...stream, periodMs }))}
        </>
      );
  }
}
