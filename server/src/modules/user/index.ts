import { UserResolver } from './user.resolver';

export { UserRole } from './user.enum';
export { CreateUserInput } from './user.input';
export { createAccount, createUser, getMe, getUserById, resetAccountPassword } from './user.service';
export type { NewUserRow, UserRow } from './user.table';
export { users } from './user.table';
export { User } from './user.type';

export const userResolvers = [UserResolver] as const;
