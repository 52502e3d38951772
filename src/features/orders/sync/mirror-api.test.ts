import { describe, expect, it } from 'vitest';
import type { MirrorChanges } from '../../../../core/mirror/protocol';
import { changesAskingAhead, type getMirrorChanges } from './mirror-api';

/** Answers of 1,000 changes up to `latest`; the headers (onNext) come at once. */
function scripted(latest: number) {
  const asked: number[] = [];
  const get: typeof getMirrorChanges = (since, _signal, onNext) => {
    asked.push(since);
    const cursor = Math.min(since + 1000, latest);
    if (cursor < latest) onNext?.(cursor);
    return Promise.resolve({ cursor, latest, more: cursor < latest } as MirrorChanges);
  };
  return { asked, get };
}

/** A reader that takes its time over each answer (other tasks run meanwhile). */
const slowly = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('changes asked ahead', () => {
  it('asks each answer once, before the reader gets to it, at most two ahead', async () => {
    const { asked, get } = scripted(5000);
    const changes = changesAskingAhead(get);
    const askedBeforeRead: boolean[] = [];
    let since = 0;
    for (;;) {
      askedBeforeRead.push(asked.includes(since));
      const answer = await changes(since);
      await slowly();
      // The reader is at `since`; asked ahead of it: never more than two answers.
      expect(asked.filter((cursor) => cursor > since).length).toBeLessThanOrEqual(2);
      if (!answer.more) break;
      since = answer.cursor;
    }
    expect(asked).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(askedBeforeRead).toEqual([false, true, true, true, true]);
  });

  it('a cursor it did not expect drops what was asked ahead and asks for that one', async () => {
    const { asked, get } = scripted(5000);
    const changes = changesAskingAhead(get);
    await changes(0);
    await slowly();
    await changes(0);
    expect(asked.filter((cursor) => cursor === 0)).toHaveLength(2);
  });
});
