import { INIT_BILLED, PRICES } from './model-facts';
import type { Architecture, CostBreakdown } from './types';

const MB_PER_GB = 1_024;
const MS_PER_SEC = 1_000;

/** Significant digits of amounts in US dollars in reports: enough for any run, fewer than a double carries. */
const USD_DIGITS = 12;

/**
 * Rounds an amount in US dollars to USD_DIGITS significant digits, which drops the binary rounding
 * noise of sums, such as 0.000008100015000000001 for 0.000008100015.
 */
export function roundUsd(usd: number): number {
  return Number(usd.toPrecision(USD_DIGITS));
}

/** Rounds a duration up to the billing granularity (1 ms). */
export function billedMs(durationMs: number): number {
  return Math.ceil(durationMs / PRICES.roundingMs) * PRICES.roundingMs;
}

/** Converts a duration at a memory size into GB-seconds. */
export function gbSeconds(durationMs: number, memoryMb: number): number {
  return (memoryMb / MB_PER_GB) * (durationMs / MS_PER_SEC);
}

/**
 * Adds up what a run costs at us-east-1 first-tier prices, free tier not applied. On-demand
 * invocations pay for requests and for billed run time; cold starts also pay for init (since August
 * 2025). Provisioned environments pay a lower rate while running plus a rate for being configured.
 */
export class Bill {
  requests = 0;
  onDemandGbSeconds = 0;
  initGbSeconds = 0;
  provisionedRunningGbSeconds = 0;
  provisionedConfiguredGbSeconds = 0;

  constructor(private architecture: Architecture) {}

  setArchitecture(architecture: Architecture): void {
    this.architecture = architecture;
  }

  /** Bills one invocation that ran. `initMs` is the init it waited for, 0 on a warm start. */
  addInvocation(runMs: number, initMs: number, memoryMb: number, provisioned: boolean): void {
    this.requests++;
    const run = gbSeconds(billedMs(runMs), memoryMb);
    if (provisioned) {
      this.provisionedRunningGbSeconds += run;
      return;
    }
    this.onDemandGbSeconds += run;
    if (INIT_BILLED && initMs > 0) this.initGbSeconds += gbSeconds(billedMs(initMs), memoryMb);
  }

  /** Bills provisioned concurrency that stayed configured for `durationMs`. */
  addProvisionedTime(environments: number, memoryMb: number, durationMs: number): void {
    this.provisionedConfiguredGbSeconds += environments * gbSeconds(durationMs, memoryMb);
  }

  /** GB-seconds of run and init time, the figure AWS bills duration on. */
  get billedGbSeconds(): number {
    return this.onDemandGbSeconds + this.initGbSeconds + this.provisionedRunningGbSeconds;
  }

  /** Itemizes the cost. `pendingProvisionedGbSeconds` is configured time not yet added with addProvisionedTime. */
  breakdown(pendingProvisionedGbSeconds = 0): CostBreakdown {
    const rate = PRICES.gbSecondUsd[this.architecture];
    const requestsUsd = this.requests * PRICES.requestUsd;
    const durationUsd = this.onDemandGbSeconds * rate;
    const initUsd = this.initGbSeconds * rate;
    const provisionedUsd =
      this.provisionedRunningGbSeconds * PRICES.provisionedRunningGbSecondUsd +
      (this.provisionedConfiguredGbSeconds + pendingProvisionedGbSeconds) * PRICES.provisionedGbSecondUsd;
    return {
      requestsUsd: roundUsd(requestsUsd),
      durationUsd: roundUsd(durationUsd),
      initUsd: roundUsd(initUsd),
      provisionedUsd: roundUsd(provisionedUsd),
      totalUsd: roundUsd(requestsUsd + durationUsd + initUsd + provisionedUsd),
    };
  }
}
