import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/app.css';
import './app/print.css';
import { keepOwnPage } from './desk-ui/ownPage';

// The one-file map keeps its page as it arrived, to save itself with other data (report desk).
keepOwnPage();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
