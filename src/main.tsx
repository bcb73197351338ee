import './lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import './app/print.css';
import { persistPreferences, restorePreferences } from './stores/preferences-storage';
import { applyInitialUrl } from './stores/use-url-sync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

restorePreferences();
applyInitialUrl();
persistPreferences();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
