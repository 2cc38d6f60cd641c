/**
 * The plan-document parser: `parsePlanDocument(text)` turns the text of a
 * kế hoạch, chương trình, quyết định or công văn into a `ParsedPlan`.
 */
export { parsePlanDocument } from './parse.ts';
export * from './types.ts';
