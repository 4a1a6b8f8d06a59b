import { describe, expect, it } from 'vitest';
import { invalidAddresses, splitAddresses } from './contact-lists';

describe('contacts', () => {
  it('splits on new lines, commas, semicolons and spaces', () => {
    expect(splitAddresses('a@x.com\n b@y.org, c@z.io;d@w.net  \n\n')).toEqual([
      'a@x.com',
      'b@y.org',
      'c@z.io',
      'd@w.net',
    ]);
  });

  it('flags what is not an address', () => {
    expect(invalidAddresses(['ok@example.com', 'no-at-sign', 'a@b', 'x@y.z'])).toEqual(['no-at-sign', 'a@b']);
  });
});
