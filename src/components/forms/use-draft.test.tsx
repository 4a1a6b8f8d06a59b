import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAllDrafts } from '@/lib/drafts';
import { useDraft } from './use-draft';

describe('useDraft', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps unsaved input across an unmount (a re-login reloads the page) and says it was restored', () => {
    const first = renderHook(() => useDraft('description', 'initial'));
    expect(first.result.current[3]).toBe(false);
    act(() => first.result.current[1]('typed before the login'));
    first.unmount();

    const second = renderHook(() => useDraft('description', 'initial'));
    expect(second.result.current[0]).toBe('typed before the login');
    expect(second.result.current[3]).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('is cleared on save', () => {
    const first = renderHook(() => useDraft('form', { a: 1 }));
    act(() => first.result.current[1]((previous) => ({ a: previous.a + 1 })));
    act(() => first.result.current[2]());
    first.unmount();
    expect(renderHook(() => useDraft('form', { a: 1 })).result.current[0]).toEqual({ a: 1 });
  });

  it('keeps nothing when the value is back to where it started', () => {
    const { result } = renderHook(() => useDraft('x', 'same'));
    act(() => result.current[1]('changed'));
    act(() => result.current[1]('same'));
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps drafts per page and per key, and drops them all on sign-out', () => {
    const { result } = renderHook(() => [useDraft('a', ''), useDraft('b', '')] as const);
    act(() => result.current[0][1]('one'));
    act(() => result.current[1][1]('two'));
    expect(sessionStorage.length).toBe(2);
    sessionStorage.setItem('unrelated', 'stays');
    clearAllDrafts();
    expect(sessionStorage.length).toBe(1);
  });
});
