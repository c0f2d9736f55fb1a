import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n } from './i18n';
import { languageStorageKey, pickLanguage, startLanguage } from './language';
import { zhCN } from './zh-cn';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `path → text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('UI texts', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect([...leaves(zhCN).keys()].sort()).toEqual([...leaves(en).keys()].sort());
  });

  it('use the same placeholders in both languages and are never empty', () => {
    const chinese = leaves(zhCN);
    const mismatches = [...leaves(en)].filter(
      ([key, text]) =>
        text.trim() === '' ||
        (chinese.get(key) ?? '').trim() === '' ||
        placeholders(text).join() !== placeholders(chinese.get(key) ?? '').join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('are what an i18n instance shows in each language', () => {
    const i18n = createI18n('zh-CN');
    expect(i18n.t('signIn.submit')).toBe('登录');
    expect(i18n.t('screens.station')).toBe('工作站');
    void i18n.changeLanguage('en');
    expect(i18n.t('signIn.submit')).toBe('Sign in');
  });
});

describe('starting language', () => {
  it('is Chinese for any zh browser locale and English otherwise', () => {
    const pick = (browserLanguage: string) => pickLanguage({ search: '', stored: null, browserLanguage });
    expect([pick('zh-CN'), pick('zh-TW'), pick('zh'), pick('en-US'), pick('de-DE')]).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
    ]);
  });

  it('follows a stored choice over the browser, and ?lang= over both', () => {
    expect(pickLanguage({ search: '', stored: 'en', browserLanguage: 'zh-CN' })).toBe('en');
    expect(pickLanguage({ search: '?lang=zh-CN', stored: 'en', browserLanguage: 'en-US' })).toBe('zh-CN');
    expect(pickLanguage({ search: '?lang=fr', stored: 'klingon', browserLanguage: 'en-US' })).toBe('en');
  });

  it('reads the page address and storage', () => {
    window.localStorage.setItem(languageStorageKey, 'zh-CN');
    expect(startLanguage()).toBe('zh-CN');
    window.history.replaceState(null, '', '/?lang=en');
    expect(startLanguage()).toBe('en');
  });
});
