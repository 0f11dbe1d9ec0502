import type { SourceKind, TrafficStream } from '../types';
import { AsyncSource } from './async-source';
import { QueueSource } from './queue-source';
import { INVOCATION_MODE } from './source-defaults';
import type { SourceAdapter, SourceHost } from './source-adapter';
import { StreamSource } from './stream-source';
import { SyncSource } from './sync-source';

/** Creates the adapter for a traffic stream, or for events of `source` sent by hand (`streamIndex` -1). */
export function createSource(
  host: SourceHost,
  streamIndex: number,
  source: SourceKind,
  stream: TrafficStream | null,
): SourceAdapter {
  const options = stream?.options ?? {};
  const label = stream?.label ?? source;

  switch (INVOCATION_MODE[source]) {
    case 'sync':
      return new SyncSource(host, streamIndex, source, label, options);
    case 'async':
      return new AsyncSource(host, streamIndex, source, label, options);
    case 'stream':
      return new StreamSource(host, streamIndex, source, label, options);
    case 'queue':
      return new QueueSource(host, streamIndex, source, label, options);
  }
}
