import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from '../simulation';
import { testScenario } from '../test-scenario';

const request = (...atMs: number[]) => ({ source: 'api-gateway' as const, pattern: 'times' as const, atMs });

describe('API Gateway source', () => {
  it('answers 200 when the handler returns', () => {
    const simulation = new Simulation(testScenario({ traffic: [request(0)] }));
    simulation.runToEnd();

    const event = simulation.event(1);
    expect(event?.state).toBe('succeeded');
    expect(event?.response).toEqual({ statusCode: 200, atMs: 1_400 });
  });

  it('answers 429 at once on a throttle', () => {
    const simulation = new Simulation(testScenario({ platform: { reservedConcurrency: 0 }, traffic: [request(500)] }));
    simulation.runToEnd();

    expect(simulation.event(1)?.response).toEqual({ statusCode: 429, atMs: 500 });
    expect(simulation.event(1)?.state).toBe('throttled');
  });

  it('answers 502 on a function error', () => {
    const simulation = new Simulation(testScenario({ function: { errorRate: 1 }, traffic: [request(0)] }));
    simulation.runToEnd();

    expect(simulation.event(1)?.response?.statusCode).toBe(502);
    expect(simulation.event(1)?.state).toBe('failed');
  });

  it('answers 504 at the integration timeout and keeps the function running', () => {
    const scenario = testScenario({
      function: { timeoutMs: 60_000, runDurationMs: 45_000 },
      traffic: [request(0)],
    });
    const simulation = new Simulation(scenario, { recordLimit: 10 });

    simulation.advanceTo(29_000);
    expect(simulation.event(1)?.response).toEqual({ statusCode: 504, atMs: 29_000 });
    expect(simulation.environment(1)?.phase).toBe('invoking-cold');

    simulation.runToEnd();
    const [record] = simulation.report().records ?? [];
    expect(record.status).toBe('completed');
    expect(record.endMs).toBe(45_400);
    expect(simulation.report().gatewayTimeouts).toBe(1);
  });

  it('uses the HTTP API timeout of 30 s', () => {
    const scenario = testScenario({
      function: { timeoutMs: 60_000, runDurationMs: 45_000 },
      traffic: [{ ...request(0), options: { api: 'http', integrationTimeoutMs: 30_000 } }],
    });
    const simulation = new Simulation(scenario);
    simulation.runToEnd();

    expect(simulation.event(1)?.response?.atMs).toBe(30_000);
  });

  it('never times out the gateway before a short function', () => {
    const report = runScenario(testScenario({ traffic: [request(0, 100, 200)] }));

    expect(report.gatewayTimeouts).toBe(0);
    expect(report.bySource['api-gateway']?.succeeded).toBe(3);
  });
});

describe('API Gateway defaults', () => {
  it('times out an HTTP API at 30 s by default', () => {
    const scenario = testScenario({
      function: { timeoutMs: 60_000, runDurationMs: 45_000 },
      traffic: [{ ...request(0), options: { api: 'http' } }],
    });
    const simulation = new Simulation(scenario);
    simulation.runToEnd();

    expect(simulation.event(1)?.response?.atMs).toBe(30_000);
  });
});
