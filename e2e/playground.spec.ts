import { expect, test } from '@playwright/test';

test('the playground should render its host app', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Acme People Analytics' })).toBeVisible();
});
