import { Field, InputType } from 'type-graphql';
import { UserRole } from './user.enum';

@InputType('CreateUserInput', { description: 'A new account.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Login name: lower-case letters, digits, . _ -; 2–63 characters.' })
  username!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;

  @Field(() => UserRole, { description: 'What the user may do.' })
  role!: UserRole;

  @Field(() => String, { nullable: true, description: 'The department, required for a REPORTER.' })
  departmentCode?: string | null;

  @Field(() => String, { description: 'Initial password, at least 8 characters.' })
  password!: string;
}
