import { AuthResolver } from './auth.resolver';

export { findLiveSessionIds } from './auth.repository';
export { resolveViewer, tokenFrom } from './auth.service';

export const authResolvers = [AuthResolver] as const;
