import { render } from 'preact';
render(<main><h1>PainLens</h1></main>, document.getElementById('app')!);
