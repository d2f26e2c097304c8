import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanDetail } from '../../../shared/contract/safetyPlan';
import { INVOLVEMENT_LEVELS, MAX_EXPECTED_MONTHS, MAX_STAGES, SAFETY_LIMITS as L, type InvolvementLevel, type Stage } from '../../../shared/domain/safetyPlan';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { FormActions } from '../../ui/FormActions';
import { Badge } from '../../ui/Page';

/** How the professionals step back, month by month, as the network takes over. Saved as a whole. */
export function StagesSection({ detail }: { detail: SafetyPlanDetail }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const toDraft = () => detail.stages.map(({ fromMonth, involvement, professionalsDo, networkTakesOver }) => ({ fromMonth, involvement, professionalsDo, networkTakesOver }));
  const [stages, setStages] = useState<Stage[]>(toDraft);
  const [editing, setEditing] = useState(false);
  const change = (i: number, patch: Partial<Stage>) => setStages((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const submit = useSubmit(
    () => api['safetyPlan.setStages']({ caseId: detail.caseId, stages }),
    () => {
      announce(t('stages.saved'));
      setEditing(false);
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const add = () => {
    const last = stages.at(-1);
    const next = INVOLVEMENT_LEVELS[Math.min(INVOLVEMENT_LEVELS.indexOf(last?.involvement ?? 'close') + (last ? 1 : 0), INVOLVEMENT_LEVELS.length - 1)]!;
    setStages([...stages, { fromMonth: Math.min((last?.fromMonth ?? 0) + (last ? 2 : 1), MAX_EXPECTED_MONTHS), involvement: next, professionalsDo: '', networkTakesOver: '' }]);
  };
  return (
    <section className="safety-section" aria-labelledby="safety-stages">
      <h2 id="safety-stages">{t('stages.heading')}</h2>
      <p className="muted">{t('stages.hint')}</p>
      {!editing && (
        <>
          {detail.stages.length === 0 ? (
            <p className="muted">{t('stages.empty')}</p>
          ) : (
            <ol className="safety-stages">
              {detail.stages.map((s) => (
                <li key={s.id} className={s.id === detail.currentStageId ? 'safety-stages--now' : ''}>
                  <strong>
                    {t('stages.fromMonth')} {s.fromMonth}: {t(`involvement.${s.involvement}`)}
                  </strong>{' '}
                  {s.id === detail.currentStageId && <Badge tone="info">{t('stages.now')}</Badge>}
                  {s.professionalsDo && <p>{t('stages.professionalsDo')}: {s.professionalsDo}</p>}
                  {s.networkTakesOver && <p>{t('stages.networkTakesOver')}: {s.networkTakesOver}</p>}
                </li>
              ))}
            </ol>
          )}
          {detail.stageHints.length > 0 && (
            <ul className="rule-card__hints">
              {detail.stageHints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setStages(toDraft());
              setEditing(true);
            }}
          >
            {t('stages.edit')}
          </button>
        </>
      )}
      {editing && (
        <form className="form safety-form" onSubmit={onSubmit} noValidate aria-label={t('stages.heading')}>
          {stages.map((s, i) => (
            <fieldset key={i} className="safety-stage">
              <legend>{t('stages.stage', { n: i + 1 })}</legend>
              <label>
                {t('stages.fromMonth')}
                <input type="number" min={1} max={MAX_EXPECTED_MONTHS} value={s.fromMonth} onChange={(e) => change(i, { fromMonth: Number(e.target.value) })} className="input--short" />
              </label>
              <label>
                {t('stages.involvement')}
                <select value={s.involvement} onChange={(e) => change(i, { involvement: e.target.value as InvolvementLevel })}>
                  {INVOLVEMENT_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`involvement.${level}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('stages.professionalsDo')}
                <input value={s.professionalsDo} maxLength={L.stageText} onChange={(e) => change(i, { professionalsDo: e.target.value })} />
              </label>
              <label>
                {t('stages.networkTakesOver')}
                <input value={s.networkTakesOver} maxLength={L.stageText} onChange={(e) => change(i, { networkTakesOver: e.target.value })} />
              </label>
              <button type="button" className="button button--small" onClick={() => setStages(stages.filter((_, j) => j !== i))}>
                {t('stages.remove')}
              </button>
            </fieldset>
          ))}
          {stages.length < MAX_STAGES && (
            <button type="button" className="button" onClick={add}>
              {t('stages.add')}
            </button>
          )}
          {submit.formError && <p className="field__error" role="alert">{submit.formError}</p>}
          <FormActions label={t('stages.save')} disabled={submit.busy} onCancel={() => setEditing(false)} />
        </form>
      )}
    </section>
  );
}
