import { defineConfig } from 'vite';

// A static app: relative asset paths, so dist/ works from any folder (npm start, a file share, a subpath).
export default defineConfig({
  base: './',
  build: { target: 'es2022' },
});
