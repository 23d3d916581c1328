import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Plan, type PlanRow } from '../plan';
import { type CoordinationGroup, getProblemGroups } from './meeting.service';
import { ProblemGroup } from './meeting.type';

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
}
