import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context';
import { getViewerCan } from './policy.service';
import { ViewerCan } from './policy.type';

/** The viewer's capabilities outside any one plan (新建方案, 部门管理), answered from the policy table. */
@Resolver(() => ViewerCan)
export class PolicyResolver {
  @Query(() => ViewerCan, {
    description: 'What the signed-in viewer may do outside any one plan: the links the screens offer.',
  })
  viewerCan(@Ctx() ctx: Context): ViewerCan {
    return getViewerCan(ctx.scope);
  }
}
