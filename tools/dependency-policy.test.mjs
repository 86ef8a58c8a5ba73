// The dependency-range checker itself: each rule of the policy fails the manifests that break it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dependencyPolicyProblems } from './dependency-policy.mjs';

const context = {
  where: 'packages/x/package.json',
  siblings: new Map([['@ketahanan/model', '1.2.3']]),
  locked: (name) => ({ lit: '3.3.3', valibot: '1.5.0' })[name],
};
const problems = (manifest) => dependencyPolicyProblems(manifest, context);

test('a published package that follows the policy passes', () => {
  assert.deepEqual(
    problems({
      dependencies: { '@ketahanan/model': '1.2.3', lit: '^3.3.3' },
      peerDependencies: { valibot: '^1.5.0' },
      devDependencies: { vitest: '4.1.12', '@ketahanan/model': '1.2.3' },
    }),
    [],
  );
});

test('a third-party runtime dependency must be a caret range from the locked version', () => {
  for (const lit of ['3.3.3', '~3.3.3', '>=3', '*', 'latest', '^3.3.0', '^3.3.4', '^3', 'github:lit/lit']) {
    assert.equal(problems({ dependencies: { lit } }).length, 1, lit);
  }
  assert.match(problems({ dependencies: { lit: '3.3.3' } })[0] ?? '', /caret range .*"\^3\.3\.3"/);
  assert.equal(problems({ optionalDependencies: { valibot: '1.5.0' } }).length, 1);
  assert.equal(problems({ peerDependencies: { lit: '3.x' } }).length, 1);
});

test('a sibling package must be taken at its exact current version', () => {
  for (const model of ['^1.2.3', '1.2.2', '*', 'workspace:*']) {
    assert.match(
      problems({ dependencies: { '@ketahanan/model': model } })[0] ?? '',
      /exact version "1\.2\.3"/,
    );
  }
});

test('a devDependency must be exact, in private workspaces too', () => {
  assert.equal(problems({ private: true, devDependencies: { vite: '^8.3.8' } }).length, 1);
  assert.equal(problems({ devDependencies: { vite: '8.3.8' } }).length, 0);
});

test('a private app may take runtime ranges: nobody installs it', () => {
  assert.deepEqual(problems({ private: true, dependencies: { lit: '^3.3.0' } }), []);
});
