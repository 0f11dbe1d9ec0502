import type { Invocation, SourceEvent } from '../records';
import type { ScheduledTask } from '../scheduler';
import type { GatewayOptions, SourceKind } from '../types';
import { GATEWAY_DEFAULTS, GATEWAY_TIMEOUT_MS, STATUS } from './source-defaults';
import { SourceAdapter, type SourceHost } from './source-adapter';

/**
 * A caller that waits for the response: an API Gateway request or a direct Invoke. A throttle gets 429
 * at once and a function error gets 502. API Gateway gives up at its integration timeout and returns
 * 504, while the function keeps running to its own timeout and its environment stays busy.
 */
export class SyncSource extends SourceAdapter {
  private options: GatewayOptions;
  private readonly gateway: boolean;
  private waiting = 0;
  private readonly timers = new Map<SourceEvent, ScheduledTask>();

  constructor(host: SourceHost, streamIndex: number, source: SourceKind, label: string, options: Partial<GatewayOptions>) {
    super(host, streamIndex, source, 'sync', label);
    this.gateway = source === 'api-gateway';
    this.options = resolveGatewayOptions(options);
  }

  /** Applies to requests from now on. A request already waiting keeps the timeout it started with. */
  configure(options: Partial<GatewayOptions>): void {
    this.options = resolveGatewayOptions(options);
  }

  get queueDepth(): number {
    return 0;
  }

  get inFlight(): number {
    return this.waiting;
  }

  accept(): SourceEvent {
    const event = this.createEvent();
    this.waiting++;
    const invocation = this.invoke([event], 1);

    // The gateway timer matters only if the function may still run when it fires.
    const timeoutMs = this.options.integrationTimeoutMs;
    if (this.gateway && invocation.status === 'in-flight' && timeoutMs < this.host.platform.functionTimeoutMs) {
      const task: ScheduledTask = this.host.scheduler.setTimeout(() => this.gatewayTimedOut(event), timeoutMs);
      this.timers.set(event, task);
    }
    return event;
  }

  invocationEnded(invocation: Invocation): void {
    const event = invocation.events[0];
    const timer = this.timers.get(event);
    if (timer !== undefined) {
      this.host.scheduler.clearTimeout(timer);
      this.timers.delete(event);
    }

    // After a 504 the caller has disconnected, so the invocation's end changes no response.
    if (event.state !== 'in-flight') return;

    if (invocation.status === 'completed') {
      this.answer(event, STATUS.ok);
      this.settle(event, 'succeeded');
    } else if (invocation.status === 'throttled') {
      this.counts.throttles++;
      this.answer(event, STATUS.throttled);
      this.settle(event, 'throttled');
    } else {
      this.answer(event, STATUS.functionError);
      this.settle(event, 'failed');
    }
  }

  private gatewayTimedOut(event: SourceEvent): void {
    this.timers.delete(event);
    this.counts.gatewayTimeouts++;
    this.answer(event, STATUS.gatewayTimeout);
    this.settle(event, 'failed');
  }

  /** Ends the caller's wait; only API Gateway callers get an HTTP response. */
  private answer(event: SourceEvent, statusCode: number): void {
    if (this.gateway) event.response = { statusCode, atMs: this.nowMs };
    this.waiting--;
  }
}

/** Fills in the defaults. The integration timeout follows the API type: 29 s for REST, 30 s for HTTP APIs. */
function resolveGatewayOptions(options: Partial<GatewayOptions>): GatewayOptions {
  const api = options.api ?? GATEWAY_DEFAULTS.api;
  return { api, integrationTimeoutMs: options.integrationTimeoutMs ?? GATEWAY_TIMEOUT_MS[api] };
}
