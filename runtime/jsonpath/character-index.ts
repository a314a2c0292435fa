/**
 * The cursor both of Jayway's compilers walk with (its CharacterIndex): a text, a position, an end
 * that trimming can move, and the index searches they share.
 */
export class CharacterIndex {
  protected pos = 0;
  protected end: number;

  constructor(protected readonly text: string) {
    this.end = text.length - 1;
  }

  /** Jayway's trim(): only spaces, from both ends. */
  protected trim(): void {
    while (this.pos < this.end && this.text[this.pos] === " ") this.pos++;
    while (this.pos < this.end && this.text[this.end] === " ") this.end--;
  }

  protected inBounds(i: number): boolean {
    return i >= 0 && i <= this.end;
  }

  protected nextIndexOf(from: number, c: string): number {
    for (let i = from; this.inBounds(i); i++) if (this.text[i] === c) return i;
    return -1;
  }

  protected nextIndexOfUnescaped(from: number, c: string): number {
    let escaped = false;
    for (let i = from + 1; this.inBounds(i); i++) {
      if (escaped) escaped = false;
      else if (this.text[i] === "\\") escaped = true;
      else if (this.text[i] === c) return i;
    }
    return -1;
  }
}
