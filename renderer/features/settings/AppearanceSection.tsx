import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, THEMES, type Theme } from '../../../shared/domain/settings';
import { setLanguage } from '../../app/i18n';
import { useSettings } from '../../app/settings';
import { useAnnounce } from '../../ui/Announcer';

/** Theme, text size and language: each applies and saves the moment it changes. */
export function AppearanceSection() {
  const { t, i18n } = useTranslation('settings');
  const { settings, update } = useSettings();
  const announce = useAnnounce();
  const textSizeId = useId();
  const languageId = useId();
  const save = (patch: Parameters<typeof update>[0]) => update(patch).then(() => announce(t('saved')));
  return (
    <div className="form">
      <fieldset className="choice-group">
        <legend>{t('appearance.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void save({ theme: theme as Theme })} />
            <span>{t(`appearance.themes.${theme}`)}</span>
          </label>
        ))}
        <p className="field__hint">{t('appearance.projectorHint')}</p>
      </fieldset>
      <div className="field">
        <label htmlFor={textSizeId}>{t('appearance.textSize')}</label>
        <p className="field__hint" id={`${textSizeId}-hint`}>
          {t('appearance.textSizeHint')}
        </p>
        <select
          id={textSizeId}
          className="input--short"
          aria-describedby={`${textSizeId}-hint`}
          value={settings.textSize}
          onChange={(e) => void save({ textSize: Number(e.target.value) })}
        >
          {TEXT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t('appearance.textSizeValue', { size })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={languageId}>{t('appearance.language')}</label>
        <select id={languageId} className="input--short" value={i18n.language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="da" lang="da">
            {t('appearance.languages.da')}
          </option>
          <option value="en" lang="en">
            {t('appearance.languages.en')}
          </option>
        </select>
      </div>
    </div>
  );
}
