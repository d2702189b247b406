import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue, loadWords } from '../words/i18n';

// globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// The page loads a language's words when it is chosen; tests may render in Arabic at once.
await loadCatalogue('ar');
// The studio's words and a file's problems load with what shows them; tests render them directly.
await loadWords('problems', 'studio', 'exercise');
