import { useTranslation } from 'react-i18next';
import type { Screen } from '../../../src-shared/features/auth';
import { hashOf, keyHintOf } from '../routing';

type SideNavProps = { available: readonly Screen[]; current: Screen };

/** The role's screens as links (the hash is the route), each with its key. */
export function SideNav({ available, current }: SideNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="side-nav" aria-label={t('shell.navigation')}>
      <ul className="side-nav__list">
        {available.map((screen, index) => (
          <li key={screen}>
            <a
              className="side-nav__link"
              href={hashOf(screen)}
              aria-current={screen === current ? 'page' : undefined}
            >
              <kbd className="side-nav__key">{keyHintOf(index)}</kbd>
              <span>{t(`screens.${screen}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="side-nav__hint">{t('shell.shortcuts', { last: available.length })}</p>
    </nav>
  );
}
