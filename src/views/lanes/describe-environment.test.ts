import { describe, expect, it } from 'vitest';
import { describeEnvironment, describeEnvironments, describeSpan, sourceName } from './describe-environment';
import { environment, invocation, spans } from './test-snapshots';

describe('describeEnvironment', () => {
  it('names a cold invocation', () => {
    const env = environment(1, spans(['provisioning', 0, 100], ['initializing', 100, 900], ['invoking-cold', 900, NaN, 1]), {
      current: invocation(1, 'cold', 'in-flight'),
      invocationsServed: 1,
    });
    expect(describeEnvironment(env)).toBe('Environment 1, invoking, cold start, invocation 1, served 1 event');
  });

  it('names a warm invocation', () => {
    const env = environment(2, spans(['idle', 0, 100], ['invoking-warm', 100, NaN, 7]), {
      current: invocation(7, 'warm', 'in-flight'),
      invocationsServed: 3,
    });
    expect(describeEnvironment(env)).toBe('Environment 2, invoking, warm start, invocation 7, served 3 events');
  });

  it('marks provisioned concurrency', () => {
    const env = environment(3, spans(['idle', 0, NaN]), { provisioned: true, invocationsServed: 0 });
    expect(describeEnvironment(env)).toBe('Environment 3, provisioned concurrency, idle, served 0 events');
  });
});

describe('describeEnvironments', () => {
  it('stops at the limit', () => {
    const envs = [1, 2, 3].map((id) => environment(id, spans(['idle', 0, NaN])));
    const rows = describeEnvironments(envs, 2);
    expect(rows.map((row) => row.id)).toEqual([1, 2]);
    expect(rows[1].text).toContain('Environment 2');
  });
});

describe('sourceName', () => {
  it('names sources', () => {
    expect(sourceName('api-gateway')).toBe('API Gateway');
    expect(sourceName('manual')).toBe('Sent by hand');
  });
});

describe('describeSpan', () => {
  it('names a closed span with its duration', () => {
    const [span] = spans(['initializing', 625, 925, 2]);
    expect(describeSpan(2, span, 5_000)).toBe('env 2 · Initializing · 00:00.625 to 00:00.925 (300 ms) · invocation 2');
  });

  it('ends an open span at now', () => {
    const [span] = spans(['idle', 2_000, NaN]);
    expect(describeSpan(1, span, 4_500)).toBe('env 1 · Idle · 00:02.000 to now (2.5 s)');
  });
});
