import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { connectEngineEvents } from './app/engine-events';
import { connectApi } from './peaksend-api';
import './styles/app.css';
import './styles/controls.css';
import './styles/ui.css';
import './styles/forms.css';
import './features/streams/streams.css';

// Before the first render: stores ask main from their actions, and events reach them from here.
connectApi(window.peaksend);
connectEngineEvents(window.peaksend);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
