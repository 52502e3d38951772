import { useEffect } from 'react';
import { parseMirrorEvent } from './mirror-api';
import type { MirrorReplica } from './mirror-replica';

export const MIRROR_EVENTS_PATH = '/api/mirror/events';

/**
 * Follows the mirror live while mounted: a `cursor` event pulls what changed. The server sends one at every
 * (re)connect too, so what was missed while disconnected is pulled then, and a reload with nothing changed
 * asks nothing more. Closed on unmount and when the page goes.
 */
export function useMirrorLive(replica: MirrorReplica | null): void {
  useEffect(() => {
    if (!replica || typeof EventSource === 'undefined') return;
    const source = new EventSource(MIRROR_EVENTS_PATH, { withCredentials: true });
    const onCursor = (event: MessageEvent<string>) => {
      const parsed = parseMirrorEvent(event.data);
      if (parsed) replica.onEvent(parsed);
    };
    const close = () => source.close();
    source.addEventListener('cursor', onCursor);
    window.addEventListener('pagehide', close);
    return () => {
      window.removeEventListener('pagehide', close);
      source.close();
    };
  }, [replica]);
}
