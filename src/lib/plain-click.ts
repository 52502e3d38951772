import type { MouseEvent } from 'react';

/** A left click without modifiers: the app navigates itself; any other click keeps the browser's own (new tab…). */
export const isPlainClick = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
