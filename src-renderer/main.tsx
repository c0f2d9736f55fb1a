import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createPageBridge } from './app/bridge';
import { createQueryClient } from './app/create-query-client';
import { createI18n, startLanguage } from './app/i18n';

// The renderer's composition root: one bridge, one i18n instance, one query cache for the page.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App bridge={createPageBridge()} i18n={createI18n(startLanguage())} queryClient={createQueryClient()} />
  </StrictMode>,
);
