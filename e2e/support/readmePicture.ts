import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, TestInfo } from '@playwright/test';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

/**
 * Takes one of the README's pictures of the widget: the window is made tall enough for the whole
 * dialog to show (its height is capped at 92% of the window, and it scrolls inside beyond that),
 * the picture is attached to the test's report, and the tracked file under docs/ is rewritten only
 * by `npm run screenshots` (KEYLINK_UPDATE_SCREENSHOTS=1). The window's size is restored after.
 */
export async function readmePicture(widget: Locator, file: string, testInfo: TestInfo) {
  const page = widget.page();
  const before = page.viewportSize();
  if (before === null) throw new Error('readmePicture needs a page with a fixed viewport');
  const content = await widget.evaluate((root) => (root.closest('dialog') ?? root).scrollHeight);
  // The dialog may take 92% of the window's height.
  await page.setViewportSize({ width: before.width, height: Math.ceil(content / 0.92) + 48 });
  // Whole: nothing of the dialog is left below a scroll.
  await widget.evaluate((root) => {
    const dialog = root.closest('dialog') ?? root;
    if (dialog.scrollHeight > dialog.clientHeight + 1)
      throw new Error(`the dialog still scrolls: ${dialog.scrollHeight} > ${dialog.clientHeight}`);
  });
  const update = process.env.KEYLINK_UPDATE_SCREENSHOTS === '1';
  const picture = await widget.screenshot(update ? { path: join(docs, file) } : {});
  await testInfo.attach(file, { body: picture, contentType: 'image/png' });
  await page.setViewportSize(before);
}
