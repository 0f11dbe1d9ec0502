/**
 * Bytes allocated while a piece of work runs, garbage included, from V8's sampling heap profiler.
 * The split shows how much of it comes from XState's code and how much from everything else.
 */
import { Session } from 'node:inspector';

export interface Allocation {
  totalBytes: number;
  xstateBytes: number;
}

interface ProfileNode {
  callFrame: { url: string };
  selfSize: number;
  children: ProfileNode[];
}

/** Sampling interval: on average one allocation in each this many bytes is recorded. */
const SAMPLING_INTERVAL_BYTES = 4_096;

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/**
 * Sums allocations down the call tree, attributing each frame's own bytes to XState or not. Built-ins
 * such as `new Set` have no script of their own, so they count for the code that called them.
 */
function addUp(node: ProfileNode, total: Allocation, callerIsXState: boolean): void {
  const url = node.callFrame.url;
  const isXState = url === '' ? callerIsXState : url.includes('/node_modules/xstate/');
  total.totalBytes += node.selfSize;
  if (isXState) total.xstateBytes += node.selfSize;
  for (const child of node.children) addUp(child, total, isXState);
}

/** Runs `work` under the sampling heap profiler and returns what it allocated. */
export async function measureAllocation(work: () => void): Promise<Allocation> {
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  // Without these two flags the profile would hold only objects still alive at the end.
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL_BYTES,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });

  work();

  const { profile } = await post<{ profile: { head: ProfileNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const total: Allocation = { totalBytes: 0, xstateBytes: 0 };
  addUp(profile.head, total, false);
  return total;
}
