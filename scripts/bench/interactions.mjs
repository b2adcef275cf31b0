// Zoom and pan as a reader does them (the wheel or the zoom buttons, a mouse drag), one frame
// after each step, with the frames of each phase recorded.
import { VIEWPORT } from './pages.mjs';
import { frameStats, nextFrame, settle } from './frames.mjs';

/** The centre of `selector` (else the Timeline region) as far as it is in view, and its width. */
export async function centerOf(page, selector) {
  const loc = selector
    ? page.locator(selector).first()
    : page.getByRole('region', { name: 'Timeline' }).first();
  const box = await loc.boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`no box for ${selector ?? 'region "Timeline"'}`);
  // The visible part only: a tall region may run below the viewport.
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  return { x: box.x + box.width / 2, y: (box.y + bottom) / 2, width: box.width };
}

/** One zoom step in (+1) or out (-1), then a frame. */
export async function zoomStep(page, target, at, dir) {
  if (target.zoom === 'wheel') {
    await page.mouse.wheel(0, dir > 0 ? -100 : 100);
  } else {
    const b = dir > 0 ? at.zoomIn : at.zoomOut;
    await page.mouse.click(b.x, b.y);
  }
  await nextFrame(page);
}

/**
 * Zoom: N steps in, N steps out, one frame after each; stops early past the phase budget.
 * `at` is where to act: the timeline's centre, and the zoom buttons' for TimelineJS.
 */
export async function measureZoom(page, target, at, opts) {
  const budget = opts.phaseBudgetMs ?? Infinity;
  const t0 = Date.now();
  let steps = 0;
  await page.evaluate(() => window.__bench.start());
  for (const dir of [+1, -1]) {
    for (let i = 0; i < opts.zoomSteps && Date.now() - t0 < budget; i++, steps++)
      await zoomStep(page, target, at, dir);
  }
  const zoom = frameStats(await page.evaluate(() => window.__bench.stop()));
  zoom.steps = steps;
  zoom.planned = opts.zoomSteps * 2;
  return zoom;
}

/** Pan: zoom in a little so there is somewhere to go, then drag 60% of the width leftwards. */
export async function measurePan(page, target, at, opts) {
  for (let i = 0; i < 4; i++) await zoomStep(page, target, at, +1);
  await settle(page, 300, 5_000);
  const budget = opts.phaseBudgetMs ?? Infinity;
  const dx = (at.width * 0.6) / opts.panSteps;
  const x0 = at.x + at.width * 0.3;
  await page.mouse.move(x0, at.y);
  await page.evaluate(() => window.__bench.start());
  await page.mouse.down();
  const t0 = Date.now();
  let steps = 0;
  for (let i = 1; i <= opts.panSteps && Date.now() - t0 < budget; i++, steps++) {
    await page.mouse.move(x0 - dx * i, at.y);
    await nextFrame(page);
  }
  await page.mouse.up();
  await nextFrame(page);
  const pan = frameStats(await page.evaluate(() => window.__bench.stop()));
  pan.steps = steps;
  pan.planned = opts.panSteps;
  return pan;
}
