import { PAGE_LIMIT, type EngineDeps } from '../../../../core/sync/paging-engine';

/** The engine, with page 1 already asked for: the session's first request for it takes that answer. */
export function withEarlyFirstPage(engine: EngineDeps, signal: AbortSignal): EngineDeps {
  let early: ReturnType<EngineDeps['fetchPage']> | null = engine.fetchPage(1, PAGE_LIMIT, signal);
  // A failure is the first attempt's: the session sees it (and retries or reports it) when it asks.
  early.catch(() => undefined);
  return {
    ...engine,
    fetchPage: (page, limit, pageSignal) => {
      if (early === null || page !== 1 || limit !== PAGE_LIMIT)
        return engine.fetchPage(page, limit, pageSignal);
      const answer = early;
      early = null;
      return answer;
    },
  };
}
