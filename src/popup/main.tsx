import { render } from 'preact';
import { App } from './App.tsx';
import { t, uiDirection, uiLanguage } from './i18n.ts';

// The document follows the language of the popup's words: right to left when they are Arabic.
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('brandName');

const root = document.getElementById('app');
if (root) render(<App initialUrl={new URLSearchParams(location.search).get('url')} />, root);
