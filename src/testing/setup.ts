import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The `app` project runs its files in one jsdom window with one module cache (`isolate: false` in vite.config.ts: a
// fresh window per file cost most of the unit stage), and runs this file again before each of them: it puts back what
// a fresh window has, so that no file sees what another left behind.
localStorage.clear();
sessionStorage.clear();
history.replaceState(null, '', '/');
document.title = '';
document.body.replaceChildren();
for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
vi.useRealTimers();

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
