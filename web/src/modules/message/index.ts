// The message module's surface for other modules (消息: contacts, reminder rules, the delivery log). DeliveryLogPage
// is routed by app/ directly.
export { ReminderSettingsCard, ReminderSettingsCard_Plan } from './ReminderSettingsCard';
/** The contacts drawer as its own chunk, for a page that opens it on a click. */
export const loadContactsDrawer = () => import('./ContactsDrawer');
