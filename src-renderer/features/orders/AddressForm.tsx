import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Address, addressSchema, type Order } from '../../../src-shared/domain';
import { TextField } from '../../ui';
import { CommandError } from './CommandError';
import { useIssueCommand } from './use-issue-command';

type AddressFormProps = { order: Order; onDone: (notice: string) => void; onBack: () => void };

const fields = ['province', 'city', 'district', 'detail', 'postalCode'] as const;

/** The delivery address, prefilled, corrected in place before the label is printed. */
export function AddressForm({ order, onDone, onBack }: AddressFormProps) {
  const { t } = useTranslation();
  const issue = useIssueCommand();
  const [draft, setDraft] = useState<Record<(typeof fields)[number], string>>({
    province: order.address.province,
    city: order.address.city,
    district: order.address.district,
    detail: order.address.detail,
    postalCode: order.address.postalCode ?? '',
  });
  const [isIncomplete, setIsIncomplete] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => firstField.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (issue.isPending) return;
    const { postalCode, ...required } = draft;
    const candidate: Address = {
      province: required.province.trim(),
      city: required.city.trim(),
      district: required.district.trim(),
      detail: required.detail.trim(),
      ...(postalCode.trim() === '' ? {} : { postalCode: postalCode.trim() }),
    };
    const address = addressSchema.safeParse(candidate);
    setIsIncomplete(!address.success);
    if (!address.success) return;
    issue.mutate(
      { type: 'order.addressEdited', payload: { orderId: order.id, address: address.data } },
      { onSuccess: () => onDone(t('orders.done.addressEdited')) },
    );
  }

  return (
    <form className="order-form" onSubmit={submit} aria-label={t('orders.addressForm.title')} noValidate>
      <h3 className="order-form__title">{t('orders.addressForm.title')}</h3>
      <div className="order-form__grid">
        {fields.map((field, index) => (
          <TextField
            key={field}
            label={t(`orders.address.${field}`)}
            ref={index === 0 ? firstField : undefined}
            value={draft[field]}
            maxLength={field === 'detail' ? 300 : field === 'postalCode' ? 12 : 50}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        ))}
      </div>
      {isIncomplete ? (
        <p className="order-form__error" role="alert">
          {t('orders.addressForm.incomplete')}
        </p>
      ) : null}
      <CommandError error={issue.error} />
      <div className="order-form__buttons">
        <button type="submit" className="button button--primary" disabled={issue.isPending}>
          {t('orders.addressForm.submit')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('orders.form.back')}
        </button>
      </div>
    </form>
  );
}
