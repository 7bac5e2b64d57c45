import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

let t = Date.now();
const db = new PGlite();
await db.waitReady;
console.log('fresh', Date.now() - t);
await db.exec(readFileSync('/work/main/prisma/migrations/20261125000000_init/migration.sql', 'utf8'));
t = Date.now();
const dump = await db.dumpDataDir('none');
console.log('dump', Date.now() - t, dump.size);
writeFileSync('/tmp/tpl.tar', Buffer.from(await dump.arrayBuffer()));
await db.close();
t = Date.now();
const db2 = new PGlite({ loadDataDir: new Blob([readFileSync('/tmp/tpl.tar')]) });
await db2.waitReady;
console.log('load', Date.now() - t, (await db2.query('select count(*) from items')).rows);
