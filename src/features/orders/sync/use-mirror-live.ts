import { useEffect } from 'react';
import { parseMirrorEvent } from './mirror-api';
import type { MirrorReplica } from './mirror-replica';

export const MIRROR_EVENTS_PATH = '/api/mirror/events';

/**
 * Follows the mirror live while mounted: a `cursor` event pulls what changed; a (re)connect asks the same
 * small question, so nothing missed while disconnected is lost. Closed on unmount and when the page goes.
 */
export function useMirrorLive(replica: MirrorReplica | null): void {
  useEffect(() => {
    if (!replica || typeof EventSource === 'undefined') return;
    const source = new EventSource(MIRROR_EVENTS_PATH, { withCredentials: true });
    let opened = false;
    const onOpen = () => {
      // The first open follows the initial pull already under way; a reopen means events may have been missed.
      if (opened) void replica.pull();
      opened = true;
    };
    const onCursor = (event: MessageEvent<string>) => {
      const parsed = parseMirrorEvent(event.data);
      if (parsed) replica.onEvent(parsed);
    };
    const close = () => source.close();
    source.addEventListener('open', onOpen);
    source.addEventListener('cursor', onCursor);
    window.addEventListener('pagehide', close);
    return () => {
      window.removeEventListener('pagehide', close);
      source.close();
    };
  }, [replica]);
}
