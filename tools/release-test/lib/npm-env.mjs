// Environments for the npm commands of the release test. Each gets a throwaway user config (through
// NPM_CONFIG_USERCONFIG) and none of the npm_config_* variables an outer `npm run`/turbo may have set,
// then the effective registry is read back from npm itself and checked before anything is published.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertLocalRegistry } from './local-registry.mjs';
import { run } from './command.mjs';

const SCOPE = '@ketahanan';

function withoutNpmConfig(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_/i.test(key)));
}

function hostKey(registryUrl) {
  const { host, pathname } = new URL(registryUrl);
  return `//${host}${pathname}`;
}

/** The registry this machine normally installs from (for everything outside our scope). */
export async function defaultRegistry(cwd) {
  return (
    await run('npm', ['config', 'get', 'registry'], { cwd, env: withoutNpmConfig(process.env) })
  ).trim();
}

/** npm environment that publishes only to the local registry, authenticated with `token`. */
export function publisherEnv(folder, registryUrl, token) {
  assertLocalRegistry(registryUrl);
  const userconfig = join(folder, 'publisher.npmrc');
  writeFileSync(
    userconfig,
    [
      `registry=${registryUrl}`,
      `${SCOPE}:registry=${registryUrl}`,
      `${hostKey(registryUrl)}:_authToken=${token}`,
      'update-notifier=false',
      'fund=false',
      'audit=false',
      '',
    ].join('\n'),
  );
  return {
    ...withoutNpmConfig(process.env),
    NPM_CONFIG_USERCONFIG: userconfig,
    NPM_CONFIG_REGISTRY: registryUrl,
  };
}

/** npm environment of a fresh consumer: our scope from the local registry, the rest from the usual one. */
export function consumerEnv(folder, registryUrl, upstreamRegistry) {
  const userconfig = join(folder, 'consumer.npmrc');
  writeFileSync(
    userconfig,
    [
      `registry=${upstreamRegistry}`,
      `${SCOPE}:registry=${registryUrl}`,
      'update-notifier=false',
      'fund=false',
      'audit=false',
      '',
    ].join('\n'),
  );
  return { ...withoutNpmConfig(process.env), NPM_CONFIG_USERCONFIG: userconfig };
}

/** Asks npm which registries it would really use from `cwd` and refuses to go on unless they are local. */
export async function assertNpmUsesLocalRegistry(cwd, env, { scopeOnly = false } = {}) {
  const scoped = (await run('npm', ['config', 'get', `${SCOPE}:registry`], { cwd, env })).trim();
  assertLocalRegistry(scoped);
  if (!scopeOnly) assertLocalRegistry((await run('npm', ['config', 'get', 'registry'], { cwd, env })).trim());
}
