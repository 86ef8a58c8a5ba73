import { expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { VERSION } from '../version.js';

it('reports the version of the package it ships in', () => {
  expect(VERSION).toBe(packageJson.version);
});
