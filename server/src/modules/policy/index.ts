export { type Operation, POLICY, type PolicyRule, type PolicyScope } from './policy.rules';
export { authorize, can, type PolicyTarget } from './policy.service';
