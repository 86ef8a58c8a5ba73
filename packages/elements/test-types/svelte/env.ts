// What a Svelte project adds once: the tags' types for svelte-check.
import type {} from '@ketahanan/elements/jsx/svelte';
