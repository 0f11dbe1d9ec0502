/**
 * Measures XState's own cost per invocation on this machine. `npm run bench:sim` runs this once per
 * machine, each in a fresh process, so that one machine's figures do not depend on what the
 * process compiled and collected before.
 */
import { measureFloor, type FloorMachine } from './xstate-floor';

const machine = process.argv[2] as FloorMachine;
if (machine !== 'two-state' && machine !== 'environment') {
  console.error(`Invalid machine "${String(process.argv[2])}": expected two-state or environment.`);
  process.exit(2);
}

const heading: Record<FloorMachine, string> = {
  'two-state': 'a bare two-state machine (idle ⇄ busy)',
  environment: 'the environment machine, with a host that only notes phases',
};
console.log(`\nXState alone, ${heading[machine]}: one event in, one delayed transition back per invocation`);

// An unrecorded pass first, as in the simulation benchmark, so the figures leave out compiling.
measureFloor(machine, 10, 100_000);

for (const actors of [10, 1_000, 10_000]) {
  const result = measureFloor(machine, actors, 300_000);
  console.log(
    [
      `${actors.toLocaleString('en-US').padStart(6)} actors`,
      `${Math.round(result.perSecond).toLocaleString('en-US').padStart(9)} /s`,
      `${(1e6 / result.perSecond).toFixed(2).padStart(6)} µs each`,
    ].join('  '),
  );
}
