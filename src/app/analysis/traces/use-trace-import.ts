import { useCallback, useEffect, useState } from 'react';
import type { TraceOptions } from '../../../sim/traces/parse-trace';
import type { TraceResult } from '../../../sim/traces/trace-result';
import { TraceClient } from './trace-client';

/** State of an import. The file is kept so a new row or spread can parse it again. */
export type TraceImportState =
  | { status: 'idle' }
  | { status: 'reading'; fraction: number }
  | { status: 'parsed'; result: TraceResult; file: Blob | string }
  | { status: 'failed'; message: string };

/** Parses trace files in the trace worker for a component; the worker ends when it unmounts. */
export function useTraceImport() {
  const [client] = useState(() => new TraceClient());
  const [state, setState] = useState<TraceImportState>({ status: 'idle' });

  useEffect(() => () => client.dispose(), [client]);

  const read = useCallback(
    (file: Blob | string, options: TraceOptions) => {
      setState({ status: 'reading', fraction: 0 });
      client.parse(file, options, (fraction) => setState({ status: 'reading', fraction })).then(
        (outcome) => {
          // A cancelled parse leaves the idle state that cancel() set, or a newer parse's state.
          if (outcome.status === 'parsed') setState({ status: 'parsed', result: outcome.result, file });
        },
        (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [client],
  );

  const cancel = useCallback(() => {
    client.cancel();
    setState({ status: 'idle' });
  }, [client]);

  const fail = useCallback((message: string) => setState({ status: 'failed', message }), []);

  return { state, read, cancel, fail };
}
