import { StrictMode } from 'react';
import { config } from 'zod/mini';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { start } from './session/open-map';
import './styles/app.css';
import './styles/io.css';

// The page's Content-Security-Policy forbids eval: zod must not even try its compiled fast path.
config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void start();
