// `npm run test:postgres` needs a server to create throwaway databases on.
if (!/^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '')) {
  console.error('test:postgres needs TEST_DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres');
  process.exit(2);
}
