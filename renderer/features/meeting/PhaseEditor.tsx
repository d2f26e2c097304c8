import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, PhaseInput } from '../../../shared/contract/meetings';
import { PHASE_DEFAULTS, PHASE_KINDS, plannedTotalMinutes, type PhaseKind } from '../../../shared/domain/meetingTemplates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { useOfferUndo } from '../../ui/Undo';

/** Adjusting this meeting's phases (order, titles, minutes, questions), and keeping the result as an own template. */
export function PhaseEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const offerUndo = useOfferUndo();
  const [phases, setPhases] = useState<PhaseInput[]>(() =>
    meeting.phases.map(({ id, kind, title, plannedMinutes, questions }) => ({ id, kind, title, plannedMinutes, questions })),
  );
  const [adding, setAdding] = useState<PhaseKind>('closing');
  const [templateName, setTemplateName] = useState('');
  const save = useSubmit(() => api['meetings.setPhases']({ meetingId: meeting.id, phases }), () => announce(t('phases.saved')));
  const saveTemplate = useSubmit(
    () => api['meetings.saveTemplate']({ name: templateName, type: meeting.type, phases }),
    () => (announce(t('phases.templateSaved', { name: templateName })), setTemplateName('')),
  );
  const set = (index: number, patch: Partial<PhaseInput>) => setPhases((all) => all.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const move = (index: number, delta: number) =>
    setPhases((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(Math.max(0, Math.min(all.length - 1, index + delta)), 0, item!);
      return next;
    });
  // Removing is a change to the list on screen until »Gem faser« (a planned meeting has no notes yet); »Fortryd« puts
  // the phase back in its place, questions and all.
  const remove = (index: number) => {
    const removed = phases[index]!;
    setPhases((all) => all.filter((_, i) => i !== index));
    offerUndo(t('phases.removed', { title: removed.title }), async () =>
      setPhases((all) => [...all.slice(0, index), removed, ...all.slice(index)]),
    );
  };
  const defaults = PHASE_DEFAULTS[adding];

  return (
    <section className="phase-editor" aria-labelledby="phase-editor-title">
      <h2 id="phase-editor-title">
        {t('phases.title')} <span className="muted small">{t('phases.total', { minutes: plannedTotalMinutes(phases) })}</span>
      </h2>
      {save.formError && <ErrorMessage message={save.formError} />}
      <ol className="phase-editor__list">
        {phases.map((p, index) => (
          <li key={p.id ?? `new-${index}`} className="phase-editor__row">
            <input aria-label={t('phases.phaseTitle', { n: index + 1 })} value={p.title} onChange={(e) => set(index, { title: e.target.value })} />
            <label className="phase-editor__minutes">
              <input type="number" min={1} max={240} className="input--short" value={p.plannedMinutes}
                onChange={(e) => set(index, { plannedMinutes: Number(e.target.value) || 1 })} aria-label={t('phases.minutesFor', { title: p.title })} />
              <span aria-hidden="true">{t('phases.min')}</span>
            </label>
            <button type="button" className="button button--small" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('phases.up', { title: p.title })}>↑</button>
            <button type="button" className="button button--small" onClick={() => move(index, 1)} disabled={index === phases.length - 1} aria-label={t('phases.down', { title: p.title })}>↓</button>
            <button type="button" className="button button--small" onClick={() => remove(index)} disabled={phases.length === 1}>
              {t('prep.remove')}
            </button>
            <details className="phase-editor__questions">
              <summary>{t('phases.questions', { count: p.questions.length })}</summary>
              <textarea rows={4} aria-label={t('phases.questionsFor', { title: p.title })} value={p.questions.join('\n')}
                onChange={(e) => set(index, { questions: e.target.value.split('\n').filter((q, i, all) => q.trim() || i === all.length - 1) })} />
              <p className="field__hint">{t('phases.questionsHint')}</p>
            </details>
          </li>
        ))}
      </ol>
      <div className="phase-editor__add">
        <label>
          {t('phases.addLabel')}{' '}
          <select value={adding} onChange={(e) => setAdding(e.target.value as PhaseKind)}>
            {PHASE_KINDS.map((k) => <option key={k} value={k}>{PHASE_DEFAULTS[k].title}</option>)}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setPhases((all) => [...all, { ...defaults, questions: [...defaults.questions] }])}>
          {t('phases.add')}
        </button>
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void save.run()} disabled={save.busy}>{t('phases.save')}</button>
      </div>
      <div className="phase-editor__template">
        <label>
          {t('phases.templateName')}{' '}
          <input value={templateName} onChange={(e) => setTemplateName(e.target.value)} aria-invalid={saveTemplate.fieldErrors.name ? true : undefined} />
        </label>
        <button type="button" className="button" onClick={() => void saveTemplate.run()} disabled={saveTemplate.busy}>{t('phases.saveTemplate')}</button>
        <InlineError message={saveTemplate.formError} />
      </div>
    </section>
  );
}
