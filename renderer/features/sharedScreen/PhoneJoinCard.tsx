import { useTranslation } from 'react-i18next';
import { groupCode } from '../../../shared/domain/phones';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { QrCode } from '../../ui/QrCode';
import { DANISH } from './danish';
import './phoneJoinCard.css';

/**
 * While the facilitator shows it: the QR code and the typed code for "Deltag fra telefon", in a card over the shared
 * screen's corner. The window asks only phones.sharedJoin, which carries the address and the code and nothing else.
 */
export function PhoneJoinCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const loaded = useLoad(() => api['phones.sharedJoin']({ meetingId }), [meetingId], (e) => e.type === 'phones.changed' && e.id === meetingId);
  const join = loaded.data;
  if (!join) return null;
  return (
    <aside className="ss-join" aria-labelledby="ss-join-title">
      <h2 id="ss-join-title">{t('phoneJoin.title')}</h2>
      <QrCode className="ss-join__qr" text={`${join.url}#${join.code}`} label={t('phoneJoin.scan')} />
      <p>{t('phoneJoin.scan')}</p>
      <p>{t('phoneJoin.typed')}</p>
      <p className="ss-join__url">{join.url.replace(/^http:\/\//, '').replace(/\/$/, '')}</p>
      <p className="ss-join__code">{groupCode(join.code)}</p>
    </aside>
  );
}
