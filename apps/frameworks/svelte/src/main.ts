// Defines every kl-* element before Svelte mounts, so Svelte finds their properties (`content`, `partner`,
// …) and sets them as properties rather than attributes.
import '@ketahanan/elements';
// The tags' attributes, properties and `onkl-*` handlers in markup, for svelte-check.
import type {} from '@ketahanan/elements/jsx/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element.');
mount(App, { target });
