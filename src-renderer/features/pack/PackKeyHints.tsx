import { useTranslation } from 'react-i18next';

type PackKeyHintsProps = { isOrderOpen: boolean; canReportNoSuchOrder: boolean; canReprint: boolean };

/** The bench's keys along the bottom; the ones that do nothing right now are dimmed. */
export function PackKeyHints({ isOrderOpen, canReportNoSuchOrder, canReprint }: PackKeyHintsProps) {
  const { t } = useTranslation();
  const hints = [
    { key: 'F6', text: t('pack.keys.damaged'), isOn: isOrderOpen },
    { key: 'F7', text: t('pack.keys.short'), isOn: isOrderOpen },
    { key: 'F8', text: t('pack.keys.noSuchOrder'), isOn: canReportNoSuchOrder },
    { key: 'F9', text: t('pack.keys.reprint'), isOn: canReprint },
    { key: 'F10', text: t('pack.keys.batchPrint'), isOn: true },
    { key: 'Esc', text: t('pack.keys.leave'), isOn: isOrderOpen },
  ];
  return (
    <ul className="pack-keys" aria-label={t('pack.keys.label')}>
      {hints.map((hint) => (
        <li key={hint.key} className={hint.isOn ? 'pack-keys__key' : 'pack-keys__key pack-keys__key--off'}>
          <kbd>{hint.key}</kbd> {hint.text}
        </li>
      ))}
    </ul>
  );
}
