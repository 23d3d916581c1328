// Preloaded into the fan-out bench's servers (ours and the floor) with --expose-gc: SIGUSR2 runs a full garbage
// collection and then writes process.memoryUsage() to BENCH_MEMORY_FILE, so that memory per idle subscriber is
// read as what the sockets retain, not as connection garbage that happens not to have been collected yet.
import fs from 'node:fs';

const collect = (globalThis as { gc?: () => void }).gc;
const file = process.env.BENCH_MEMORY_FILE;
if (collect && file) {
  process.on('SIGUSR2', () => {
    collect();
    // Let the collector's concurrent work and page release settle before reading.
    setTimeout(() => {
      collect();
      fs.writeFileSync(file, JSON.stringify(process.memoryUsage()));
    }, 500);
  });
}
