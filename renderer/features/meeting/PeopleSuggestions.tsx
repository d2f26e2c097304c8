import { useTranslation } from 'react-i18next';
import { byGroup } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useSettings } from '../../app/settings';
import { useLoad } from '../../app/useLoad';

/**
 * The case's people (the child first, then family, network, professionals) and the user, offered as suggestions for
 * the preparation's name fields (who invites, who leads, who takes notes, who proposed a point). A `<datalist>`, so a
 * name that is not (yet) a participant can still be typed.
 */
export function PeopleSuggestions({ id, caseId }: { id: string; caseId: string }) {
  const { t } = useTranslation('participants');
  const { settings } = useSettings();
  const people = useLoad(() => api['participants.list']({ caseId }), [caseId], (e) => e.type === 'participants.changed' && e.id === caseId);
  const groups = byGroup(people.data ?? []);
  const ordered = [...groups.family.sort((a, b) => Number(b.role === 'child') - Number(a.role === 'child')), ...groups.private_network, ...groups.professional];
  const me = settings.profileName.trim();
  return (
    <datalist id={id}>
      {ordered.map((p) => (
        <option key={p.id} value={p.name}>
          {p.roleDetail || t(`role.${p.role}`)}
        </option>
      ))}
      {me && !ordered.some((p) => p.name === me) && <option value={me}>{t('suggestions.me')}</option>}
    </datalist>
  );
}
