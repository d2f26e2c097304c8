import { ScaleView } from './ScaleView';
import { marksOf, useScaling } from './ScalingPanel';
import './map.css';

/** Scaling on the shared screen: the question and everyone's marks on one large line. */
export function ScalingPresenter({ meetingId }: { meetingId: string }) {
  const view = useScaling(meetingId).data;
  if (!view) return null;
  return (
    <div className="scaling scaling--presenter">
      {view.questions.map((q) => (
        <section key={q.id} className="scaling__question">
          <h2>{q.text}</h2>
          <ScaleView large marks={marksOf(view, q.scores)} />
        </section>
      ))}
    </div>
  );
}
