import { test } from './fixtures';
import { expect } from '@playwright/test';

test('loads the bundled story with no console error and no off-origin request', async ({
  page,
}) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (
      !r.url().startsWith(`http://127.0.0.1:${process.env.PW_PORT ?? 4317}/`) &&
      !r.url().startsWith('data:')
    )
      foreign.push(r.url());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/distillation/i);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
