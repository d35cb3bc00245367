// The CI workflows parse, and hold the steps the project relies on.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

interface Step { uses?: string; run?: string; name?: string; with?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; needs?: string; container?: string }> }

const load = (name: string) => parse(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const runs = (steps: Step[]) => steps.map((s) => s.run ?? "").join("\n");
const uses = (steps: Step[]) => steps.map((s) => s.uses ?? "");

describe("GitHub Actions workflows", () => {
  it("test on every push and pull request through .ci/run, on Debian", () => {
    const wf = load("test.yml");
    expect(Object.keys(wf.on).sort()).toEqual(["pull_request", "push"]);
    const job = wf.jobs.test!;
    expect(job.container).toMatch(/bookworm/);
    expect(uses(job.steps)).toContain("actions/checkout@v4");
    expect(runs(job.steps)).toContain("bash .ci/run");
    expect(readFileSync(".ci/run", "utf8")).toMatch(/npm ci[\s\S]*npm test/);
  });

  it("refresh daily and on demand: install, extract the committed sources, refresh, test, build, commit data/, deploy to Pages", () => {
    const wf = load("refresh.yml");
    expect(wf.on).toHaveProperty("schedule");
    expect(wf.on).toHaveProperty("workflow_dispatch");
    expect((wf.on.schedule as { cron: string }[])[0]!.cron.split(" ")).toHaveLength(5);
    expect(wf.permissions).toMatchObject({ contents: "write", pages: "write", "id-token": "write" });
    const steps = wf.jobs.refresh!.steps;
    const script = runs(steps);
    const order = ["npm ci", "npm run extract", "npm run refresh --", "npm test", "npm run build", "git add data", "git push"].map((s) => script.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(script).toMatch(/--arxiv .* --since .* --hf-daily /);
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))?.with?.path).toBe("dist");
    expect(wf.jobs.deploy!.needs).toBe("refresh");
    expect(uses(wf.jobs.deploy!.steps).some((u) => u.startsWith("actions/deploy-pages"))).toBe(true);
  });
});
