import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../app/bridge';

type LabelPreviewProps = { orderId: string; trackingNo: string };

/**
 * The shipping label as it prints, small, beside its state: the packer sees the right parcel's
 * label (receiver, carrier, barcode) without reading the printer's output. An image, so the SVG
 * (built in main from the order's data) can never run anything in the page.
 */
export function LabelPreview({ orderId, trackingNo }: LabelPreviewProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const preview = useQuery({
    queryKey: ['pack.labelPreview', orderId, trackingNo],
    queryFn: () => bridge.invoke('pack.labelPreview', { orderId }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const svg = preview.data?.svg;
  if (svg === undefined) return null;
  return (
    <img
      className="pack-label__preview"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('pack.label.preview', { trackingNo })}
      data-testid="pack-label-preview"
    />
  );
}
