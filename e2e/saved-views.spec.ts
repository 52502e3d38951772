import { expect, test } from '@playwright/test';
import { appUrl, stacks } from './support/stacks';

test('a saved view made in one browser appears in another (mirror on) and opens the same URL state', async ({
  browser,
}) => {
  // Two fresh browsers each draw the whole first load (3,000 orders) on a machine the other specs share.
  test.setTimeout(180_000);
  const stack = stacks.main;
  const name = `Paid e2e ${Date.now().toString(36)}`;
  const first = await (await browser.newContext()).newPage();
  await first.goto(`${appUrl(stack)}?status=paid&q=a`);
  await first.getByRole('button', { name: /Kelola tampilan|Manage views/ }).click();
  await first.getByRole('textbox', { name: /Nama tampilan|View name/ }).fill(name);
  await first.getByRole('button', { name: /^(Simpan|Save)$/ }).click();
  await expect(first.getByRole('link', { name: new RegExp(name) })).toBeVisible({ timeout: 30_000 });

  const second = await (await browser.newContext()).newPage();
  await second.goto(appUrl(stack));
  const link = second.getByRole('link', { name: new RegExp(name) });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await link.click();
  await expect(second).toHaveURL(/[?&]status=paid(&|$)/);
  await expect(second).toHaveURL(/[?&]q=a(&|$)/);
});
