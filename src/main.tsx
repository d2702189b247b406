import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openFromLink } from './session/open-map';
import { chooseStartLanguage } from './shell/language-choice';
import { LanguageProvider } from './words/i18n';
import './styles/app.css';
import './styles/io.css';

// The first language's words before the first screen (English is in the page; Arabic is one
// small file), so the loading screen already speaks the reader's language.
await chooseStartLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
void openFromLink();
