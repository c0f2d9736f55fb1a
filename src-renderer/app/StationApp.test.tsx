import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeStation, fakePassword } from './bridge/fake-station.fake';
import { languageStorageKey } from './i18n';
import { type RenderedApp, renderApp } from './render-app.fake';

const apps: RenderedApp[] = [];
function open(...args: Parameters<typeof renderApp>): RenderedApp {
  const app = renderApp(...args);
  apps.push(app);
  return app;
}

afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

async function signIn(
  username: string,
  password: string,
  labels = { user: 'Username', password: 'Password', submit: 'Sign in' },
) {
  fireEvent.change(await screen.findByLabelText(labels.user), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(labels.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

function navigationEntries(): string[] {
  const nav = screen.getByRole('navigation');
  return within(nav)
    .getAllByRole('link')
    .map((link) => `${link.textContent ?? ''} → ${link.getAttribute('href') ?? ''}`);
}

describe('signing in', () => {
  it('starts with the cursor in the username field', async () => {
    open(createFakeStation());
    const username = await screen.findByLabelText('Username');
    await waitFor(() => expect(document.activeElement).toBe(username));
  });

  it('lands a packer on the Pack screen, and the hash names it', async () => {
    open(createFakeStation());
    await signIn('packer', fakePassword);

    expect(await screen.findByRole('heading', { level: 1, name: 'Pack' })).toBeTruthy();
    expect(await screen.findByText('Scan an order or pick list')).toBeTruthy();
    expect(window.location.hash).toBe('#/pack');
  });

  it('shows a wrong password as an error and keeps the typed username', async () => {
    const station = createFakeStation();
    open(station);
    await signIn('packer', 'not-the-password');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Wrong username or password. Check both and try again.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('packer');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(station.callsOf('auth.signIn')).toBe(1);
  });

  it('tells a station that typed too many wrong passwords to wait, in Chinese too', async () => {
    const station = createFakeStation();
    station.handle('auth.signIn', () => ({
      ok: false,
      error: {
        code: 'rate_limited',
        message: 'Too many wrong passwords from this computer — wait 5 minutes and try again',
      },
    }));
    open(station, { language: 'zh-CN' });
    await signIn('packer', fakePassword, { user: '用户名', password: '密码', submit: '登录' });

    expect((await screen.findByRole('alert')).textContent).toBe(
      '本工作站密码错误次数过多。请最多等待 5 分钟后再试，或联系主管。',
    );
  });

  it('says so when the hub cannot check the password', async () => {
    const station = createFakeStation();
    station.handle('auth.signIn', () => ({
      ok: false,
      error: { code: 'unavailable', message: 'Hub down.' },
    }));
    open(station);
    await signIn('packer', fakePassword);

    expect((await screen.findByRole('alert')).textContent).toContain('The hub cannot be reached');
  });

  it('asks for both fields instead of calling the station with an empty one', async () => {
    const station = createFakeStation();
    open(station);
    await signIn('packer', '');

    expect((await screen.findByRole('alert')).textContent).toBe('Enter your username and password.');
    expect(station.callsOf('auth.signIn')).toBe(0);
  });
});

describe('navigation by role', () => {
  it('gives a packer Pack and Station only', async () => {
    open(createFakeStation({ signedIn: 'packer' }));
    await screen.findByRole('heading', { level: 1 });
    expect(navigationEntries()).toEqual(['F1Pack → #/pack', 'F2Station → #/station']);
  });

  it('gives an admin all five screens in order', async () => {
    open(createFakeStation({ signedIn: 'admin' }));
    await screen.findByRole('heading', { level: 1 });
    expect(navigationEntries()).toEqual([
      'F1Pack → #/pack',
      'F2Orders → #/orders',
      'F3Approvals → #/approvals',
      'F4Admin → #/admin',
      'F5Station → #/station',
    ]);
  });

  it('keeps the screen of the hash on reload, and refuses one the role may not open', async () => {
    window.history.replaceState(null, '', '/#/station');
    const first = open(createFakeStation({ signedIn: 'packer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Station' })).toBeTruthy();
    first.close();

    window.history.replaceState(null, '', '/#/admin');
    open(createFakeStation({ signedIn: 'packer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pack' })).toBeTruthy();
    expect(window.location.hash).toBe('#/pack');
  });

  it('switches screens with F-keys and Alt+digits', async () => {
    open(createFakeStation({ signedIn: 'admin' }));
    await screen.findByRole('heading', { level: 1, name: 'Pack' });

    fireEvent.keyDown(window, { key: 'F3', code: 'F3' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Approvals' })).toBeTruthy();
    fireEvent.keyDown(window, { key: '5', code: 'Digit5', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Station' })).toBeTruthy();
    expect(window.location.hash).toBe('#/station');
  });

  it('signs out back to the sign-in screen', async () => {
    const station = createFakeStation({ signedIn: 'clerk' });
    open(station);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(station.callsOf('auth.signOut')).toBe(1);
  });
});

describe('language', () => {
  it('switches every text, keeps the choice and sets <html lang>', async () => {
    open(createFakeStation());
    await screen.findByLabelText('Username');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: '简体中文' }));

    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    expect(screen.queryByText('Username')).toBeNull();
    expect(window.localStorage.getItem(languageStorageKey)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('drops ?lang= from the address when a person chooses, so a reload keeps their choice', async () => {
    window.history.replaceState(null, '', '/?lang=zh-CN#/pack');
    open(createFakeStation({ signedIn: 'packer' }), { language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '打包' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Pack' })).toBeTruthy();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/pack');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
  });
});
