import { describe, expect, it } from 'vitest';
import { contextObject, eventPayload, functionNameOf, SAMPLE_ACCOUNT_ID } from './payloads';
import { SOURCE_KINDS, type InvocationView, type Scenario, type SourceKind } from './types';

const scenario: Scenario = {
  version: 1,
  seed: 1,
  durationMs: 60_000,
  name: 'Seed story',
  description: '',
  function: {
    memoryMb: 512,
    timeoutMs: 3_000,
    initDurationMs: 300,
    runDurationMs: 100,
    errorRate: 0,
    architecture: 'x86_64',
    runtime: null,
  },
  platform: {
    concurrencyLimit: 1_000,
    reservedConcurrency: null,
    provisionedConcurrency: 0,
    scaling: 'standard',
    legacyBurst: 3_000,
    provisionDurationMs: 125,
    idleLifetimeMs: 600_000,
    reuse: 'newest',
    shutdownDurationMs: 500,
    resetDurationMs: 200,
  },
  traffic: [],
};

function invocation(
  id: number,
  source: SourceKind,
  environmentId: number | null = 1,
  events: { id: number; arrivalMs: number; sequence: number; receiveCount: number }[] = [],
): InvocationView {
  // Cast through unknown: the payloads read only these fields, and the events only in part.
  return {
    events,
    attempt: 1,
    mode: 'sync',
    id,
    source,
    streamIndex: 0,
    arrivalMs: id * 250,
    start: environmentId === null ? 'throttled' : 'warm',
    status: environmentId === null ? 'throttled' : 'completed',
    throttleCause: environmentId === null ? 'account-concurrency' : null,
    environmentId,
    provisionMs: 0,
    initMs: 0,
    startMs: id * 250,
    runMs: 100,
    endMs: id * 250 + 100,
  } as unknown as InvocationView;
}

type JsonObject = Record<string, unknown>;

function firstRecord(event: unknown): JsonObject {
  const records = (event as { Records: JsonObject[] }).Records;
  expect(records).toHaveLength(1);
  return records[0];
}

describe('eventPayload', () => {
  it('repeats exactly for the same invocation', () => {
    for (const source of SOURCE_KINDS) {
      expect(eventPayload(invocation(7, source), scenario)).toEqual(eventPayload(invocation(7, source), scenario));
    }
  });

  it('differs between invocations', () => {
    for (const source of SOURCE_KINDS) {
      const a = JSON.stringify(eventPayload(invocation(7, source), scenario));
      const b = JSON.stringify(eventPayload(invocation(8, source), scenario));
      expect(a, source).not.toBe(b);
    }
  });

  it('survives a JSON round trip', () => {
    for (const source of SOURCE_KINDS) {
      const event = eventPayload(invocation(3, source), scenario);
      expect(JSON.parse(JSON.stringify(event))).toEqual(event);
    }
  });

  it('builds an HTTP API event', () => {
    const httpScenario: Scenario = {
      ...scenario,
      traffic: [{ source: 'api-gateway', pattern: 'times', atMs: [0], options: { api: 'http' } }],
    };
    const event = eventPayload(invocation(4, 'api-gateway'), httpScenario) as JsonObject;
    expect(event).toHaveProperty('version', '2.0');
    expect(event).toHaveProperty('routeKey', 'POST /orders');
    expect(event).toHaveProperty('rawPath', '/orders');
    expect(event).toHaveProperty('rawQueryString', '');
    expect(event).toHaveProperty('cookies');
    expect(event).toHaveProperty('requestContext.http.method', 'POST');
    expect(event).not.toHaveProperty('httpMethod');
    expect(event).not.toHaveProperty('resource');
  });

  it('builds an API Gateway REST proxy event', () => {
    const event = eventPayload(invocation(3, 'api-gateway'), scenario) as JsonObject;
    for (const key of ['resource', 'path', 'httpMethod', 'headers', 'queryStringParameters', 'pathParameters']) {
      expect(event, key).toHaveProperty(key);
    }
    expect(event).toHaveProperty('stageVariables', null);
    expect(event).toHaveProperty('isBase64Encoded', false);
    expect(event).toHaveProperty('requestContext.accountId', SAMPLE_ACCOUNT_ID);
    expect(event).toHaveProperty('body');
  });

  it('builds an S3 record', () => {
    const record = firstRecord(eventPayload(invocation(3, 's3'), scenario));
    expect(record.eventSource).toBe('aws:s3');
    expect(record.eventName).toBe('ObjectCreated:Put');
    expect(record).toHaveProperty('s3.bucket.arn', 'arn:aws:s3:::lanes-sample-uploads');
    expect(record).toHaveProperty('s3.object.key', 'uploads/report-3.csv');
    expect(record).toHaveProperty('s3.object.eTag');
    expect(record).toHaveProperty('s3.object.sequencer');
  });

  it('builds an SNS record', () => {
    const record = firstRecord(eventPayload(invocation(3, 'sns'), scenario));
    expect(record.EventSource).toBe('aws:sns');
    expect(record).toHaveProperty('Sns.Type', 'Notification');
    for (const key of ['MessageId', 'TopicArn', 'Subject', 'Message', 'Timestamp', 'MessageAttributes']) {
      expect(record, key).toHaveProperty(`Sns.${key}`);
    }
  });

  it('builds an EventBridge scheduled event', () => {
    const event = eventPayload(invocation(3, 'schedule'), scenario) as JsonObject;
    expect(event['detail-type']).toBe('Scheduled Event');
    expect(event.source).toBe('aws.events');
    expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(event.detail).toEqual({});
    expect(event.resources).toHaveLength(1);
  });

  it('builds DynamoDB stream records of each kind', () => {
    const names = [3, 4, 5].map((id) => firstRecord(eventPayload(invocation(id, 'dynamodb-stream'), scenario)));
    expect(names.map((record) => record.eventName).sort()).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    for (const record of names) {
      expect(record.eventSource).toBe('aws:dynamodb');
      expect(record).toHaveProperty('dynamodb.Keys.orderId.S');
      expect(record).toHaveProperty('dynamodb.StreamViewType', 'NEW_AND_OLD_IMAGES');
      const images = record.dynamodb as JsonObject;
      expect('NewImage' in images).toBe(record.eventName !== 'REMOVE');
      expect('OldImage' in images).toBe(record.eventName !== 'INSERT');
    }
  });

  it('builds an SQS record', () => {
    const record = firstRecord(eventPayload(invocation(3, 'sqs'), scenario));
    expect(record.eventSource).toBe('aws:sqs');
    expect(record.messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record).toHaveProperty('receiptHandle');
    expect(JSON.parse(record.body as string)).toHaveProperty('job');
    expect(record).toHaveProperty('attributes.ApproximateReceiveCount', '1');
  });

  it('builds one SQS record per message', () => {
    const batch = [
      { id: 40, arrivalMs: 100, sequence: 0, receiveCount: 1 },
      { id: 41, arrivalMs: 120, sequence: 1, receiveCount: 3 },
    ];
    const event = eventPayload(invocation(9, 'sqs', 1, batch), scenario) as { Records: JsonObject[] };
    expect(event.Records).toHaveLength(2);
    expect(event.Records[0]).toHaveProperty('attributes.ApproximateReceiveCount', '1');
    expect(event.Records[1]).toHaveProperty('attributes.ApproximateReceiveCount', '3');
    expect(event.Records[0].messageId).not.toBe(event.Records[1].messageId);
  });

  it('builds one DynamoDB record per stream record', () => {
    const batch = [0, 1, 2].map((sequence) => ({ id: 50 + sequence, arrivalMs: 10 * sequence, sequence, receiveCount: 0 }));
    const event = eventPayload(invocation(9, 'dynamodb-stream', 1, batch), scenario) as { Records: JsonObject[] };
    expect(event.Records).toHaveLength(3);
    const sequenceNumbers = event.Records.map((record) => (record.dynamodb as JsonObject).SequenceNumber as string);
    expect([...sequenceNumbers].sort()).toEqual(sequenceNumbers);
  });

  it('repeats the event on a retry', () => {
    const original = [{ id: 7, arrivalMs: 100, sequence: 0, receiveCount: 1 }];
    const first = eventPayload(invocation(7, 's3', 1, original), scenario);
    const retry = eventPayload(invocation(12, 's3', 2, original), scenario);
    expect(retry).toEqual(first);
  });

  it('builds a plain object for a manual event', () => {
    const event = eventPayload(invocation(3, 'manual'), scenario) as JsonObject;
    expect(event).toHaveProperty('message', 'Test event 3');
  });
});

describe('contextObject', () => {
  it('fills the Node.js context fields', () => {
    const context = contextObject(invocation(3, 'api-gateway'), scenario);
    expect(context).not.toBeNull();
    expect(context?.functionName).toBe('seed-story');
    expect(context?.functionVersion).toBe('$LATEST');
    expect(context?.invokedFunctionArn).toBe(`arn:aws:lambda:us-east-1:${SAMPLE_ACCOUNT_ID}:function:seed-story`);
    expect(context?.memoryLimitInMB).toBe('512');
    expect(context?.logGroupName).toBe('/aws/lambda/seed-story');
    expect(context?.['getRemainingTimeInMillis()']).toBe(3_000);
  });

  it('shares the log stream within an environment', () => {
    const first = contextObject(invocation(3, 'sqs', 2), scenario);
    const second = contextObject(invocation(9, 'sqs', 2), scenario);
    const other = contextObject(invocation(9, 'sqs', 5), scenario);
    expect(first?.logStreamName).toBe(second?.logStreamName);
    expect(first?.logStreamName).not.toBe(other?.logStreamName);
    expect(first?.awsRequestId).not.toBe(second?.awsRequestId);
  });

  it('is null for a throttled invocation', () => {
    expect(contextObject(invocation(3, 'api-gateway', null), scenario)).toBeNull();
  });
});

describe('functionNameOf', () => {
  it('keeps only allowed characters', () => {
    expect(functionNameOf({ ...scenario, name: 'Spike: 500 events!' })).toBe('spike-500-events');
    expect(functionNameOf({ ...scenario, name: '***' })).toBe('lambda-lanes-demo');
  });
});
