import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp, Invitation } from '../../../shared/contract/followups';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { useAppInfo } from '../../app/AppInfo';
import { useAnnounce } from '../../ui/Announcer';
import { downloadFile } from './format';

/**
 * Download (both hosts) or open in the calendar app (Electron) the invitation for a follow-up: REQUEST while planned,
 * CANCEL once cancelled. The child's name goes in only when the user ticks the box.
 */
export function InvitationActions({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const { host } = useAppInfo();
  const [detailed, setDetailed] = useState(followUp.inviteDetail === 'detailed');
  const [last, setLast] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelled = followUp.status === 'cancelled';

  const fetchInvitation = async () => {
    setError(null);
    try {
      const invitation = await api['followups.invitation']({ id: followUp.id, detail: detailed ? 'detailed' : 'minimal' });
      setLast(invitation);
      return invitation;
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
      return null;
    }
  };
  const save = async () => {
    const invitation = await fetchInvitation();
    if (!invitation) return;
    downloadFile(invitation.fileName, invitation.content);
    announce(t('invite.downloaded', { file: invitation.fileName }));
  };
  const open = async () => {
    const invitation = await fetchInvitation();
    if (!invitation) return;
    const { opened } = await api['followups.openInCalendar']({ fileName: invitation.fileName, content: invitation.content });
    if (!opened) downloadFile(invitation.fileName, invitation.content);
    announce(opened ? t('invite.opened') : t('invite.downloaded', { file: invitation.fileName }));
  };

  return (
    <div className="invite">
      {!cancelled && (
        <label className="checkbox">
          <input type="checkbox" checked={detailed} onChange={(e) => setDetailed(e.target.checked)} />
          {t('invite.detailed')}
        </label>
      )}
      <p className="muted small">{detailed && !cancelled ? t('invite.detailedHint') : t('invite.minimalHint')}</p>
      <div className="invite__buttons">
        <button type="button" className="button" onClick={() => void save()}>
          {cancelled ? t('invite.downloadCancel') : t('invite.download')}
        </button>
        {host === 'electron' && (
          <button type="button" className="button" onClick={() => void open()}>
            {t('invite.openInCalendar')}
          </button>
        )}
      </div>
      {error && <p className="field__error">{error}</p>}
      {last && last.attendeeCount === 0 && <p className="notice">{t('invite.noAttendees')}</p>}
      {last && last.attendeeCount > 0 && last.withoutEmail.length > 0 && (
        <p className="notice">{t('invite.withoutEmail', { names: last.withoutEmail.join(', ') })}</p>
      )}
      {last?.organizerMissing && <p className="muted small">{t('invite.organizerMissing')}</p>}
    </div>
  );
}
