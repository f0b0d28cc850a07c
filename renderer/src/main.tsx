// Entry point: fonts and styles (all bundled, nothing fetched from outside), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyAppearance } from './features/appearance/appearance';
import { createQueryClient } from './data/queryClient';
import { DataProvider } from './data/useContract';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './styles/base.css';
import './styles/auth.css';
import './styles/journal.css';
import './styles/editor.css';
import './styles/pictures.css';
import './styles/templates.css';
import './styles/settings.css';
import './styles/export.css';
import './styles/backup.css';
import './styles/search.css';
import './styles/list.css';
import './styles/commitments.css';
import './styles/commands.css';
import './styles/overTime.css';

// Before the first render, so the saved theme is the first one painted by the app (follow-the-system needs no script at all).
applyAppearance();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider client={createQueryClient()}>
      <App />
    </DataProvider>
  </StrictMode>,
);
