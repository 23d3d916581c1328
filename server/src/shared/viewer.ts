/** What a user may do; the rules are in docs/ARCHITECTURE.md and shared/access.ts. */
export enum UserRole {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  REPORTER = 'REPORTER',
  VIEWER = 'VIEWER',
}

/** The signed-in user a request acts for. */
export interface Viewer {
  userId: number;
  username: string;
  role: UserRole;
  /** The reporter's own department; null for roles not tied to one. */
  departmentId: number | null;
  sessionId: number;
}
