import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link, navigate } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { NetworkMapPresenter } from './NetworkMapPresenter';

/** The map alone on the whole screen, for a projector or TV outside a meeting. Esc goes back. */
export function NetworkMapPresentPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('networkMap');
  const caseDetail = useLoad(() => api['cases.get']({ id: caseId }), [caseId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && navigate(`/cases/${caseId}/network-map`);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caseId]);
  return (
    <main className="netmap-present">
      <header>
        <h1>{caseDetail.data ? t('mapLabel', { child: caseDetail.data.childName }) : t('title')}</h1>
        <Link to={`/cases/${caseId}/network-map`} className="button">
          {t('leavePresent')}
        </Link>
      </header>
      <NetworkMapPresenter caseId={caseId} />
    </main>
  );
}
