import { expect, signIn, test } from '../support/fixtures';

test('a packer signs in and lands on the Pack screen with a Station tab', async ({ stationPage: page }) => {
  await signIn(page, 'packer', 'packline');
  await expect(page.getByRole('heading', { level: 1, name: 'Pack' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Station/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Approvals/ })).toHaveCount(0);
});

test('a wrong password is refused with a readable message', async ({ stationPage: page }) => {
  await signIn(page, 'packer', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
  await expect(page.getByLabel('Username')).toHaveValue('packer');
});

test('the Station screen follows the hub going away and coming back without a reload', async ({
  stationPage: page,
  hub,
}) => {
  await signIn(page, 'admin', 'packline');
  await page.getByRole('link', { name: /Station/ }).click();
  const hubState = page.getByTestId('hub-state');
  await expect(hubState).toHaveAttribute('data-state', 'online');
  await expect(page.getByText('admin').first()).toBeVisible();

  await hub.stop();
  await expect(hubState).toHaveAttribute('data-state', 'offline', { timeout: 5_000 });

  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await hub.start();
  await expect(hubState).toHaveAttribute('data-state', 'online', { timeout: 10_000 });
  expect(navigations).toEqual([]);
});
