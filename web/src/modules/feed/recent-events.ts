/** How many events a plan screen loads first, newest first; its live stream resumes after the newest of them. */
export const RECENT_EVENTS = 20;
