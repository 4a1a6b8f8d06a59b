const format = new Intl.NumberFormat('en-US');

/** "12,345": huge counts keep every digit, grouped. */
export const formatCount = (count: number) => format.format(count);
