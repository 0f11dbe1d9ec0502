import { useCallback, useEffect, useState } from 'react';
import type { FastForwardResult } from '../../../sim/fast-forward';
import type { Scenario } from '../../../sim/types';
import { FastForwardClient } from './fast-forward-client';

/** State of a long run. */
export type FastForwardState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number; scenario: Scenario }
  | { status: 'done'; result: FastForwardResult; scenario: Scenario }
  | { status: 'failed'; message: string };

/** Runs long runs in the worker for a component; the worker ends when the component unmounts. */
export function useFastForward() {
  const [client] = useState(() => new FastForwardClient());
  const [state, setState] = useState<FastForwardState>({ status: 'idle' });

  useEffect(() => () => client.dispose(), [client]);

  const start = useCallback(
    (scenario: Scenario) => {
      setState({ status: 'running', fraction: 0, scenario });
      client
        .run(scenario, scenario.durationMs, {
          onProgress: (fraction) => setState({ status: 'running', fraction, scenario }),
        })
        .then(
          (result) => setState({ status: 'done', result, scenario }),
          (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
    },
    [client],
  );

  const cancel = useCallback(() => client.cancel(), [client]);

  return { state, start, cancel };
}
