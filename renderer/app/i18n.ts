import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../../shared/i18n';

void i18next.use(initReactI18next).init({
  resources,
  lng: localStorage.getItem('kreds.language') ?? 'da',
  fallbackLng: 'da',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
