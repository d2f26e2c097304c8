import { useTranslation } from 'react-i18next';
import { groupCode } from '../../../shared/domain/phones';
import { QrCode } from '../../ui/QrCode';
import { DANISH } from './danish';
import './phoneJoinCard.css';

/**
 * While the facilitator shows it: the QR code and the typed code for "Deltag fra telefon", in a card at the shared
 * screen's right side; the screen fits itself into the width beside it (PresenterPage). The window asks only
 * phones.sharedJoin, which carries the address and the code and nothing else.
 */
export function PhoneJoinCard({ join }: { join: { url: string; code: string } }) {
  const { t } = useTranslation('sharedScreen', DANISH);
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
