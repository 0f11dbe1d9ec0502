import { describe, expect, it } from 'vitest';
import { EventFlights, MAX_FLIGHTS, RETURN_MS, type Flight } from './event-flights';
import { FlyingMarkers } from './flying-markers';

function flight(startMs: number): Flight {
  return { kind: 'reply', source: 'api-gateway', fromX: 100, fromY: 0, toX: 0, toY: 0, startMs, label: '504', attempt: 1 };
}

describe('EventFlights', () => {
  it('places a flight until it lands', () => {
    const flights = new EventFlights();
    const out = new FlyingMarkers();
    flights.start(flight(0));
    expect(flights.place(RETURN_MS / 2, { x: 0, y: 0 }, out)).toBe(true);
    expect(out.count).toBe(1);
    expect(out.at(0).label).toBe('504');
    expect(out.at(0).x).toBeGreaterThan(0);
    expect(out.at(0).x).toBeLessThan(100);

    out.clear();
    expect(flights.place(RETURN_MS, { x: 0, y: 0 }, out)).toBe(false);
    expect(out.count).toBe(0);
    expect(flights.size).toBe(0);
  });

  it('caps the flights under way', () => {
    const flights = new EventFlights();
    for (let i = 0; i < MAX_FLIGHTS; i++) expect(flights.start(flight(0))).toBe(true);
    expect(flights.start(flight(0))).toBe(false);
  });
});
