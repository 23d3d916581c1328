import { useEffect, useRef } from 'react';
import type { CombinedError, OperationContext } from 'urql';
import { useLiveState } from './live-state';

/**
 * A query that failed while the network was down is asked again once the live connection is back: events missed
 * meanwhile are replayed by the subscription, but a failed query result is not, and would leave the view empty.
 */
export function useRetryOnReconnect(
  error: CombinedError | undefined,
  reexecute: (context?: Partial<OperationContext>) => void,
): void {
  const live = useLiveState();
  const previous = useRef(live);
  useEffect(() => {
    const wasDown = previous.current !== 'live';
    previous.current = live;
    if (live === 'live' && wasDown && error) reexecute({ requestPolicy: 'network-only' });
  }, [live, error, reexecute]);
}
