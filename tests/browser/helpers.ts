import { expect, type FrameLocator, type Page } from '@playwright/test';

/** The actor filter's fieldset, its popover opened from the "Actors: …" button if closed. */
export async function actorFilter(page: Page | FrameLocator) {
  const group = page.getByRole('group', { name: /^Filter by actor/ });
  if (!(await group.isVisible())) await page.getByRole('button', { name: /^Actors:/ }).click();
  await expect(group).toBeVisible();
  return group;
}
