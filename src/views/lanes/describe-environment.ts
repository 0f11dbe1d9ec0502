import type { EnvironmentView, Phase, SourceKind } from '../../sim/types';

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
