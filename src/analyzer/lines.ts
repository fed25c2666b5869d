/** Line starts of a text, for turning offsets into 1-based line and column numbers without `loc` objects. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): { line: number; column: number } {
    const index = this.lineIndexOf(offset, 0);
    return { line: index + 1, column: offset - this.starts[index] + 1 };
  }

  /** 1-based start and end of a range, as one object (summaries keep one per function, loop and call). */
  span(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const startIndex = this.lineIndexOf(start, 0);
    const endIndex = this.lineIndexOf(end, startIndex);
    return { line: startIndex + 1, column: start - this.starts[startIndex] + 1, endLine: endIndex + 1, endColumn: end - this.starts[endIndex] + 1 };
  }

  /** 0-based index of the line holding `offset`, searching from line index `low`. */
  private lineIndexOf(offset: number, low: number): number {
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  line(offset: number): number {
    return this.position(offset).line;
  }
}
