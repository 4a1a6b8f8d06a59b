/**
 * One GraphQL document on one line, without the spaces around punctuation: what builds send (vite.config.ts).
 * Joining lines is only safe for what the service reads the same either way, so a document this cannot keep whole is
 * refused, and the build fails, rather than shipped changed: a string with whitespace would lose it, and a `#` comment
 * would swallow the rest of the document.
 */
export function compactGraphql(document: string): string {
  if (/"[^"]*\s[^"]*"/.test(document)) throw new Error(`A GraphQL string with whitespace: ${document.trim()}`);
  if (document.includes('#'))
    throw new Error(`A GraphQL comment (#), which one line would not end: ${document.trim()}`);
  return document
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?([{}():,!=[\]]) ?/g, '$1');
}
