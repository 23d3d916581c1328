import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserRole } from './user.enum';
import type { UserRow } from './user.table';

registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a user may do.',
  valuesConfig: {
    ADMIN: { description: '系统管理员: manages plans, departments and users.' },
    LEADER: { description: '领导小组成员: reads everything, comments, issues instructions and urging notices.' },
    REPORTER: { description: '部门填报员: reads the plan, writes only for its own department.' },
    VIEWER: { description: '只读 (如会议室大屏).' },
  },
});

@ObjectType('User', { description: 'A person (or screen) who signs in.' })
export class User implements Pick<UserRow, 'username' | 'displayName' | 'role'> {
  @Field(() => String, { description: 'Login name.' })
  username!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;

  @Field(() => UserRole, { description: 'What the user may do.' })
  role!: UserRole;
}
