import '@/components/theme.css';
import '@/content/highlight.css';
import { render } from 'preact';
import { WelcomeApp } from '@/utils/shells/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
