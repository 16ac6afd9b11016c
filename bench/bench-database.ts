import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server benchmarks use: BENCH_PG, else CORROBORATE_TEST_PG, else the local one. */
export const BENCH_SERVER = process.env.BENCH_PG ?? process.env.CORROBORATE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh database for one benchmark run (corroborate_bench_<random>), with its size and a way to drop it. */
export async function createBenchDatabase(): Promise<{ url: string; size(): Promise<number>; drop(): Promise<void> }> {
  const name = `corroborate_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: BENCH_SERVER });
    await client.connect();
    return client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    size: async () => Number((await admin(`SELECT pg_database_size('${name}') AS bytes`)).rows[0].bytes),
    drop: async () => void (await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}
