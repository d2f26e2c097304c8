import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { concernsSharedScreen } from '../../../shared/domain/presenterPhase';
import { api } from '../../api';
import { Link, navigate } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { SharedContent } from '../sharedScreen/SharedContent';
import { SharedScreenFrame } from '../sharedScreen/SharedScreenFrame';
import { DANISH } from '../sharedScreen/danish';

/** The network map alone on the whole screen, for a projector or TV outside a meeting. Esc goes back. */
export function NetworkMapPresentPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const page = useLoad(() => api['networkMap.presenter']({ caseId }), [caseId], (event) => concernsSharedScreen(event, { caseId }));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && navigate(`/cases/${caseId}/network-map`);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caseId]);
  if (!page.data) return <div className="ss-blank" aria-busy={page.loading} />;
  const back = (
    <Link to={`/cases/${caseId}/network-map`} className="button">
      {t('back')}
    </Link>
  );
  return (
    <SharedScreenFrame contentKey={page.data} layoutKey="network" title={page.data.childName} corner={back} heading={page.data.title}>
      <SharedContent content={page.data.content} />
    </SharedScreenFrame>
  );
}
