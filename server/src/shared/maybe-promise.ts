/** A value now, or later. Resolvers return values synchronously once they are at hand. */
export type MaybePromise<T> = T | Promise<T>;
