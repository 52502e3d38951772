/** The 90th percentile of a small request's time on one server: idle, then while a reader takes the change feed. */
export type FeedWait = { idleP90: number; busyP90: number; probes: number };

const PROBE_PATH = '/api/config';
const PROBE_GAP_MS = 20;

const p90 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(0.9 * (values.length - 1))] ?? NaN;

async function probeOnce(appUrl: string): Promise<number> {
  const started = performance.now();
  await (await fetch(appUrl + PROBE_PATH)).arrayBuffer();
  return performance.now() - started;
}

/** The whole change feed as a new browser reads it: 1,000, then 20,000 at a time, each asked before the last is read. */
async function readFeed(appUrl: string): Promise<void> {
  const ask = (since: number, limit: number) =>
    fetch(`${appUrl}/api/mirror/changes?since=${since}&limit=${limit}`);
  let next: Promise<Response> | null = ask(0, 1000);
  while (next) {
    const response: Response = await next;
    const more = response.headers.get('x-mirror-more') === 'true';
    next = more ? ask(Number(response.headers.get('x-mirror-next')), 20_000) : null;
    await response.arrayBuffer();
  }
}

/** How long another staff member's request waits while a new browser loads everything from a warm mirror. */
export async function measureFeedWait(appUrl: string, reads = 3): Promise<FeedWait> {
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    idle.push(await probeOnce(appUrl));
    await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
  }
  const busy: number[] = [];
  let reading = true;
  const prober = (async () => {
    while (reading) {
      busy.push(await probeOnce(appUrl));
      await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
    }
  })();
  try {
    for (let i = 0; i < reads; i++) await readFeed(appUrl);
  } finally {
    reading = false;
    await prober;
  }
  return { idleP90: p90(idle), busyP90: p90(busy), probes: busy.length };
}
