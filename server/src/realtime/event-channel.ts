/**
 * The channel that wakes every server process when events of a plan commit. The stream listens on it;
 * `appendEvents` (modules/event) notifies on it in the writing transaction. It lives here, below the modules,
 * so that the stream depends on nothing above it.
 */
export const EVENTS_CHANNEL = 'duban_events';
