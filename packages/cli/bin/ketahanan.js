#!/usr/bin/env node
// The `ketahanan` executable. npm links a package's bin when it installs it, and only if the file exists
// then: in a fresh clone of the repository the build (dist/) does not exist yet, so the bin is this small
// committed file that loads the build, and says what to do when there is none.
import { existsSync } from 'node:fs';

const build = new URL('../dist/bin.js', import.meta.url);

if (existsSync(build)) {
  await import(build.href);
} else {
  const english = /^en\b/i.test(
    process.argv
      .slice(2)
      .join(' ')
      .match(/--lang[= ](\S+)/)?.[1] ??
      process.env.LANG ??
      '',
  );
  console.error(
    english
      ? 'ketahanan: @ketahanan/cli is not built (dist/bin.js is missing). Run `npm run build` at the root of the repository first.'
      : 'ketahanan: @ketahanan/cli belum dibangun (dist/bin.js tidak ada). Jalankan dulu `npm run build` di akar repositori.',
  );
  process.exitCode = 2;
}
