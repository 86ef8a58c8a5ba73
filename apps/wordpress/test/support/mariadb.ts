/**
 * A MariaDB server of the test's own: its own data directory and socket (no TCP port at all), started
 * without init scripts, as the `mysql` user when the test runs as root (MariaDB refuses to run as root).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startService, waitFor, type Service } from './services.ts';

export interface Database {
  readonly service: Service;
  readonly socket: string;
  readonly name: string;
  readonly user: string;
  readonly password: string;
}

const asRoot = process.getuid?.() === 0;

export async function startMariaDb(root: string): Promise<Database> {
  const dataDir = join(root, 'mysql');
  const runDir = join(root, 'run');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(runDir, { recursive: true });
  const user = asRoot ? ['--user=mysql'] : [];
  if (asRoot) {
    // mkdtemp makes the folder private to root; the mysql user must be able to reach its own folders in it.
    chmodSync(root, 0o755);
    execFileSync('chown', ['mysql:mysql', dataDir, runDir]);
  }
  execFileSync(
    'mariadb-install-db',
    [
      ...user,
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ],
    { stdio: 'pipe' },
  );
  const socket = join(runDir, 'db.sock');
  const service = startService(
    'mariadbd',
    'mariadbd',
    [
      '--no-defaults',
      ...user,
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(runDir, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M',
    ],
    { log: join(root, 'mariadb.log') },
  );
  await waitFor('the MariaDB socket', () => existsSync(socket), 60_000);
  const database: Database = {
    service,
    socket,
    name: 'wordpress',
    user: 'wordpress',
    password: 'e2e-db-password',
  };
  execFileSync('mysql', [
    '--no-defaults',
    '-uroot',
    `--socket=${socket}`,
    '-e',
    `CREATE DATABASE ${database.name}; CREATE USER '${database.user}'@'localhost' IDENTIFIED BY '${database.password}'; GRANT ALL ON ${database.name}.* TO '${database.user}'@'localhost';`,
  ]);
  return database;
}
