export * from './aggregate.ts';
export * from './codes.ts';
export * from './tree.ts';
export * from './trend.ts';
