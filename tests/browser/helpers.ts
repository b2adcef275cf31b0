import { expect, type FrameLocator, type Page } from '@playwright/test';

/** The actor filter's fieldset, its popover opened from the "Actors: …" button if closed. */
export async function actorFilter(page: Page | FrameLocator) {
  const group = page.getByRole('group', { name: /^Filter by actor/ });
  if (!(await group.isVisible())) await page.getByRole('button', { name: /^Actors:/ }).click();
  await expect(group).toBeVisible();
  return group;
}

/**
 * Resolves after the page has produced `n` more frames: for "nothing more happens" checks
 * (layout shift, a resize settling) a count of rendered frames, not a guess in milliseconds.
 */
export async function frames(page: Page, n = 2) {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}
