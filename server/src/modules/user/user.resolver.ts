import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { CreateUserInput } from './user.input';
import { createUser, disableUser, listUsers, resetPassword } from './user.service';
import type { UserRow } from './user.table';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: 'Every account (ADMIN).' })
  users(@Ctx() ctx: Context): Promise<UserRow[]> {
    return listUsers(ctx.scope);
  }

  @Mutation(() => User, { description: 'Creates an account (ADMIN).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserRow> {
    return createUser(ctx.scope, input);
  }

  @Mutation(() => User, { description: 'Sets a new password and ends the user’s sessions (ADMIN).' })
  resetPassword(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<UserRow> {
    return resetPassword(ctx.scope, username, password);
  }

  @Mutation(() => User, { description: 'Disables an account and ends its sessions (ADMIN).' })
  disableUser(@Arg('username', () => String) username: string, @Ctx() ctx: Context): Promise<UserRow> {
    return disableUser(ctx.scope, username);
  }

  @FieldResolver(() => Boolean, { description: 'True while the account may sign in.' })
  active(@Root() user: UserRow): boolean {
    return user.disabledAt === null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The user’s department, if any.' })
  department(@Root() user: UserRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return user.departmentId === null ? null : getDepartmentById(ctx.scope, user.departmentId);
  }
}
