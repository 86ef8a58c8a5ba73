/**
 * A WordPress of the test's own, from Debian's `wordpress` package: a per-host config file as the package's
 * README.Debian describes (/etc/wordpress/config-<name>.php, chosen through WORDPRESS_CONFIG), its own
 * WP_CONTENT_DIR, database and port, served by `php -S` with the router beside this file, and installed
 * through WordPress's own wp-admin/install.php form.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './mariadb.ts';
import { freePort, startService, waitFor, type Service } from './services.ts';

export interface WordPressSite {
  readonly url: string;
  readonly service: Service;
  readonly configFile: string;
  readonly admin: { readonly user: string; readonly password: string };
  remove(): void;
}

/** The folder of Debian's WordPress (where wp-settings.php is), as the package lists it. */
function wordpressFolder(): string {
  try {
    const files = execFileSync('dpkg', ['-L', 'wordpress'], { encoding: 'utf8' }).split('\n');
    const settings = files.find((file) => file.endsWith('/wp-settings.php'));
    if (settings) return dirname(settings);
  } catch {
    // Not a Debian system: fall through to the usual place.
  }
  if (existsSync('/usr/share/wordpress/wp-settings.php')) return '/usr/share/wordpress';
  throw new Error(
    'Debian’s wordpress package is not installed (apt-get install -y wordpress php-cli php-mysql mariadb-server).',
  );
}

const php = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export async function startWordPress(root: string, database: Database): Promise<WordPressSite> {
  const wordpress = wordpressFolder();
  const name = `ketahanan-e2e-${String(process.pid)}-${Math.random().toString(36).slice(2, 8)}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const content = join(root, 'wp-content');
  for (const folder of ['plugins', 'themes', 'uploads', 'upgrade'])
    mkdirSync(join(content, folder), { recursive: true });
  symlinkSync(
    join(wordpress, 'wp-content/themes/twentytwentythree'),
    join(content, 'themes/twentytwentythree'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  const constants: Record<string, string | boolean> = {
    DB_NAME: database.name,
    DB_USER: database.user,
    DB_PASSWORD: database.password,
    DB_HOST: `localhost:${database.socket}`,
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: content,
    WP_CONTENT_URL: `${url}/wp-content`,
    // The plugin upload writes into wp-content directly; nothing may reach the internet; no loopback cron.
    FS_METHOD: 'direct',
    WP_HTTP_BLOCK_EXTERNAL: true,
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    // Nobody may post raw HTML, Editors included: the plugin must not need it.
    DISALLOW_UNFILTERED_HTML: true,
  };
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(
    configFile,
    `<?php\n${Object.entries(constants)
      .map(
        ([key, value]) => `define( '${key}', ${typeof value === 'boolean' ? String(value) : php(value)} );`,
      )
      .join('\n')}\n`,
  );
  const router = fileURLToPath(new URL('router.php', import.meta.url));
  const service = startService(
    'php -S',
    'php',
    ['-S', `127.0.0.1:${String(port)}`, '-t', wordpress, router],
    {
      log: join(root, 'php.log'),
      env: { PHP_CLI_SERVER_WORKERS: '4', KETAHANAN_WP_CONFIG: name, KETAHANAN_WP_CONTENT: content },
    },
  );
  const site: WordPressSite = {
    url,
    service,
    configFile,
    admin: { user: 'admin', password: 'e2e-admin-Passw0rd!' },
    remove: () => {
      rmSync(configFile, { force: true });
    },
  };
  await waitFor('php -S', async () => (await fetch(`${url}/wp-admin/install.php`)).ok);
  const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({
      weblog_title: 'Kabupaten Sukamaju',
      user_name: site.admin.user,
      admin_password: site.admin.password,
      admin_password2: site.admin.password,
      pw_weak: '1',
      admin_email: 'admin@sukamaju.example',
      blog_public: '0',
      language: '',
    }),
  });
  const page = await install.text();
  if (!install.ok || !/Success!|wp-login\.php/.test(page))
    throw new Error(`WordPress did not install: ${page.slice(0, 500)}`);
  return site;
}
