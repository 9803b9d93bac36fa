import { render } from 'preact';
import { App } from '@/features/app/App';
import '@/assets/base.css';

render(<App />, document.getElementById('app')!);
