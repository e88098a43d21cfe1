// DuckDB's bare conversion, the speed reference of the benchmark: newline-delimited JSON → ZSTD Parquet, columns declared,
// no validation or cleaning. Usage: node convert-ndjson.mjs <articles.ndjson> <out.parquet>
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node convert-ndjson.mjs <articles.ndjson> <out.parquet>');
  process.exit(2);
}
const quote = s => "'" + s.replaceAll("'", "''") + "'";
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const started = performance.now();
await connection.run(`COPY (SELECT * FROM read_json(${quote(input)}, format = 'newline_delimited', columns = {
  id: 'VARCHAR', source: 'VARCHAR', url: 'VARCHAR', language: 'VARCHAR', title: 'VARCHAR', subtitle: 'VARCHAR',
  published: 'DATE', authors: 'VARCHAR[]', agency: 'VARCHAR', text: 'VARCHAR'
})) TO ${quote(output)} (FORMAT parquet, COMPRESSION zstd)`);
console.log(`duckdb_copy_seconds=${((performance.now() - started) / 1000).toFixed(2)}`);
