/**
 * Creates a function that resolves after one trip through the event loop's task queue, where a
 * worker's incoming messages wait. A loop in a worker awaits it between steps so a cancel message can
 * arrive. A message channel is used because the simulation code may not call setTimeout, and a
 * resolved promise alone would never let the queued messages run.
 */
export function createEventLoopYield(): () => Promise<void> {
  const channel = new MessageChannel();
  let resolveNext: (() => void) | null = null;
  channel.port1.onmessage = () => resolveNext?.();
  return () =>
    new Promise<void>((resolve) => {
      resolveNext = resolve;
      channel.port2.postMessage(null);
    });
}
