// Records spread over many small temporary files (one per explorer shard, benchmark, paper bucket)
// in one pass, then read back one file at a time: the build never holds the whole table.
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Lines appended to named temporary files, read back one file at a time. Lines are buffered in
 * memory up to a total, then every buffer is written at once, so each file gets few large writes.
 */
export class Spill {
  private buffers = new Map<string, string[]>();
  private buffered = 0;
  constructor(private readonly dir: string, private readonly limit = 32 << 20) {}

  add(name: string, line: string): void {
    const buffer = this.buffers.get(name);
    if (buffer) buffer.push(line);
    else this.buffers.set(name, [line]);
    this.buffered += line.length;
    if (this.buffered > this.limit) for (const name of [...this.buffers.keys()]) this.flush(name);
  }

  private flush(name: string): void {
    const buffer = this.buffers.get(name);
    if (!buffer) return;
    appendFileSync(join(this.dir, name), buffer.join(""));
    this.buffers.delete(name);
    this.buffered -= buffer.reduce((n, line) => n + line.length, 0);
  }

  /** The lines of one file (with what is still buffered), then forgotten. */
  take(name: string): string[] {
    const path = join(this.dir, name);
    const buffer = this.buffers.get(name) ?? [];
    this.buffers.delete(name);
    this.buffered -= buffer.reduce((n, line) => n + line.length, 0);
    const text = (existsSync(path) ? readFileSync(path, "utf8") : "") + buffer.join("");
    if (existsSync(path)) rmSync(path);
    const lines = text.split("\n");
    lines.pop();
    return lines;
  }
}
