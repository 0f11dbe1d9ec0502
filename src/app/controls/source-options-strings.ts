/** Strings of the source option controls, kept beside them so a translation can replace this module. */
import type { FailureTarget } from '../../sim/types';

export const SOURCE_OPTION_STRINGS = {
  legend: (label: string, source: string) => `Source options: ${label} (${source})`,
  note: 'Changes apply from now on, also to the events already waiting.',
  shardsNote: 'Changing the number of shards starts the stream afresh: its waiting records are dropped.',
  api: 'API type',
  apis: { rest: 'REST API (payload 1.0, up to 29 s)', http: 'HTTP API (payload 2.0, up to 30 s)' },
  integrationTimeout: 'Integration timeout',
  integrationNote: 'API Gateway answers 504 after this long, while the function may keep running to its own timeout.',
  retryAttempts: 'Retry attempts after an error',
  maximumEventAge: 'Maximum event age',
  onFailure: 'When retries run out',
  failureTargets: {
    none: 'Drop the event (lost)',
    'dead-letter-queue': 'Send it to a dead-letter queue',
    destination: 'Send it to an on-failure destination',
  } satisfies Record<FailureTarget, string>,
  shards: 'Shards',
  batchSize: 'Batch size',
  bisect: 'Split a failing batch in two (bisect on error)',
  retryForever: 'Retry a failing batch until its records expire',
  streamRetries: 'Retry limit of a failing batch',
  visibilityTimeout: 'Visibility timeout',
  visibilityNote: 'Set it to at least 6 times the function timeout, or a message may run twice.',
  redrive: 'Move messages to a dead-letter queue (redrive policy)',
  maxReceiveCount: 'maxReceiveCount',
  capConcurrency: 'Cap the concurrency of this event source mapping',
  maximumConcurrency: 'Maximum concurrency',
  backoff: 'Poller pause after a failed or throttled batch',
  backoffPollers: 'Pollers dropped after a failed or throttled batch',
  backoffPollersNote: 'The fleet never drops below 5 pollers, or the maximum concurrency if lower.',
} as const;
