import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Plan, type PlanRow } from '../plan';
import {
  type CoordinationGroup,
  getMeetingInstructions,
  getProblemGroups,
  type MeetingInstructions as MeetingInstructionsShape,
} from './meeting.service';
import { MeetingInstructions, ProblemGroup } from './meeting.type';

@Resolver(() => Plan)
export class PlanMeetingResolver {
  @FieldResolver(() => [ProblemGroup], {
    description:
      '需协调事项 of the 调度会: the problems in the departments’ latest reports on the measures (not projects, not ' +
      'withdrawn) that pass the filters, grouped by the department their text asks to help; most problems first, ' +
      'those naming none last. The meeting brief (meeting-brief.docx) uses the same rule.',
  })
  problemGroups(
    @Root() plan: PlanRow,
    @Arg('project', () => String, { nullable: true, description: 'Only measures of this project (code).' })
    project: string | null,
    @Arg('goal', () => String, { nullable: true, description: 'Only measures serving this goal (code).' })
    goal: string | null,
    @Arg('department', () => String, { nullable: true, description: 'Only measures this department holds (code).' })
    department: string | null,
    @Ctx() ctx: Context,
  ): Promise<CoordinationGroup[]> {
    return getProblemGroups(ctx.scope, plan, { project, goal, department });
  }

  @FieldResolver(() => MeetingInstructions, {
    description:
      '上次调度会以来的领导批示 for the 调度会 on `asOf`: what the meeting brief (meeting-brief.docx) lists in its ' +
      'section 五, by the same rule and with the same dates (a clerk: those addressed to its units).',
  })
  meetingInstructions(
    @Root() plan: PlanRow,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'The meeting day, YYYY-MM-DD, today or later; omitted: today.',
    })
    asOf: string | null,
    @Arg('since', () => String, {
      nullable: true,
      description: 'The last meeting, YYYY-MM-DD; omitted: 30 days before the meeting day.',
    })
    since: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingInstructionsShape> {
    return getMeetingInstructions(ctx.scope, plan, { asOf, since });
  }
}
