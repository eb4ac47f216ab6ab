import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '../popup/i18n.ts';
import { Options } from './Options.tsx';

// Right to left when the extension's words are Arabic, as in the popup.
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = `${t('brandName')} — ${t('optionsTitle')}`;

const root = document.getElementById('app');
if (root) render(<Options />, root);
