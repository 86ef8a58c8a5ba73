import { build } from 'vite';
const root = '/work/main/packages/elements';
await build({
  root, configFile: false, logLevel: 'warn', mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: '/tmp/prof/out', emptyOutDir: true, minify: false,
    lib: { entry: 'src/define/faq-accordion.ts', formats: ['es'], fileName: () => 'faq.js' } },
});
