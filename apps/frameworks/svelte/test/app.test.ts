import { describeFrameworkApp } from '@ketahanan/framework-kit/testing';

describeFrameworkApp('Svelte 5', new URL('../dist/', import.meta.url));
