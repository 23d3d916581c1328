import { PolicyResolver } from './policy.resolver';

export { type Operation, POLICY, type PolicyRule, type PolicyScope } from './policy.rules';
export { authorize, can, canManageDepartments, type PolicyTarget } from './policy.service';
export { ViewerCan } from './policy.type';

export const policyResolvers = [PolicyResolver] as const;
