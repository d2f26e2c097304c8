import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/contract/meetings';

/** The points the child and parents want on the agenda, each with who proposed it ("Oliver", "Mor"). */
export function AgendaEditor({ items, onChange, errors, peopleListId }: { items: AgendaItem[]; onChange(items: AgendaItem[]): void; errors: Record<string, string>; peopleListId: string }) {
  const { t } = useTranslation('meetings');
  const set = (index: number, patch: Partial<AgendaItem>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <div className="agenda-editor">
      <p className="field__hint">{t('prep.agendaHint')}</p>
      {items.length > 0 && (
        <ol>
          {items.map((item, index) => (
            <li key={index} className="agenda-editor__row">
              <label>
                <span className="visually-hidden">{t('prep.agendaPoint', { n: index + 1 })}</span>
                <input value={item.text} onChange={(e) => set(index, { text: e.target.value })} aria-invalid={errors[`agenda.${index}.text`] ? true : undefined}
                  placeholder={t('prep.agendaPlaceholder')} />
              </label>
              <label>
                <span className="visually-hidden">{t('prep.proposedByFor', { n: index + 1 })}</span>
                <input className="input--short" value={item.proposedBy} onChange={(e) => set(index, { proposedBy: e.target.value })} placeholder={t('prep.proposedBy')} list={peopleListId} autoComplete="off" />
              </label>
              <button type="button" className="button button--small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {t('prep.remove')}
              </button>
              {errors[`agenda.${index}.text`] && <p className="field__error">{errors[`agenda.${index}.text`]}</p>}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={() => onChange([...items, { text: '', proposedBy: '' }])}>
        {t('prep.addAgenda')}
      </button>
    </div>
  );
}
