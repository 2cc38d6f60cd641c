export * from './rules.ts';
export * from './milestones.ts';
export * from './messages.ts';
export * from './engine.ts';
export * from './calendar.ts';
export * from './log.ts';
