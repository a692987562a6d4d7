import { describe, expect, it } from 'vitest';
import { SettleTracker } from './settle-tracker.js';

const rules = { settleMs: 2000, incompleteSettleMs: 10_000 };
const complete = async () => true;
const incomplete = async () => false;

describe('SettleTracker', () => {
  it('takes a file once size and mtime stayed the same for settleMs', async () => {
    const tracker = new SettleTracker(rules);
    tracker.add('a.pdf', 0);
    const seen = { size: 10, mtimeMs: 5 };
    expect(await tracker.isSettled('a.pdf', seen, 0, complete)).toBe(false);
    expect(await tracker.isSettled('a.pdf', seen, 1999, complete)).toBe(false);
    expect(await tracker.isSettled('a.pdf', seen, 2000, complete)).toBe(true);
  });

  it('keeps waiting while a file grows, however long it takes', async () => {
    const tracker = new SettleTracker(rules);
    tracker.add('slow.pdf', 0);
    for (let second = 0; second <= 60; second++) {
      expect(await tracker.isSettled('slow.pdf', { size: second * 100, mtimeMs: second }, second * 1000, complete)).toBe(false);
    }
    expect(tracker.files()).toEqual(['slow.pdf']);
    expect(await tracker.isSettled('slow.pdf', { size: 6000, mtimeMs: 60 }, 62_000, complete)).toBe(true);
  });

  it('waits the longer time for a file that does not look complete', async () => {
    const tracker = new SettleTracker(rules);
    tracker.add('cut.pdf', 0);
    const seen = { size: 10, mtimeMs: 5 };
    await tracker.isSettled('cut.pdf', seen, 0, incomplete);
    expect(await tracker.isSettled('cut.pdf', seen, 5000, incomplete)).toBe(false);
    expect(await tracker.isSettled('cut.pdf', seen, 10_000, incomplete)).toBe(true);
  });

  it('looks again later, after longer and longer waits, when taking a file failed', async () => {
    const tracker = new SettleTracker(rules);
    tracker.add('locked.pdf', 0);
    const seen = { size: 10, mtimeMs: 5 };
    await tracker.isSettled('locked.pdf', seen, 0, complete);
    expect(tracker.postpone('locked.pdf', 2000)).toBe(1000);
    expect(await tracker.isSettled('locked.pdf', seen, 2500, complete)).toBe(false);
    expect(await tracker.isSettled('locked.pdf', seen, 3000, complete)).toBe(true);
    expect(tracker.postpone('locked.pdf', 3000)).toBe(2000);
  });
});
