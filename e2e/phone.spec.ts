import { expect, test } from '@playwright/test';
import { emulatorSummary, stacks } from './support/stacks';

// Each test waits for a whole sync first, which a busy machine can stretch.
test.describe.configure({ timeout: 180_000 });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'id-ID' });

  test('orders show as cards; a tap opens the drawer; ?status= filters them', async ({ page }) => {
    const summary = await emulatorSummary(stacks.main);
    await page.goto('/?status=paid');
    await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    const list = page.getByTestId('orders-table');
    await expect(list).toBeVisible();
    await expect(page.locator('table[data-testid="orders-table"]')).toHaveCount(0);
    await expect(page.getByTestId('orders-visible-count')).toHaveAttribute(
      'data-count',
      String(summary.byStatus['paid']!.count),
    );
    const cards = list.getByTestId('order-row');
    await expect(cards.first()).toContainText('Dibayar');
    const statuses = await cards.locator('[style*="--status"]').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses.map((s) => s.trim()).filter(Boolean))).toEqual(new Set(['Dibayar']));

    const first = cards.first();
    const id = await first.getAttribute('data-order-id');
    await first.getByRole('link').tap();
    await expect(page).toHaveURL(new RegExp(`[?&]order=${id}`));
    await expect(page.getByTestId('order-drawer')).toBeVisible();
  });

  test('the most urgent late orders come first, one thumb from WhatsApp; the whole queue is a tap away', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    const count = Number(await page.getByTestId('needs-attention').getAttribute('data-count'));
    expect(count).toBeGreaterThan(3);
    const preview = page.getByRole('region', { name: /Perlu tindakan sekarang/ });
    await expect(preview).toBeVisible();
    // Above the figures and the order cards.
    const previewTop = (await preview.boundingBox())!.y;
    expect(previewTop).toBeLessThan((await page.getByTestId('orders-table').boundingBox())!.y);
    await expect(preview.getByRole('listitem')).toHaveCount(3);
    const whatsapp = preview.getByRole('button', { name: /WhatsApp/ }).first();
    const box = (await whatsapp.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.y + box.height).toBeLessThan(844);
    await preview.getByRole('link', { name: new RegExp(`Lihat semua ${count}`) }).tap();
    await expect(page).toHaveURL(/[?&]queue=attention/);
    await expect(page.getByRole('region', { name: /Perlu tindakan sekarang/ })).toContainText(`(${count})`);
  });

  test('a headline definition opens on tap', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('orders-sync')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Arti Bruto' }).tap();
    await expect(page.getByRole('tooltip')).toContainText('Semua pesanan');
  });
});
