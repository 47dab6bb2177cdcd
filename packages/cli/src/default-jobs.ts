/**
 * Up to this many cores a batch parses in the calling thread. Measured on two shared
 * cores (docs/benchmarks.md, "CLI --jobs default"): two worker threads took 1.05–1.45×
 * the time of the calling thread alone, and on one core too, since each thread loads and
 * warms up its own parser and the two contend with the main thread and with each other
 * for the same cores.
 */
export const inThreadMaxCores = 2

/**
 * The number of jobs a batch runs with when none is given: `1` (parse in the calling
 * thread) on up to `inThreadMaxCores` cores, else a worker thread per core but one, so
 * that the main thread, which reads results back in order and writes the output, keeps
 * a core of its own.
 *
 * @param cores Cores the process may use (`os.availableParallelism()`).
 * @example
 *   defaultJobs(2) // 1
 *   defaultJobs(8) // 7
 */
export function defaultJobs(cores: number): number {
  return cores <= inThreadMaxCores ? 1 : cores - 1
}
