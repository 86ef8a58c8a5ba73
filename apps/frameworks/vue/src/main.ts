// Defines every kl-* element before Vue mounts, so Vue finds their properties (`content`, `partner`, …) and
// sets them as properties rather than attributes.
import '@ketahanan/elements';
// The tags' props and events in templates, for vue-tsc (Vue's GlobalComponents).
import type {} from '@ketahanan/elements/jsx/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
