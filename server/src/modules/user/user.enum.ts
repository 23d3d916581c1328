/** What a user may do; see docs/ARCHITECTURE.md for the permission rules. */
export enum UserRole {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  REPORTER = 'REPORTER',
  VIEWER = 'VIEWER',
}
