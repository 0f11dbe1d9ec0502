import { useEffect, useState } from 'react';
import { useEngine } from '../engine/engine-context';
import { EventAnnouncer } from './event-announcer';

/**
 * A polite live region that announces to screen-reader users cold starts, throttles and timeouts as
 * the run plays, a summary at most every few seconds. It is visually hidden, because the live numbers
 * show the same counts on screen.
 */
export function LiveAnnouncer() {
  const engine = useEngine();
  const [message, setMessage] = useState({ id: 0, text: '' });

  useEffect(() => {
    const announcer = new EventAnnouncer();
    let timer: ReturnType<typeof setTimeout> | null = null;

    const check = () => {
      timer = null;
      const metrics = engine.getDisplaySnapshot().metrics;
      const result = announcer.update(metrics, performance.now());
      if (result.kind === 'message') setMessage((previous) => ({ id: previous.id + 1, text: result.text }));
      // Events that came too soon are announced when the interval ends, even if the run stops.
      else if (result.kind === 'wait' && timer === null) timer = setTimeout(check, result.waitMs);
    };

    check();
    const unsubscribe = engine.subscribeDisplay(() => {
      if (timer === null) check();
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [engine]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {/* A new key replaces the node, so a message equal to the last one is still read out. */}
      {message.text !== '' && <p key={message.id}>{message.text}</p>}
    </div>
  );
}
