/** What each bench/<name>.bench.ts returns: a title and the lines printed (and copied into the README). */
export interface BenchResult {
  name: string;
  lines: string[];
}
