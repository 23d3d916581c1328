import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context';
import { getMe, User, type UserRow } from '../user';
import { type LoginResult, login, logout } from './auth.service';
import { LoginPayload } from './auth.type';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in; repeated failures are slowed, then locked for a while.' })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    return login(ctx.scope, username, password);
  }

  @Mutation(() => Boolean, { description: 'Ends this login: the token stops working at once.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx.scope);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when nobody is signed in.' })
  me(@Ctx() ctx: Context): Promise<UserRow | null> {
    return getMe(ctx.scope);
  }
}
