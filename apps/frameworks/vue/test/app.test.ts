import { describeFrameworkApp } from '@ketahanan/framework-kit/testing';

describeFrameworkApp('Vue 3', new URL('../dist/', import.meta.url));
