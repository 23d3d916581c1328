import { DomainError } from './errors';
import type { RequestScope } from './request-scope';
import type { Viewer } from './viewer';

/**
 * The login every service asks first. Reading needs a login (any role); who may write what is the policy table
 * (modules/policy: `authorize`, `can`).
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
