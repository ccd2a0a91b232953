import '@/components/theme.css';
import { render } from 'preact';
import { SidePanelApp } from '@/utils/shells/SidePanelApp';

render(<SidePanelApp />, document.getElementById('app')!);
