export * from './flow.ts';
export * from './form.ts';
export * from './completeness.ts';
export * from './diff.ts';
