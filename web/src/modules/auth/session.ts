import { useSyncExternalStore } from 'react';

/** Who is signed in on this browser. The token is the server's; the server checks it on every operation. */
export interface Session {
  token: string;
  expiresAt: string;
  user: {
    username: string;
    displayName: string;
    role: 'ADMIN' | 'LEADER' | 'REPORTER' | 'VIEWER';
    /** Its department, and the groups it is a member unit of (a town of 各镇、街道 acts for the group). */
    department?: { code: string; name: string; groups?: { code: string }[] } | null;
  };
}

const KEY = 'duban.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

// Another tab signing in or out changes this one too.
window.addEventListener('storage', (event) => {
  if (event.key === KEY) {
    current = read();
    emit();
  }
});

export function setSession(session: Session | null): void {
  current = session;
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  emit();
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export const ROLE_LABEL: Record<Session['user']['role'], string> = {
  ADMIN: '系统管理员',
  LEADER: '领导小组',
  REPORTER: '部门填报员',
  VIEWER: '只读用户',
};
