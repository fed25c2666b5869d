/** Files a scan must have before progress is worth showing. */
const MIN_FILES_FOR_PROGRESS = 50;
const REDRAW_INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the progress line so the report starts on a clean line. */
  finish(): void;
}

/** A single redrawn status line on a terminal; the caller decides whether the stream is one. */
export function terminalProgress(stream: NodeJS.WritableStream): Progress {
  let lastDrawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (total <= MIN_FILES_FOR_PROGRESS || (now - lastDrawn < REDRAW_INTERVAL_MS && done < total)) return;
      lastDrawn = now;
      shown = true;
      stream.write(`\r\x1b[2Kanalyzing ${done}/${total} files`);
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
