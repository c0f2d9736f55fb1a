import { useTranslation } from 'react-i18next';
import { type PaintedVerdict, toneOf, verdictName } from './pack-bench-state';
import { verdictTexts } from './verdict-texts';

type VerdictBannerProps = { painted: PaintedVerdict };

const marks = { good: '✓', bad: '✕', warn: '!', info: '›' } as const;

/**
 * The last verdict across the whole screen: green, red or orange with a mark (for packers who do
 * not tell red from green), the sentence in the largest type of the app. `data-seq` counts the
 * verdicts painted, so a test or benchmark knows when this one is on screen.
 */
export function VerdictBanner({ painted }: VerdictBannerProps) {
  const { t, i18n } = useTranslation();
  const tone = toneOf(painted);
  const { headline, detail } = verdictTexts(painted, t, i18n.language);
  return (
    <section
      className={`pack-verdict pack-verdict--${tone}`}
      data-testid="pack-verdict"
      data-verdict={verdictName(painted)}
      data-seq={painted.seq}
      role={tone === 'bad' ? 'alert' : 'status'}
    >
      <span className="pack-verdict__mark" aria-hidden="true">
        {marks[tone]}
      </span>
      <div className="pack-verdict__text">
        <p className="pack-verdict__headline">{headline}</p>
        {detail === null ? null : <p className="pack-verdict__detail">{detail}</p>}
      </div>
    </section>
  );
}
