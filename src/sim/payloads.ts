/**
 * The `event` and `context` objects a handler receives, in the shape each event source sends
 * (API Gateway REST proxy, S3, SNS, EventBridge scheduled event, DynamoDB Streams, SQS).
 * Every value is an invented sample derived from the ids of the source events and the invocation,
 * so the same invocation always shows the same objects. The account id is the one AWS uses in its examples, and IP addresses come
 * from the ranges reserved for documentation (RFC 5737).
 */
import type { InvocationView, Scenario, SourceEventView, SourceKind } from './types';

/** A value that JSON.stringify writes as it is. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The context object's fields as Node.js handlers see them. */
export interface LambdaContext {
  [key: string]: JsonValue;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  /** A string, as the Node.js runtime passes it. */
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  /** Return value of context.getRemainingTimeInMillis() when the handler started. */
  'getRemainingTimeInMillis()': number;
}

export const SAMPLE_REGION = 'us-east-1';
export const SAMPLE_ACCOUNT_ID = '123456789012';

/** Simulated time zero maps to this wall-clock moment in sample timestamps. */
export const SAMPLE_EPOCH_MS = Date.UTC(2026, 0, 15, 9, 0, 0);

const FALLBACK_FUNCTION_NAME = 'lambda-lanes-demo';

/** Returns a 32-bit hash of (value, salt), so sample values look random but repeat exactly. */
function hash32(value: number, salt: number): number {
  let x = (Math.imul(value | 0, 0x9e3779b1) ^ Math.imul(salt | 0, 0x85ebca77)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Returns `length` lowercase hex digits derived from (value, salt). */
function sampleHex(value: number, salt: number, length: number): string {
  let text = '';
  for (let part = 0; text.length < length; part++) {
    text += hash32(value, salt * 31 + part).toString(16).padStart(8, '0');
  }
  return text.slice(0, length);
}

/** Returns a version-4-shaped UUID derived from (value, salt). */
function sampleUuid(value: number, salt: number): string {
  const hex = sampleHex(value, salt, 32);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isoTime(simulatedMs: number): string {
  return new Date(SAMPLE_EPOCH_MS + Math.max(0, simulatedMs)).toISOString();
}

/** Lambda function names allow letters, digits, hyphens and underscores, up to 64 characters. */
export function functionNameOf(scenario: Scenario): string {
  const name = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return name.length > 0 ? name : FALLBACK_FUNCTION_NAME;
}

/** The fields of a source event that sample values derive from. */
type SampleEvent = Pick<SourceEventView, 'id' | 'arrivalMs' | 'sequence' | 'receiveCount'>;

/**
 * Returns the source events an invocation carries: a batch for SQS and DynamoDB streams, one event
 * otherwise. An invocation without events (a view built by hand) stands for a single event of its own.
 */
function eventsOf(invocation: InvocationView): readonly SampleEvent[] {
  if (invocation.events.length > 0) return invocation.events;
  return [{ id: invocation.id, arrivalMs: invocation.arrivalMs, sequence: invocation.id, receiveCount: invocation.attempt }];
}

function apiGatewayEvent(invocation: InvocationView): JsonValue {
  // A retry carries the same event, so sample values follow the source event, not the invocation.
  const { id, arrivalMs } = eventsOf(invocation)[0];
  const orderId = `ord-${1000 + id}`;
  const isPost = id % 2 === 0;
  const apiId = sampleHex(1, 11, 10);
  const requestTimeEpoch = SAMPLE_EPOCH_MS + Math.round(arrivalMs);
  const resource = isPost ? '/orders' : '/orders/{orderId}';
  const path = isPost ? '/orders' : `/orders/${orderId}`;
  const sourceIp = `198.51.100.${(hash32(id, 12) % 250) + 1}`;
  const userAgent = 'lanes-sample-client/1.0';

  return {
    resource,
    path,
    httpMethod: isPost ? 'POST' : 'GET',
    headers: {
      Accept: 'application/json',
      ...(isPost ? { 'Content-Type': 'application/json' } : {}),
      Host: `${apiId}.execute-api.${SAMPLE_REGION}.amazonaws.com`,
      'User-Agent': userAgent,
      'X-Amzn-Trace-Id': `Root=1-${sampleHex(id, 13, 8)}-${sampleHex(id, 14, 24)}`,
      'X-Forwarded-For': sourceIp,
      'X-Forwarded-Proto': 'https',
    },
    queryStringParameters: isPost ? null : { include: 'items' },
    pathParameters: isPost ? null : { orderId },
    stageVariables: null,
    requestContext: {
      accountId: SAMPLE_ACCOUNT_ID,
      apiId,
      resourceId: sampleHex(2, 15, 6),
      resourcePath: resource,
      httpMethod: isPost ? 'POST' : 'GET',
      path: `/prod${path}`,
      stage: 'prod',
      protocol: 'HTTP/1.1',
      requestId: sampleUuid(id, 16),
      requestTimeEpoch,
      identity: { sourceIp, userAgent },
    },
    body: isPost ? JSON.stringify({ orderId, items: (id % 4) + 1 }) : null,
    isBase64Encoded: false,
  };
}

/**
 * Builds the payload format 2.0 event of an HTTP API. It adds `version`, `routeKey`, `rawPath`,
 * `rawQueryString` and `cookies`, writes header names in lower case, and has no `resource`,
 * `httpMethod` or `multiValue` fields.
 */
function httpApiEvent(invocation: InvocationView): JsonValue {
  const { id, arrivalMs } = eventsOf(invocation)[0];
  const orderId = `ord-${1000 + id}`;
  const isPost = id % 2 === 0;
  const apiId = sampleHex(1, 17, 10);
  const method = isPost ? 'POST' : 'GET';
  const routeKey = isPost ? 'POST /orders' : 'GET /orders/{orderId}';
  const rawPath = isPost ? '/orders' : `/orders/${orderId}`;
  const sourceIp = `198.51.100.${(hash32(id, 12) % 250) + 1}`;
  const userAgent = 'lanes-sample-client/1.0';
  const domainName = `${apiId}.execute-api.${SAMPLE_REGION}.amazonaws.com`;
  const timeEpoch = SAMPLE_EPOCH_MS + Math.round(arrivalMs);

  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: isPost ? '' : 'include=items',
    cookies: [`session=${sampleHex(id, 18, 16)}`],
    headers: {
      accept: 'application/json',
      ...(isPost ? { 'content-type': 'application/json' } : {}),
      host: domainName,
      'user-agent': userAgent,
      'x-amzn-trace-id': `Root=1-${sampleHex(id, 13, 8)}-${sampleHex(id, 14, 24)}`,
      'x-forwarded-for': sourceIp,
      'x-forwarded-proto': 'https',
    },
    ...(isPost ? {} : { queryStringParameters: { include: 'items' }, pathParameters: { orderId } }),
    requestContext: {
      accountId: SAMPLE_ACCOUNT_ID,
      apiId,
      domainName,
      domainPrefix: apiId,
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp, userAgent },
      requestId: sampleUuid(id, 16),
      routeKey,
      stage: '$default',
      time: new Date(timeEpoch).toUTCString(),
      timeEpoch,
    },
    ...(isPost ? { body: JSON.stringify({ orderId, items: (id % 4) + 1 }) } : {}),
    isBase64Encoded: false,
  };
}

function s3Event(invocation: InvocationView): JsonValue {
  const { id, arrivalMs } = eventsOf(invocation)[0];
  const bucket = 'lanes-sample-uploads';
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: SAMPLE_REGION,
        eventTime: isoTime(arrivalMs),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: `AWS:${sampleHex(id, 21, 20).toUpperCase()}` },
        requestParameters: { sourceIPAddress: `192.0.2.${(hash32(id, 22) % 250) + 1}` },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'lanes-on-upload',
          bucket: {
            name: bucket,
            ownerIdentity: { principalId: sampleHex(3, 23, 14).toUpperCase() },
            arn: `arn:aws:s3:::${bucket}`,
          },
          object: {
            key: `uploads/report-${id}.csv`,
            size: 1024 + (hash32(id, 24) % 65_536),
            eTag: sampleHex(id, 25, 32),
            sequencer: sampleHex(id, 26, 18).toUpperCase(),
          },
        },
      },
    ],
  };
}

function snsEvent(invocation: InvocationView): JsonValue {
  const { id, arrivalMs } = eventsOf(invocation)[0];
  const topicArn = `arn:aws:sns:${SAMPLE_REGION}:${SAMPLE_ACCOUNT_ID}:lanes-order-events`;
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topicArn}:${sampleUuid(4, 31)}`,
        Sns: {
          Type: 'Notification',
          MessageId: sampleUuid(id, 32),
          TopicArn: topicArn,
          Subject: 'Order shipped',
          Message: JSON.stringify({ orderId: `ord-${1000 + id}`, status: 'shipped' }),
          Timestamp: isoTime(arrivalMs),
          SignatureVersion: '1',
          Signature: 'EXAMPLE',
          MessageAttributes: {},
        },
      },
    ],
  };
}

function scheduledEvent(invocation: InvocationView): JsonValue {
  const event = eventsOf(invocation)[0];
  // EventBridge stamps scheduled events to the second.
  const time = isoTime(event.arrivalMs).replace(/\.\d{3}Z$/, 'Z');
  return {
    version: '0',
    id: sampleUuid(event.id, 41),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: SAMPLE_ACCOUNT_ID,
    time,
    region: SAMPLE_REGION,
    resources: [`arn:aws:events:${SAMPLE_REGION}:${SAMPLE_ACCOUNT_ID}:rule/lanes-every-minute`],
    detail: {},
  };
}

const DYNAMODB_EVENT_NAMES = ['INSERT', 'MODIFY', 'REMOVE'] as const;

function dynamodbRecord(record: SampleEvent): JsonValue {
  const id = record.id;
  const eventName = DYNAMODB_EVENT_NAMES[id % DYNAMODB_EVENT_NAMES.length];
  const keys = { orderId: { S: `ord-${1000 + id}` } };
  const oldImage = { ...keys, status: { S: 'placed' }, items: { N: String((id % 4) + 1) } };
  const newImage = { ...keys, status: { S: eventName === 'INSERT' ? 'placed' : 'paid' }, items: { N: String((id % 4) + 1) } };

  const dynamodb: Record<string, JsonValue> = {
    ApproximateCreationDateTime: Math.floor((SAMPLE_EPOCH_MS + record.arrivalMs) / 1000),
    Keys: keys,
  };
  if (eventName !== 'REMOVE') dynamodb.NewImage = newImage;
  if (eventName !== 'INSERT') dynamodb.OldImage = oldImage;
  dynamodb.SequenceNumber = String(100_000_000_000 + record.sequence * 100);
  dynamodb.SizeBytes = 40 + (hash32(id, 51) % 80);
  dynamodb.StreamViewType = 'NEW_AND_OLD_IMAGES';

  return {
    eventID: sampleHex(id, 52, 32),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: SAMPLE_REGION,
    dynamodb,
    eventSourceARN: `arn:aws:dynamodb:${SAMPLE_REGION}:${SAMPLE_ACCOUNT_ID}:table/lanes-orders/stream/2026-01-15T09:00:00.000`,
  };
}

function dynamodbStreamEvent(invocation: InvocationView): JsonValue {
  return { Records: eventsOf(invocation).map(dynamodbRecord) };
}

function sqsRecord(message: SampleEvent): JsonValue {
  const id = message.id;
  const sentMs = SAMPLE_EPOCH_MS + Math.round(message.arrivalMs);
  return {
    messageId: sampleUuid(id, 61),
    // Real receipt handles are long opaque strings. This one only looks like them, and like a real
    // one it changes with every receive.
    receiptHandle: `AQEB${sampleHex(id * 64 + message.receiveCount, 62, 48)}`,
    body: JSON.stringify({ job: 'resize-image', image: `images/${id}.png` }),
    attributes: {
      ApproximateReceiveCount: String(Math.max(1, message.receiveCount)),
      SentTimestamp: String(sentMs),
      SenderId: `AIDA${sampleHex(5, 63, 16).toUpperCase()}`,
      ApproximateFirstReceiveTimestamp: String(sentMs + 5),
    },
    messageAttributes: {},
    // A sample digest, not the MD5 of the body above.
    md5OfBody: sampleHex(id, 64, 32),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${SAMPLE_REGION}:${SAMPLE_ACCOUNT_ID}:lanes-jobs`,
    awsRegion: SAMPLE_REGION,
  };
}

function sqsEvent(invocation: InvocationView): JsonValue {
  return { Records: eventsOf(invocation).map(sqsRecord) };
}

function manualEvent(invocation: InvocationView): JsonValue {
  const event = eventsOf(invocation)[0];
  return { source: 'lambda-lanes', sentAt: isoTime(event.arrivalMs), message: `Test event ${event.id}` };
}

const EVENT_BUILDERS: Record<SourceKind, (invocation: InvocationView) => JsonValue> = {
  'api-gateway': apiGatewayEvent,
  s3: s3Event,
  sns: snsEvent,
  schedule: scheduledEvent,
  'dynamodb-stream': dynamodbStreamEvent,
  sqs: sqsEvent,
  manual: manualEvent,
};

/**
 * Builds the `event` object that the invocation's source sends to the handler, with one record per
 * message or stream record of a batch. The scenario's stream options choose between the REST API and
 * the HTTP API format.
 * Sample values depend only on the source events, so a retry shows the same event again.
 */
export function eventPayload(invocation: InvocationView, scenario: Scenario): JsonValue {
  // An HTTP API sends payload format 2.0; a REST API, the default, sends format 1.0.
  const api = scenario.traffic[invocation.streamIndex]?.options?.api;
  if (invocation.source === 'api-gateway' && api === 'http') return httpApiEvent(invocation);
  return EVENT_BUILDERS[invocation.source](invocation);
}

/**
 * Builds the `context` object of the invocation, or null when it was throttled, because a throttled
 * event never reaches a handler. The log stream belongs to the environment, as in Lambda, so every
 * invocation on one environment shares it.
 */
export function contextObject(invocation: InvocationView, scenario: Scenario): LambdaContext | null {
  if (invocation.environmentId === null) return null;

  const functionName = functionNameOf(scenario);
  const day = isoTime(0).slice(0, 10).replaceAll('-', '/');
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${SAMPLE_REGION}:${SAMPLE_ACCOUNT_ID}:function:${functionName}`,
    memoryLimitInMB: String(scenario.function.memoryMb),
    awsRequestId: sampleUuid(invocation.id, 71),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${sampleHex(invocation.environmentId, 72, 32)}`,
    callbackWaitsForEmptyEventLoop: true,
    // The timeout clock starts with the handler, so at its first line the whole timeout remains.
    'getRemainingTimeInMillis()': scenario.function.timeoutMs,
  };
}
