import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom does not scroll; pages scroll to the top on navigation.
window.scrollTo = () => {};

// A passing test prints nothing, so that a real warning is seen: whatever reaches console.error or console.warn
// (React act() warnings, jsdom gaps, an error nobody expected) fails the test that caused it. A test that expects
// one spies on it, which keeps it off the output, and asserts it:
//   const logged = vi.spyOn(console, 'error').mockImplementation(() => {}); … expect(logged).toHaveBeenCalledWith(…)
const unexpected: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => {
    unexpected.push(`console.${level}: ${args.map(String).join(' ')}`);
  };
}

afterEach(() => {
  cleanup();
  const output = unexpected.splice(0);
  if (output.length > 0) {
    throw new Error(`Unexpected console output (spy on it and assert it if it is expected):\n${output.join('\n')}`);
  }
});
