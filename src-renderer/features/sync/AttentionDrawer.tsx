import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../src-shared/features/auth';
import { AttentionItemView } from './AttentionItemView';
import { useAttentionList } from './use-attention';
import './attention-drawer.css';

type AttentionDrawerProps = { session: Session; onClose: () => void };

/**
 * The "needs attention" list as a panel over the right of any screen: every change the hub
 * refused, with the reason in the person's language, until someone dismisses it. Esc closes it
 * and the focus goes back where it was.
 */
export function AttentionDrawer({ session, onClose }: AttentionDrawerProps) {
  const { t } = useTranslation();
  const items = useAttentionList();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    title.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    // Captured before the screen's own keys, so Esc closes this panel and nothing under it.
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onClose]);

  function body() {
    if (items.isPending) return <p>{t('attention.loading')}</p>;
    if (items.isError) return <p role="alert">{t('app.loadFailed', { message: items.error.message })}</p>;
    if (items.data.length === 0) {
      return (
        <p className="attention-drawer__empty" data-testid="attention-empty">
          {t('attention.empty')}
        </p>
      );
    }
    return (
      <>
        <p className="attention-drawer__intro">{t('attention.intro')}</p>
        <ul className="attention-drawer__list">
          {items.data.map((item) => (
            <AttentionItemView key={item.commandId} item={item} session={session} />
          ))}
        </ul>
      </>
    );
  }

  return (
    <aside
      className="attention-drawer"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="attention-drawer"
    >
      <header className="attention-drawer__header">
        <h2 className="attention-drawer__title" id={titleId} ref={title} tabIndex={-1}>
          {t('attention.title')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('attention.close')}
          <kbd>Esc</kbd>
        </button>
      </header>
      {body()}
    </aside>
  );
}
