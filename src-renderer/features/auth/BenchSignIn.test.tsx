import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignInOptions } from '../../../src-shared/features/auth';
import type { FakeStation } from '../../app/bridge/fake-station.fake';
import { type RenderedApp, renderApp } from '../../app/render-app.fake';
import { createFakeBench } from './fake-bench.fake';

const apps: RenderedApp[] = [];
function open(options: Partial<SignInOptions> = {}, language: 'en' | 'zh-CN' = 'en'): FakeStation {
  const bench = createFakeBench(options);
  apps.push(renderApp(bench, { language }));
  return bench;
}

afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Types `text` into the field labelled `label` and presses Enter, as a scanner or keypad does. */
async function enter(label: string, text: string): Promise<void> {
  const field = await screen.findByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.submit(field.closest('form') as HTMLFormElement);
}

async function alertText(): Promise<string> {
  return (await screen.findByRole('alert')).textContent ?? '';
}

/** The person the top bar names: the app shell is showing. */
async function signedInName(): Promise<string> {
  return (
    (await screen.findByText((_, element) => element?.className === 'top-bar__user-name')).textContent ?? ''
  );
}

async function badgeIn(badge: string, pin: string): Promise<void> {
  await enter('Badge', badge);
  await enter('PIN', pin);
}

describe('badge sign-in at a pack bench', () => {
  it('starts with the big badge prompt, then asks for the PIN, and signs the person in', async () => {
    const bench = open();

    expect(await screen.findByText('Scan your badge')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Badge')));
    await enter('Badge', 'badge-1001');
    expect(screen.getByText('Badge BADGE-1001')).toBeTruthy();
    await enter('PIN', '1234');

    expect(await signedInName()).toBe('张师傅');
    expect(bench.calls.filter((call) => call.channel === 'auth.badgeSignIn')).toEqual([
      { channel: 'auth.badgeSignIn', input: { badge: 'BADGE-1001', pin: '1234' } },
    ]);
  });

  it('says how many tries a wrong PIN leaves, and takes the next PIN for the same badge', async () => {
    open();
    await badgeIn('BADGE-1001', '9999');

    expect(await alertText()).toBe('Wrong PIN. Tries left before the badge is locked for 5 minutes: 4.');
    await enter('PIN', '1234');
    expect(await signedInName()).toBe('张师傅');
  });

  it('refuses a scan that is not a badge without asking the station, and an unknown badge after its PIN', async () => {
    const bench = open();
    await enter('Badge', 'TOTE-12345');

    expect(await alertText()).toBe('That was not a badge. Scan the barcode on your badge.');
    expect(bench.callsOf('auth.badgeSignIn')).toBe(0);
    await badgeIn('BADGE-7777', '1234');
    expect(await alertText()).toBe('This badge is not known at this station. Ask a supervisor.');
    expect(await screen.findByLabelText('Badge')).toBeTruthy();
  });

  it('keeps username and password as the other way in', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in with username and password' }));
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'clerk' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'packline' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await signedInName()).toBe('Test clerk');
  });

  it('starts with username and password where the station knows no badge', async () => {
    open({ hasBadges: false });

    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(screen.queryByText('Scan your badge')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in with a badge' })).toBeNull();
  });

  it('remembers a badge sign-in when the station leaves the choice to the screen', async () => {
    open({ defaultMethod: null });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in with a badge' }));
    await badgeIn('BADGE-1002', '5678');
    await signedInName();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('Scan your badge')).toBeTruthy();
  });

  it('speaks Chinese to a Chinese bench', async () => {
    open({}, 'zh-CN');

    expect(await screen.findByText('请扫描工牌')).toBeTruthy();
    expect(screen.getByLabelText('工牌')).toBeTruthy();
  });
});

describe('a locked bench', () => {
  it('locks on "Switch user", shows only the lock, and opens with the same person’s PIN', async () => {
    open();
    await badgeIn('BADGE-1001', '1234');
    await signedInName();
    fireEvent.click(screen.getByRole('button', { name: 'Switch user' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Locked' })).toBeTruthy();
    expect(screen.getByText('张师傅 is signed in · Packer')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await enter('PIN of 张师傅', '0000');
    expect(await alertText()).toBe('Wrong PIN. Tries left before the badge is locked for 5 minutes: 4.');
    await enter('PIN of 张师傅', '1234');
    expect(await signedInName()).toBe('张师傅');
  });

  it('switches the person when another badge is scanned at the lock', async () => {
    const bench = open();
    await badgeIn('BADGE-1001', '1234');
    await signedInName();
    fireEvent.click(screen.getByRole('button', { name: 'Switch user' }));
    await enter('PIN of 张师傅', 'BADGE-1002');

    expect(await screen.findByText('Badge BADGE-1002')).toBeTruthy();
    await enter('PIN', '5678');
    expect(await signedInName()).toBe('王主管');
    expect(bench.callsOf('auth.unlock')).toBe(0);
  });

  it('locks itself after the idle time without input', async () => {
    const bench = open({ idleLockMs: 200 });
    await badgeIn('BADGE-1001', '1234');
    await signedInName();

    expect(await screen.findByRole('heading', { level: 1, name: 'Locked' }, { timeout: 3000 })).toBeTruthy();
    expect(bench.callsOf('auth.lock')).toBe(1);
  });
});
