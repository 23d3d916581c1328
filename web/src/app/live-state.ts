import { useSyncExternalStore } from 'react';

/** The state of the live connection, shown on every screen: 实时 / 连接中 / 重连中. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

let state: LiveState = 'connecting';
let everConnected = false;
const listeners = new Set<() => void>();

export function setLiveState(next: 'connecting' | 'live' | 'closed'): void {
  if (next === 'live') everConnected = true;
  const mapped: LiveState = next === 'closed' || (next === 'connecting' && everConnected) ? 'reconnecting' : next;
  if (mapped === state) return;
  state = mapped;
  for (const listener of listeners) listener();
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
