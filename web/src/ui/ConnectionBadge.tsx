import type { LiveState } from '../app/live-state';

const TEXT: Record<LiveState, string> = { live: '实时', connecting: '连接中', reconnecting: '连接中断，正在重连' };

/** The live connection's state, in words: a dashboard that silently stopped updating would be worse than none. */
export function ConnectionBadge({ state }: { state: LiveState }) {
  return (
    <output className={`connection connection-${state}`} aria-live="polite" data-live={state}>
      <span className="connection-dot" aria-hidden />
      {TEXT[state]}
    </output>
  );
}
