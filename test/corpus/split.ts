// The corpus gold's split, fixed by a hash of the arXiv id (not by drawing order, so a paper keeps its split
// whatever else is drawn): two thirds dev, whose findings rules are written from; one third test, whose
// findings nobody reads (npm run eval -- --split test prints aggregate figures only).
import { hash } from "node:crypto";

export type Split = "dev" | "test";

export function splitOf(arxivId: string): Split {
  return parseInt(hash("sha1", arxivId).slice(0, 8), 16) % 3 === 0 ? "test" : "dev";
}

/** A second, independent hash splits dev in two halves: "a" to write rules from, "b" to check they carry over. */
export function halfOf(arxivId: string): "a" | "b" {
  return parseInt(hash("md5", `half:${arxivId}`).slice(0, 8), 16) % 2 === 0 ? "a" : "b";
}
