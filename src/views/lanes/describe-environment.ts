import type { EnvironmentView, Phase, PhaseSpan, SourceKind } from '../../sim/types';
import { phaseStyle } from './phase-style';
import { formatDuration, formatSimTime } from './time-format';

const PHASE_WORDS: Record<Phase, string> = {
  provisioning: 'provisioning, cold start',
  initializing: 'initializing, cold start',
  reinitializing: 're-initializing inside an invocation, cold start',
  'invoking-cold': 'invoking, cold start',
  'invoking-warm': 'invoking, warm start',
  idle: 'idle',
  resetting: 'resetting after a timeout',
  'shutting-down': 'shutting down',
  terminated: 'terminated',
};

/**
 * Describes an environment in one line for screen readers and the keyboard list, for example
 * "Environment 2, invoking, warm start, invocation 7, served 3 events".
 */
export function describeEnvironment(environment: EnvironmentView): string {
  const parts = [`Environment ${environment.id}`];
  if (environment.provisioned) parts.push('provisioned concurrency');
  parts.push(PHASE_WORDS[environment.phase]);
  if (environment.current) parts.push(`invocation ${environment.current.id}`);
  const served = environment.invocationsServed;
  parts.push(`served ${served} ${served === 1 ? 'event' : 'events'}`);
  return parts.join(', ');
}

/** One entry of the keyboard list. */
export interface EnvironmentRow {
  id: number;
  text: string;
}

/**
 * Describes up to `limit` environments in creation order. A screen reader user cannot take in
 * thousands of rows anyway, and the counts by state summarise the rest.
 */
export function describeEnvironments(environments: readonly EnvironmentView[], limit: number): EnvironmentRow[] {
  const rows: EnvironmentRow[] = [];
  const count = Math.min(limit, environments.length);
  for (let i = 0; i < count; i++) {
    rows.push({ id: environments[i].id, text: describeEnvironment(environments[i]) });
  }
  return rows;
}

const SOURCE_NAMES: Record<SourceKind, string> = {
  'api-gateway': 'API Gateway',
  s3: 'S3',
  sns: 'SNS',
  schedule: 'Schedule',
  'dynamodb-stream': 'DynamoDB',
  sqs: 'SQS',
  manual: 'Sent by hand',
};

/** Returns the short name of an event source for the source column. */
export function sourceName(source: SourceKind): string {
  return SOURCE_NAMES[source];
}

/**
 * Describes one phase span for the hover tooltip, for example
 * "env 2 · Initializing · 00:00.625 to 00:00.925 (300 ms) · invocation 2". An open span ends at `nowMs`.
 */
export function describeSpan(environmentId: number, span: PhaseSpan, nowMs: number): string {
  const label = phaseStyle(span.phase)?.label ?? 'Terminated';
  const open = Number.isNaN(span.endMs);
  const end = open ? nowMs : span.endMs;
  const times = `${formatSimTime(span.startMs, 1)} to ${open ? 'now' : formatSimTime(end, 1)}`;
  const parts = [`env ${environmentId}`, label, `${times} (${formatDuration(end - span.startMs)})`];
  if (span.invocationId !== null) parts.push(`invocation ${span.invocationId}`);
  return parts.join(' · ');
}
