import { describe, expect, it } from 'vitest';
import { causeOf, type LongFrame } from './task-causes';

const frame = (start: number, duration: number, renderStart: number, scripts: LongFrame['scripts']): LongFrame => ({
  start,
  duration,
  renderStart,
  scripts,
});

describe('causeOf', () => {
  it('names the longest scripts of the task, longest first, with the rendering that fell in it', () => {
    const frames = [
      frame(100, 180, 240, [
        { start: 100, duration: 20, what: 'event-listener MessagePort.onmessage' },
        { start: 125, duration: 90, what: 'module-script index-1a2b.js' },
        { start: 215, duration: 3, what: 'user-callback TimerHandler:setTimeout' },
      ]),
    ];
    expect(causeOf({ start: 100, duration: 180 }, frames)).toBe(
      'module-script index-1a2b.js 90 ms; event-listener MessagePort.onmessage 20 ms; rendering (style, layout, paint) 40 ms',
    );
  });

  it('counts only what overlaps the task, and adds up one source over several scripts', () => {
    const frames = [
      frame(0, 400, 0, [
        { start: 0, duration: 60, what: 'resolve-promise fetch.then' },
        { start: 300, duration: 30, what: 'resolve-promise Response.json.then' },
        { start: 340, duration: 30, what: 'resolve-promise Response.json.then' },
      ]),
    ];
    expect(causeOf({ start: 290, duration: 90 }, frames)).toBe('resolve-promise Response.json.then 60 ms');
  });

  it('says the browser worked without a script when a frame holds the task but names none', () => {
    expect(causeOf({ start: 10, duration: 80 }, [frame(10, 80, 0, [])])).toMatch(/^no script/);
  });

  it('says nothing when no reported frame holds the task', () => {
    expect(causeOf({ start: 500, duration: 60 }, [frame(10, 80, 0, [])])).toBe('');
  });
});
