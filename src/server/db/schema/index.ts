export * from './org.ts';
export * from './plans.ts';
export * from './audit.ts';
export * from './reporting.ts';
export * from './jobs.ts';
export * from './consolidation.ts';
export * from './reminders.ts';
export * from './reorganisation.ts';
