import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

/** A CPU profiler for a bench's own phases, writing DIR/NAME.cpuprofile (for Chrome's DevTools or any reader). */
export async function profiler(dir: string) {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  return {
    start: () => post('Profiler.start'),
    stop: async (name: string) => {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${name.replace(/[^\w-]+/g, '_')}.cpuprofile`), JSON.stringify(profile));
    },
  };
}
