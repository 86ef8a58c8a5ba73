// `npm start`: serves the built demo site on 127.0.0.1 (PORT, default 4173) until stopped.
import { startSiteServer, stopSiteServer } from './server.mjs';

const port = Number(process.env.PORT ?? 4173);
const { server, url } = await startSiteServer({ port });
console.log(`Demo site (Pemerintah Kabupaten Sukamaju): ${url}/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopSiteServer(server).then(() => process.exit(0));
  });
}
