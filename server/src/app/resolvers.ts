import type { NonEmptyArray } from 'type-graphql';
import { assessmentResolvers } from '../modules/assessment';
import { assignmentResolvers } from '../modules/assignment';
import { auditResolvers } from '../modules/audit';
import { authResolvers } from '../modules/auth';
import { calendarResolvers } from '../modules/calendar';
import { departmentResolvers } from '../modules/department';
import { departmentAdminResolvers } from '../modules/department-admin';
import { evaluationResolvers } from '../modules/evaluation';
import { feedResolvers } from '../modules/feed';
import { goalResolvers } from '../modules/goal';
import { indicatorResolvers } from '../modules/indicator';
import { instructionResolvers } from '../modules/instruction';
import { measureResolvers } from '../modules/measure';
import { meetingResolvers } from '../modules/meeting';
import { messageResolvers } from '../modules/message';
import { planResolvers } from '../modules/plan';
import { planEditorResolvers } from '../modules/plan-editor';
import { planImportResolvers } from '../modules/plan-import';
import { planRevisionResolvers } from '../modules/plan-revision';
import { policyResolvers } from '../modules/policy';
import { progressResolvers } from '../modules/progress';
import { supervisionResolvers } from '../modules/supervision';
import { urgeResolvers } from '../modules/urge';
import { userResolvers } from '../modules/user';

/** THE list of resolvers: each module exports its own; nothing else lists them. */
export const resolvers = [
  ...planResolvers,
  ...goalResolvers,
  ...measureResolvers,
  ...departmentResolvers,
  ...departmentAdminResolvers,
  ...assignmentResolvers,
  ...indicatorResolvers,
  ...progressResolvers,
  ...authResolvers,
  ...userResolvers,
  ...auditResolvers,
  ...feedResolvers,
  ...calendarResolvers,
  ...supervisionResolvers,
  ...meetingResolvers,
  ...urgeResolvers,
  ...messageResolvers,
  ...assessmentResolvers,
  ...evaluationResolvers,
  ...instructionResolvers,
  ...policyResolvers,
  ...planEditorResolvers,
  ...planImportResolvers,
  ...planRevisionResolvers,
] as unknown as NonEmptyArray<Function>;
