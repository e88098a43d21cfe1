// Reads Parquet files with DuckDB and prints one JSON object: the column types and every row (ordered by id).
// Usage: node read-parquet.mjs <glob-or-file>
import { DuckDBInstance } from '@duckdb/node-api';

const path = process.argv[2];
if (!path) {
  console.error('usage: node read-parquet.mjs <parquet-glob>');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const literal = "'" + path.replaceAll("'", "''") + "'";
const describe = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal})`);
const columns = describe.getRowObjectsJson().map(r => ({ name: r.column_name, type: r.column_type }));
const rows = await connection.runAndReadAll(
  `SELECT * REPLACE (CAST(published_date AS VARCHAR) AS published_date) FROM read_parquet(${literal}) ORDER BY id`);
console.log(JSON.stringify({ columns, rows: rows.getRowObjectsJson() }));
