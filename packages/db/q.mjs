import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create(process.argv[2]);
for (const sql of process.argv.slice(3)) console.log(JSON.stringify((await db.query(sql)).rows));
await db.close();
