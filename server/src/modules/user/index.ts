import { UserResolver } from './user.resolver';

export { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password';
export { UserRole } from './user.enum';
export { CreateUserInput } from './user.input';
export { findUserByUsername, listUsersByIds } from './user.repository';
export { createAccount, createUser, getMe, getUserById, resetAccountPassword } from './user.service';
export type { NewUserRow, SessionRow, UserRow } from './user.table';
export { sessions, users } from './user.table';
export { User } from './user.type';

export const userResolvers = [UserResolver] as const;
