/** Props of a table cell holding a number: right-aligned, digits of equal width so columns line up. */
export const numberCell = { ta: 'right' as const, style: { fontVariantNumeric: 'tabular-nums' } };
