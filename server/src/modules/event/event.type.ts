import { registerEnumType } from 'type-graphql';
import { EVENT_CATALOGUE } from './event.catalogue';
import { EventType } from './event.enum';

registerEnumType(EventType, {
  name: 'EventType',
  description: 'What happened: the kind of fact an event of the log records (past tense).',
  valuesConfig: EVENT_CATALOGUE,
});

export { EventType };
