import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScalingQuestion, ScalingView } from '../../../shared/contract/scaling';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { InlineError } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { useUndoableDelete } from '../../ui/Undo';
import { isAttendanceChange } from './events';
import { ScaleView } from './ScaleView';
import { ScoreInput } from './ScoreInput';
import './map.css';

const TrendChart = lazy(() => import('./TrendChart'));

export function useScaling(meetingId: string) {
  return useLoad(
    () => api['scaling.get']({ meetingId }),
    [meetingId],
    (event) => (event.type === 'scaling.changed' && event.id === meetingId) || isAttendanceChange(event, meetingId),
  );
}

export function marksOf(view: ScalingView, scores: { participantId: string; value: number }[]) {
  const names = new Map(view.people.map((p) => [p.participantId, p.name]));
  return scores.map((s) => ({ name: names.get(s.participantId) ?? '?', value: s.value }));
}

/** Scaling in the console: each question, everyone's own number typed live, the scale, and the trend below. */
/** `inMeeting`: shown in the meeting console, with a way to the map (a follow-up has no mapping phase by default). */
export function ScalingPanel({ meetingId, caseId, inMeeting = false }: { meetingId: string; caseId: string; inMeeting?: boolean }) {
  const { t } = useTranslation('map');
  const loaded = useScaling(meetingId);
  const [newQuestion, setNewQuestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const view = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!view) return <p className="muted">{t('common:status.loading')}</p>;

  const addQuestion = async () => {
    try {
      await api['scaling.addQuestion']({ meetingId, text: newQuestion });
      setNewQuestion('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <div className="scaling">
      {view.people.length === 0 && <p className="notice">{t('scale.nobodyPresent')}</p>}
      {view.questions.map((q) => (
        <QuestionBlock key={q.id} view={view} question={q} />
      ))}
      {inMeeting && (
        <p className="scaling__links">
          <Link to={`/meetings/${meetingId}/map`}>{t('scale.openMap')}</Link>
          <Link to={`/meetings/${meetingId}/map?tab=since`}>{t('tabs.since')}</Link>
        </p>
      )}
      <div className="scaling__new">
        <label htmlFor="new-question">{t('scale.addQuestion')}</label>
        <input id="new-question" value={newQuestion} onChange={(e) => setNewQuestion(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void addQuestion()} />
        <button type="button" className="button" onClick={() => void addQuestion()}>
          {t('scale.add')}
        </button>
        <InlineError message={error} />
      </div>
      <Suspense fallback={<p className="muted">{t('common:status.loading')}</p>}>
        <TrendChart caseId={caseId} />
      </Suspense>
    </div>
  );
}

function QuestionBlock({ view, question }: { view: ScalingView; question: ScalingQuestion }) {
  const { t } = useTranslation('map');
  const removeUndoably = useUndoableDelete();
  const value = (participantId: string, list: { participantId: string; value: number }[]) => list.find((s) => s.participantId === participantId)?.value ?? null;
  return (
    <section className="scaling__question" aria-label={question.text}>
      <QuestionText question={question} />
      {/* The numbers are typed first (the phase's work, in view on a laptop); the scale they make follows. */}
      <div className="scaling__inputs">
        {view.people.map((p) => (
          <ScoreInput
            key={p.participantId}
            name={p.name}
            value={value(p.participantId, question.scores)}
            previous={value(p.participantId, question.previousScores)}
            save={async (v) => {
              await api['scaling.setScore']({ questionId: question.id, participantId: p.participantId, value: v });
            }}
          />
        ))}
      </div>
      <ScaleView marks={marksOf(view, question.scores)} previous={marksOf(view, question.previousScores)} />
      {view.questions.length > 1 && (
        <button type="button" className="button" onClick={() => void removeUndoably(() => api['scaling.deleteQuestion']({ id: question.id }), t('scale.questionDeleted', { text: question.text }))}>
          {t('scale.deleteQuestion')}
        </button>
      )}
    </section>
  );
}

/** The question's wording, editable in place (municipalities ask their own variants). */
function QuestionText({ question }: { question: ScalingQuestion }) {
  const { t } = useTranslation('map');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (draft === null)
    return (
      <h3 className="scaling__text">
        {question.text}{' '}
        <button type="button" className="button map-small-button" onClick={() => setDraft(question.text)}>
          {t('scale.editQuestion')}
        </button>
      </h3>
    );
  const save = async () => {
    try {
      await api['scaling.updateQuestion']({ id: question.id, text: draft });
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <div className="scaling__edit">
      <label htmlFor={`q-${question.id}`}>{t('scale.questionText')}</label>
      <textarea
        id={`q-${question.id}`}
        rows={2}
        value={draft}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      <InlineError message={error} />
      <button type="button" className="button" onClick={() => void save()}>
        {t('common:actions.save')}
      </button>
    </div>
  );
}
