import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../user';
import type { LoginResult } from './auth.service';

@ObjectType('LoginResult', { description: 'A new login.' })
export class LoginPayload implements Pick<LoginResult, 'token' | 'expiresAt'> {
  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <token>` over HTTP, or as `authorization` in connection_init.',
  })
  token!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the login ends.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'Who signed in.' })
  user!: User;
}
