/**
 * Strings of the inspector's source-event details and lesson caption, kept beside them so a
 * translation can replace this module.
 */
import type { SourceEventState } from '../../sim/types';

export const SOURCE_EVENT_STRINGS = {
  heading: 'Source events',
  help: 'What the source did with each event this invocation carried. Fail an event to make the handler throw for it from now on, and watch how its source reacts.',
  batchMore: (shown: number, total: number) => `Showing ${shown} of ${total} events in this batch.`,
  columns: {
    event: 'Event',
    state: 'State',
    attempts: 'Invocations',
    receiveCount: 'Receive count',
    shard: 'Shard',
    response: 'Caller got',
    action: 'Action',
  },
  eventId: (id: number) => `Event ${id}`,
  response: (status: number, at: string) => `${status} at ${at}`,
  noResponse: 'still waiting',
  fail: 'Fail this event',
  failLabel: (id: number) => `Fail this event, event ${id}`,
  failing: 'Fails every time',
  failed: (id: number) => `Event ${id} now fails every time it is processed.`,
  states: {
    waiting: 'Waiting',
    'in-flight': 'In flight',
    succeeded: 'Succeeded',
    failed: 'Failed',
    throttled: 'Throttled',
    'dead-lettered': 'Dead-lettered',
    'sent-to-destination': 'Sent to the on-failure destination',
    lost: 'Lost (dropped)',
  } satisfies Record<SourceEventState, string>,
  lesson: 'What to watch',
  /** The try number of a retry, as the list of recent invocations shows it. */
  attempt: (attempt: number) => `try ${attempt}`,
} as const;
