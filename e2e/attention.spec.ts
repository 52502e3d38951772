import { expect, test, type Page } from '@playwright/test';
import { appUrl, EMULATOR_KEY, emulatorUrl, stacks, type Stack } from './support/stacks';

// The assertions read the English texts.
test.use({ locale: 'en-US' });

type RawOrder = {
  id: string;
  order_number: number;
  order_status: string;
  payment_method: string | null;
  contact: { display_name: string | null; phone_number: string | null } | null;
  created_at: string;
};

/** Every order straight from the emulator's own API, to compute the expected figures independently. */
async function emulatorOrders(stack: Stack): Promise<RawOrder[]> {
  const all: RawOrder[] = [];
  for (let page = 1; page < 1000; page++) {
    const response = await fetch(`${emulatorUrl(stack)}/api/orders?limit=100&page=${page}`, {
      headers: { authorization: `Bearer ${EMULATOR_KEY}` },
    });
    const orders = ((await response.json()) as { data: { orders: RawOrder[] } }).data.orders;
    all.push(...orders);
    if (orders.length < 100) break;
  }
  return all;
}

// CONTRACT.md's default rules, written out again here rather than imported from the app.
const LIMIT_HOURS: Record<string, number> = { pending: 24, paid: 48, processing: 48, shipped: 168 };
const late = (order: RawOrder, now: number) =>
  order.order_status in LIMIT_HOURS &&
  now - Date.parse(order.created_at) > LIMIT_HOURS[order.order_status]! * 3600e3;

/** The counts the rules give at each minute from `from` to `to` (the page counts by the minute). */
function countsBetween(orders: RawOrder[], from: number, to: number): number[] {
  const counts: number[] = [];
  for (let minute = Math.floor(from / 60e3) * 60e3; minute <= to; minute += 60e3)
    counts.push(orders.filter((o) => late(o, minute)).length);
  return counts;
}

const syncDone = (page: Page) =>
  expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 180_000 });

test.describe('main data', () => {
  // Each test waits for a whole 3,000-order sync, which a busy machine can stretch.
  test.describe.configure({ timeout: 240_000 });
  let orders: RawOrder[];
  test.beforeAll(async () => {
    orders = await emulatorOrders(stacks.main);
  });

  test('the needs-attention count is what the rules select from the emulator data, under the other filters', async ({
    page,
  }) => {
    const before = Date.now() - 60e3;
    await page.goto('/');
    await syncDone(page);
    const entry = page.getByTestId('needs-attention');
    const all = Number(await entry.getAttribute('data-count'));
    expect(countsBetween(orders, before, Date.now())).toContain(all);
    expect(all).toBeGreaterThan(0);

    // A status filter does not change it; a payment filter does, as it does the status chips.
    const method = orders.find((o) => o.payment_method)!.payment_method!;
    const paying = orders.filter((o) => o.payment_method === method);
    await page.goto(`/?status=delivered&payment=${method}`);
    await syncDone(page);
    const filtered = Number(await entry.getAttribute('data-count'));
    expect(countsBetween(paying, before, Date.now())).toContain(filtered);
    expect(filtered).toBeLessThan(all);

    // One click opens the queue; a row opens its drawer the way the table's rows do.
    await entry.click();
    expect(new URL(page.url()).searchParams.get('queue')).toBe('attention');
    const queue = page.getByRole('region', { name: /Needs attention now/ });
    await expect(queue).toBeVisible();
    const first = queue.locator('a[data-order-id]').first();
    await expect(first).toContainText(/waiting \d+ (day|hour)s?/);
    const id = await first.getAttribute('data-order-id');
    await first.click();
    await expect(page.getByTestId('order-drawer')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('order')).toBe(id);
    expect(new URL(page.url()).searchParams.get('queue')).toBe('attention');
  });

  test('a WhatsApp follow-up from the drawer carries the customer number and the order number', async ({
    page,
  }) => {
    const order = orders.find(
      (o) => o.order_status === 'pending' && /^628\d{8,11}$/.test(o.contact?.phone_number ?? ''),
    )!;
    await page.goto(`/?order=${order.id}`);
    const drawer = page.getByTestId('order-drawer');
    await drawer.getByRole('button', { name: 'Follow up on WhatsApp' }).click();
    const link = drawer.getByRole('link', { name: /Open in WhatsApp/ });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`https://wa.me/${order.contact!.phone_number}`);
    expect(href.searchParams.get('text')).toContain(`#${order.order_number}`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(drawer.getByLabel('Message preview').last()).toContainText(`#${order.order_number}`);
  });
});

test.describe('a device in another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test("the drawer dates an order on the store's clock (STORE_TIMEZONE, default WIB) and names the zone", async ({
    page,
  }) => {
    const [order] = await emulatorOrders(stacks.main);
    const clock = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(Date.parse(order!.created_at));
    await page.goto(`/?order=${order!.id}`);
    const drawer = page.getByTestId('order-drawer');
    const created = drawer.locator('time').first();
    await expect(created).toContainText(clock('Asia/Jakarta'));
    await expect(created).toContainText('WIB');
    await expect(created).not.toContainText(clock('America/New_York'));
  });
});

test('the tab title counts a new order that arrives after the first sync, on Refresh', async ({ page }) => {
  test.setTimeout(540_000);
  await page.goto(appUrl(stacks.syncLive));
  const sync = page.getByTestId('orders-sync');
  await expect(sync).toHaveAttribute('data-state', 'done', {
    timeout: 240_000,
  });
  // Orders of the first sync never alert, even those that arrived while it ran.
  await expect(page).toHaveTitle('Cekat Orders');
  await page.waitForTimeout(2000); // the live emulator adds an order every second
  await page.getByRole('button', { name: /Refresh/ }).click();
  // A Refresh after a sync with live inserts re-checks the pages that moved: on a busy machine that takes a while.
  await expect(page).toHaveTitle(/^\(\d+\) Cekat Orders$/, { timeout: 240_000 });
  // Looking at the tab (any key or click) clears the count.
  await page.keyboard.press('Shift');
  await expect(page).toHaveTitle('Cekat Orders');
});
