import { expect, test } from '@playwright/test';

test('the playground should render its host app', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Integrations', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect Lattice' })).toBeVisible();
});
