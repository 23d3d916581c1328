import type { RequestScope } from './request-scope';

/** What every resolver receives. */
export interface Context {
  scope: RequestScope;
}
