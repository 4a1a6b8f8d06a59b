import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compactGraphql } from './compact-graphql';

const document = `
  query Jobs($team: String!, $page: Int!) {
    jobs(pageNumber: $page, pageSize: 25, filter: [{ property: "config.team", pattern: $team }]) {
      totalItems
      content { jobName }
    }
  }
`;

describe('compactGraphql', () => {
  it('puts a document on one line that the service reads as the same document', () => {
    const compact = compactGraphql(document);
    expect(compact).not.toContain('\n');
    expect(compact.length).toBeLessThan(document.trim().length);
    expect(print(parse(compact))).toBe(print(parse(document)));
  });

  it('refuses a comment, which on one line would swallow the rest of the document', () => {
    expect(() => compactGraphql(`query Jobs {\n  # the team's jobs\n  jobs { totalItems }\n}`)).toThrow(/comment/);
  });

  it('refuses a string whose whitespace it would change', () => {
    expect(() => compactGraphql(`query { jobs(filter: [{ pattern: "a  b" }]) { totalItems } }`)).toThrow(/whitespace/);
  });
});
