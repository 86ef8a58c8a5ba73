// Defines every kl-* element before React renders, so React 19 sees their properties and sets `content`,
// `partner` and the rest as properties, not as attributes.
import '@ketahanan/elements';
// The tags' props and event handlers in TSX (React 19's JSX.IntrinsicElements).
import type {} from '@ketahanan/elements/jsx/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
