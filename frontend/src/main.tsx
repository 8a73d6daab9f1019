import { render } from 'preact';
import { App } from './app';
import { restoreSession } from './auth';
import { getLang } from './i18n';
import './styles.css';

document.documentElement.lang = getLang();
void restoreSession();
render(<App />, document.getElementById('app')!);
