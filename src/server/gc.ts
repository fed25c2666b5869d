import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** A full garbage collection (test hooks), with `gc` exposed on demand when the process lacks --expose-gc. */
export function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}
