// A progress line on stderr while a large input is read: papers/s, MB/s and the time left,
// redrawn at most a few times a second, and only when stderr is a terminal.
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private papers = 0;
  private bytes = 0;

  constructor(
    private totalBytes: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = Boolean(process.stderr.isTTY),
  ) {}

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.bytes;
  }

  /** More bytes to read than first said (an input read again). */
  expectMore(n: number): void {
    this.totalBytes += n;
  }

  addBytes(n: number): void {
    this.bytes += n;
  }

  addPapers(n: number): void {
    this.papers += n;
    this.draw(false);
  }

  /** The line as it would be drawn now (also used by the tests). */
  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const fraction = this.totalBytes ? Math.min(this.bytes / this.totalBytes, 1) : 0;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
    const width = 24;
    const bar = "#".repeat(Math.round(fraction * width)).padEnd(width, ".");
    const time = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, "0")}` : "?:??");
    return `[${bar}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${this.papers} papers  ${(this.papers / seconds).toFixed(0)} papers/s  ${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s  ETA ${time(eta)}`;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 200) return;
    this.lastDraw = now;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
  }

  done(): void {
    this.draw(true);
    if (this.enabled) this.stream.write("\n");
  }
}
