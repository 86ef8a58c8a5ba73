import { describeFrameworkApp } from '@ketahanan/framework-kit/testing';

describeFrameworkApp('React 19', new URL('../dist/', import.meta.url));
