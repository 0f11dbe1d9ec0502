import type { SourceKind } from '../../sim/types';
import type { EventChangeKind } from './event-changes';
import type { FlyingMarkers } from './flying-markers';
import { flightPosition, motionProgress, type Point } from './marker-motion';

/** Wall-clock time of a flight back to a source or into a tray; a little slower than an arrival, to be followed. */
export const RETURN_MS = 1_000;

/** Most flights kept at once. Past it new changes are not animated; the counts in boxes and trays stay exact. */
export const MAX_FLIGHTS = 120;

/** A marker going back to its source or into a tray. */
export interface Flight {
  kind: EventChangeKind;
  source: SourceKind;
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  /** Wall-clock start of the flight. */
  startMs: number;
  /** Text beside the marker, such as "504" or "retry". */
  label: string;
  attempt: number;
}

/** The flights under way. Finished ones are dropped as frames place the rest. */
export class EventFlights {
  private flights: Flight[] = [];

  get size(): number {
    return this.flights.length;
  }

  /** Starts a flight unless {@link MAX_FLIGHTS} are already under way; returns whether it started. */
  start(flight: Flight): boolean {
    if (this.flights.length >= MAX_FLIGHTS) return false;
    this.flights.push(flight);
    return true;
  }

  /**
   * Adds each flight's marker at wall-clock `wallMs` to `out` and drops the flights that landed.
   * Returns whether any flight is still under way, so the view keeps animating.
   */
  place(wallMs: number, point: Point, out: FlyingMarkers): boolean {
    let kept = 0;
    for (const flight of this.flights) {
      const p = motionProgress(wallMs - flight.startMs, RETURN_MS);
      if (p >= 1) continue;
      this.flights[kept++] = flight;
      flightPosition(point, p, flight.fromX, flight.fromY, flight.toX, flight.toY);
      out.add(point.x, point.y, flight.source, flight.attempt, 1, flight.label);
    }
    this.flights.length = kept;
    return kept > 0;
  }

  clear(): void {
    this.flights = [];
  }
}
