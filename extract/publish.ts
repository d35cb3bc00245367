// The output folder holds one consistent set of tables, or the previous one: a run writes its set
// into a staging folder beside it, with a manifest (file names, sizes and hashes, and a run id made
// from them), and publishes it by first writing a journal naming the staging folder and then moving
// the files in. A run killed before the journal leaves the previous set untouched; one killed while
// moving is finished by the next run (the staged set is complete), and staging folders of killed runs
// are removed. Readers (the site build, refresh) check the set against its manifest.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Every file a set may hold; a published set removes those it does not hold (stale files of older runs). */
const OUTPUT_FILES = ["papers.json", "claims.json", "claims.csv", "claims.xlsx", "leaderboards.json", "report.json", "changes.json", "papers.jsonl", "claims.jsonl"];
const MANIFEST = "manifest.json";
const JOURNAL = ".claimboard-publish";
const STAGING_PREFIX = ".claimboard-staging-";

export const Manifest = z.object({
  runId: z.string(),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof Manifest>;

/** A fresh staging folder in `out` (after finishing or clearing what earlier runs left). */
export function openStaging(out: string): string {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new Error(`--out ${out} is a file, not a folder`);
  mkdirSync(out, { recursive: true });
  recover(out);
  const staging = join(out, `${STAGING_PREFIX}${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(staging);
  return staging;
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const digest = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => digest.update(chunk))
      .on("end", () => resolve(digest.digest("hex")))
      .on("error", reject);
  });
}

/** Writes the staged set's manifest; its run id is a hash of the contents, so the same set has the same id. */
async function writeManifest(staging: string): Promise<Manifest> {
  const names = OUTPUT_FILES.filter((name) => existsSync(join(staging, name)));
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: statSync(join(staging, name)).size, sha256: await sha256(join(staging, name)) })));
  const runId = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 16);
  const manifest = { runId, files };
  writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

/** Makes the staged set the published one, with its manifest. */
export async function publish(out: string, staging: string): Promise<Manifest> {
  const manifest = await writeManifest(staging);
  writeFileSync(join(out, `${JOURNAL}.tmp`), staging.slice(out.length).replace(/^[\\/]+/, ""));
  renameSync(join(out, `${JOURNAL}.tmp`), join(out, JOURNAL));
  finishPublishing(out);
  return manifest;
}

function finishPublishing(out: string): void {
  const staging = join(out, readFileSync(join(out, JOURNAL), "utf8"));
  if (existsSync(join(staging, MANIFEST))) {
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(staging, MANIFEST), "utf8")));
    const names = new Set(manifest.files.map((f) => f.name));
    for (const name of OUTPUT_FILES) {
      // Moved already when a killed run is finished: only what is still staged moves.
      if (!names.has(name)) rmSync(join(out, name), { force: true });
      else if (existsSync(join(staging, name))) renameSync(join(staging, name), join(out, name));
    }
    renameSync(join(staging, MANIFEST), join(out, MANIFEST));
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(join(out, JOURNAL), { force: true });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Finishes a publication a killed run began, and removes the staging folders of runs no longer running. */
export function recover(out: string): void {
  if (existsSync(join(out, JOURNAL))) finishPublishing(out);
  for (const name of readdirSync(out)) {
    const pid = Number(/^\.claimboard-(?:staging-|tmp-)(\d+)/.exec(name)?.[1]);
    if (pid && (pid === process.pid || !isRunning(pid))) rmSync(join(out, name), { recursive: true, force: true });
  }
}

/** Discards a staged set that is not to be published. */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * The published set's manifest, after checking that every file it names is there with its size and
 * that no publication is half done; an error says what to run otherwise.
 */
export function checkOutputSet(dir: string): Manifest {
  const rerun = "run `npm run extract` again";
  if (existsSync(join(dir, JOURNAL))) throw new Error(`${dir}/ is half-way through publishing a run's tables: ${rerun} (it finishes the publication)`);
  if (!existsSync(join(dir, MANIFEST))) throw new Error(`${dir}/ holds no ${MANIFEST}: ${rerun}`);
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")));
  for (const file of manifest.files) {
    const path = join(dir, file.name);
    if (!existsSync(path) || statSync(path).size !== file.bytes) throw new Error(`${path} is not the file of run ${manifest.runId} (${MANIFEST}): ${rerun}`);
  }
  return manifest;
}
