import '@/components/theme.css';
import { render } from 'preact';
import { PopupApp } from '@/utils/shells/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
