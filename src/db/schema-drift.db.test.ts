/**
 * The hand-written SQL migrations and prisma/schema.prisma must describe the
 * same database: every model's table, column, type, nullability, unique key
 * and enum, and nothing extra. Fails when one changes without the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDMMF } from '@prisma/get-dmmf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import { projectRoot } from '../paths.js';

type Dmmf = Extract<Awaited<ReturnType<typeof getDMMF>>, { datamodel: unknown }>;
type Field = Dmmf['datamodel']['models'][number]['fields'][number];

let db: TestDatabase;
let dmmf: Dmmf;

beforeAll(async () => {
  db = await createTestDatabase();
  const result = await getDMMF({
    datamodel: readFileSync(join(projectRoot, 'prisma', 'schema.prisma'), 'utf8'),
  });
  if (!('datamodel' in result))
    throw new Error(`prisma/schema.prisma does not parse: ${JSON.stringify(result)}`);
  dmmf = result;
});
afterAll(async () => db?.close());

function expectedUdt(field: Field): string {
  const native = field.nativeType?.[0];
  let base: string;
  if (field.kind === 'enum') base = field.type;
  else if (field.type === 'String') base = native === 'Uuid' ? 'uuid' : 'text';
  else if (field.type === 'Int') base = 'int4';
  else if (field.type === 'Boolean') base = 'bool';
  else if (field.type === 'Json') base = 'jsonb';
  else if (field.type === 'DateTime') base = native === 'Date' ? 'date' : 'timestamptz';
  else throw new Error(`no mapping for ${field.type}`);
  return field.isList ? `_${base}` : base;
}

describe(`schema drift (${process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  it('every model has its table with exactly its columns, types and nullability', async () => {
    const { rows } = await db.pool.query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_ops_migrations'`,
    );
    const actual = new Map<string, Map<string, { udt: string; nullable: boolean }>>();
    for (const r of rows) {
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Map());
      actual.get(r.table_name)!.set(r.column_name, { udt: r.udt_name, nullable: r.is_nullable === 'YES' });
    }
    const expectedTables = dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort();
    expect([...actual.keys()].sort()).toEqual(expectedTables);
    for (const model of dmmf.datamodel.models) {
      const table = actual.get(model.dbName ?? model.name)!;
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      expect([...table.keys()].sort(), `columns of ${model.name}`).toEqual(
        scalars.map((f) => f.dbName ?? f.name).sort(),
      );
      for (const field of scalars) {
        const column = table.get(field.dbName ?? field.name)!;
        expect(column.udt, `${model.name}.${field.name} type`).toBe(expectedUdt(field));
        // Prisma leaves list columns nullable; scalars follow `?`.
        if (!field.isList)
          expect(column.nullable, `${model.name}.${field.name} nullability`).toBe(!field.isRequired);
      }
    }
  });

  it('every @unique and @@unique has its unique index', async () => {
    const { rows } = await db.pool.query<{ table_name: string; columns: string[] }>(
      `SELECT t.relname AS table_name, array_agg(a.attname ORDER BY a.attname)::text[] AS columns
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
        WHERE n.nspname = 'public' AND i.indisunique AND NOT i.indisprimary
        GROUP BY i.indexrelid, t.relname`,
    );
    const actual = new Set(rows.map((r) => `${r.table_name}(${r.columns.join(',')})`));
    const expected = new Set<string>();
    for (const model of dmmf.datamodel.models) {
      const column = (name: string) => model.fields.find((f) => f.name === name)?.dbName ?? name;
      const table = model.dbName ?? model.name;
      for (const f of model.fields.filter((f) => f.isUnique && !f.isId))
        expected.add(`${table}(${column(f.name)})`);
      for (const u of model.uniqueFields) expected.add(`${table}(${u.map(column).sort().join(',')})`);
    }
    expect([...actual].sort()).toEqual([...expected].sort());
  });

  it('every enum exists with the same values in the same order', async () => {
    const { rows } = await db.pool.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    for (const e of dmmf.datamodel.enums) {
      expect(actual[e.name], `enum ${e.name}`).toEqual(e.values.map((v) => v.dbName ?? v.name));
    }
    expect(Object.keys(actual).sort()).toEqual(dmmf.datamodel.enums.map((e) => e.name).sort());
  });
});
