import { useTranslation } from 'react-i18next';
import type { PhaseDetail } from '../../../shared/contract/meetings';

/** The phase's question bank; the chosen question is the one the shared screen shows. */
export function QuestionCard({ phase, onSelect, sharedScreen = true }: { phase: PhaseDetail; onSelect(index: number): void; sharedScreen?: boolean }) {
  const { t } = useTranslation('meetings');
  if (phase.questions.length === 0) return null;
  return (
    <section className="questions" aria-labelledby="questions-title">
      <h3 id="questions-title">{t(sharedScreen ? 'console.questions' : 'console.questionsProfessionals')}</h3>
      <ol>
        {phase.questions.map((q, index) => (
          <li key={index}>
            <button type="button" className="questions__item" aria-pressed={index === phase.currentQuestion} onClick={() => onSelect(index)}>
              {q}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
