import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/contract/security';
import { api, onKredsEvent } from '../../api';
import { useAppInfo } from '../../app/AppInfo';
import './security.css';

/** "Lås" in the sidebar, once a PIN is set (Ctrl+L does the same). */
export function LockButton() {
  const { t } = useTranslation('security');
  const info = useAppInfo();
  const [configured, setConfigured] = useState(info.lock.configured);
  useEffect(() => onKredsEvent((event) => event.type === 'lock.changed' && setConfigured((event.data as LockStatus).configured)), []);
  if (!configured) return null;
  return (
    <button type="button" className="button sidebar__lock" title={t('lockNowHint')} onClick={() => void api['lock.lock']({})}>
      {t('lockNow')}
    </button>
  );
}
