import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../../shared/i18n';

const LANGUAGE_KEY = 'kreds.language';
const initial = localStorage.getItem(LANGUAGE_KEY) ?? 'da';
document.documentElement.lang = initial;

void i18next.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: 'da',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the interface language, remembers it on this machine and tells screen readers (<html lang>). */
export function setLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;
