import { useDisplaySnapshot } from '../engine/engine-context';
import { formatCount, formatDuration, formatShare } from '../format';
import { STRINGS } from '../strings';
import { ConcurrencyGauge } from './ConcurrencyGauge';
import { Stat } from './Stat';

const text = STRINGS.numbers;

function latency(ms: number): string {
  return Number.isFinite(ms) && ms > 0 ? formatDuration(ms) : text.none;
}

/** Shows the run's figures from the simulation's own metrics, refreshed a few times a second. */
export function LiveNumbers() {
  const metrics = useDisplaySnapshot().metrics;
  const served = metrics.coldStarts + metrics.warmStarts;

  return (
    <section className="live-numbers" aria-label={STRINGS.app.regions.numbers}>
      <div className="stats">
        <Stat label={text.arrivals} value={formatCount(metrics.arrivals)} />
        <Stat label={text.invocations} value={formatCount(metrics.invocations)} />
        <Stat label={text.coldStarts} value={formatCount(metrics.coldStarts)} tone="cold" />
        <Stat label={text.warmStarts} value={formatCount(metrics.warmStarts)} tone="warm" />
        <Stat label={text.coldShare} value={formatShare(metrics.coldStarts, served)} />
        <Stat label={text.throttles} value={formatCount(metrics.throttles)} tone={metrics.throttles > 0 ? 'alert' : undefined} />
        <Stat label={text.timeouts} value={formatCount(metrics.timeouts)} tone={metrics.timeouts > 0 ? 'alert' : undefined} />
        <Stat label={text.created} value={formatCount(metrics.environmentsCreated)} />
        <Stat label={text.busy} value={formatCount(metrics.environments.busy)} />
        <Stat label={text.idle} value={formatCount(metrics.environments.idle)} />
        <Stat label={text.peak} value={formatCount(metrics.peakConcurrency)} />
        <Stat label={text.p50} value={latency(metrics.latencyMs.p50)} />
        <Stat label={text.p99} value={latency(metrics.latencyMs.p99)} />
      </div>
      <ConcurrencyGauge concurrency={metrics.concurrency} peak={metrics.peakConcurrency} limit={metrics.concurrencyLimit} />
    </section>
  );
}
