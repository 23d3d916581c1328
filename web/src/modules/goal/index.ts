// The goal module's surface for other modules. GoalPage is routed by app/ directly.
export { GoalCard } from './GoalCard';
