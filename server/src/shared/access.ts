import { DomainError } from './errors';
import type { RequestScope } from './request-scope';
import { UserRole, type Viewer } from './viewer';

/**
 * The access rules every service applies first. Reading needs a login (any role); the rules for each write
 * live with the service that performs it and call these.
 */

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(scope: RequestScope): Viewer {
  if (!scope.viewer) {
    throw new DomainError('UNAUTHENTICATED', { reason: '请先登录', detail: 'LOGIN_REQUIRED' });
  }
  return scope.viewer;
}

/** Any signed-in user may read the plans, their structure and their progress. */
export function requireReader(scope: RequestScope): Viewer {
  return requireViewer(scope);
}

/** The viewer, if it holds one of `roles`; FORBIDDEN otherwise. */
export function requireRole(scope: RequestScope, roles: readonly UserRole[], action: string): Viewer {
  const viewer = requireViewer(scope);
  if (!roles.includes(viewer.role)) {
    throw new DomainError('FORBIDDEN', {
      reason: `当前角色无权${action}`,
      detail: 'ROLE_NOT_ALLOWED',
    });
  }
  return viewer;
}

export const ADMIN_ONLY = [UserRole.ADMIN] as const;
export const OVERSEERS = [UserRole.ADMIN, UserRole.LEADER] as const;
