/**
 * Simulated clocks. The real one runs `speed` times faster than the wall
 * clock, starting from the current time so timestamps look real; the manual
 * one only moves when a test calls `advance`, firing due timers in order.
 */
import type { SimClock } from '../core/contract';

export function createClock(opts: { speed: number }): SimClock {
  const speed = opts.speed > 0 ? opts.speed : 1;
  const realStart = Date.now();
  return {
    speed,
    now: () => realStart + (Date.now() - realStart) * speed,
    setTimeout(callback, simulatedMs) {
      const handle = setTimeout(callback, Math.max(0, simulatedMs / speed));
      // Simulation timers must not keep a Node process alive on their own.
      (handle as { unref?: () => void }).unref?.();
      return () => clearTimeout(handle);
    },
  };
}

export type ManualClock = SimClock & { advance(ms: number): void };

/** Default start: a fixed instant so test output is stable. */
export const MANUAL_CLOCK_START = Date.parse('2025-06-02T09:00:00Z');

export function createManualClock(start: number = MANUAL_CLOCK_START): ManualClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; seq: number; callback: () => void }>();
  return {
    speed: 1,
    now: () => now,
    setTimeout(callback, simulatedMs) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, simulatedMs), seq: id, callback });
      return () => void timers.delete(id);
    },
    advance(ms) {
      const end = now + Math.max(0, ms);
      // Timers scheduled while advancing run too if they fall due before `end`.
      for (;;) {
        let next: { id: number; at: number; seq: number; callback: () => void } | undefined;
        for (const [id, t] of timers) if (t.at <= end && (!next || t.at < next.at || (t.at === next.at && t.seq < next.seq))) next = { id, ...t };
        if (!next) break;
        timers.delete(next.id);
        now = Math.max(now, next.at);
        next.callback();
      }
      now = end;
    },
  };
}
