import { UserResolver } from './user.resolver';

export { UserRole } from './user.enum';
export { createUser, getMe } from './user.service';
export type { NewUserRow, UserRow } from './user.table';
export { users } from './user.table';
export { User } from './user.type';

export const userResolvers = [UserResolver] as const;
