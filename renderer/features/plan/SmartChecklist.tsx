import { useTranslation } from 'react-i18next';
import { checkSmart, SMART_GUIDANCE, SMART_LABELS, type SmartInput } from '../../../shared/domain/smart';
import './plan.css';

/** The five Danish SMART criteria, each with one line of guidance and what Kreds found. */
export function SmartChecklist({ input }: { input: SmartInput }) {
  const { t } = useTranslation('plan');
  const result = checkSmart(input);
  return (
    <section className="smart" aria-label={t('goals.smartTitle')}>
      <h4>
        {t('goals.smartTitle')} <span className="muted small">{t('goals.smartScore', { count: result.metCount })}</span>
      </h4>
      <ul>
        {result.verdicts.map((v) => (
          <li key={v.criterion} className={v.met ? 'smart__met' : 'smart__unmet'} data-criterion={v.criterion}>
            <span className="smart__mark" aria-hidden="true">
              {v.met ? '✓' : '!'}
            </span>
            <span className="smart__name">{SMART_LABELS[v.criterion]}</span>
            <span className="smart__guidance">{SMART_GUIDANCE[v.criterion]}</span>
            {input.text.trim() && <span className="smart__verdict">{v.message}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
