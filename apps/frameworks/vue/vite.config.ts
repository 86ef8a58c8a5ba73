import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Vue's docs: tell the template compiler which tags are custom elements, so it renders them as
      // elements (binding properties and listening for their events) instead of resolving Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kl-') } },
    }),
  ],
});
