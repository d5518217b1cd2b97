import { describe, expect, it } from "vitest";
import {
  assessmentPath,
  campaignsPath,
  journeysPath,
  liveCodePath,
  livePath,
  modelCellPath,
  modelPath,
  movedLivePath,
  orgPath,
  planPath,
  teamPath,
  workshopPath,
} from "@/lib/paths";

describe("page paths", () => {
  it("builds organization, team, assessment and workshop URLs", () => {
    expect(orgPath("acme")).toBe("/orgs/acme");
    expect(orgPath("acme", "members")).toBe("/orgs/acme/members");
    expect(teamPath("acme", "t1")).toBe("/orgs/acme/teams/t1");
    expect(teamPath("acme", "t1", "import-result")).toBe("/orgs/acme/teams/t1/import-result");
    expect(assessmentPath("acme", "a1", "results")).toBe("/orgs/acme/assessments/a1/results");
    expect(workshopPath("acme", "w1")).toBe("/orgs/acme/workshops/w1");
    expect(campaignsPath("acme")).toBe("/orgs/acme/campaigns");
    expect(campaignsPath("acme", "c1")).toBe("/orgs/acme/campaigns/c1");
  });
  it("builds model browser URLs down to one cell", () => {
    expect(modelPath("acme", "pemm", 2)).toBe("/orgs/acme/models/pemm/2");
    expect(modelCellPath("acme", { key: "pemm", version: 2 }, "investment", 3)).toBe(
      "/orgs/acme/models/pemm/2/investment/3",
    );
  });
  it("puts team journeys under the team and organization-wide journeys under the organization", () => {
    expect(journeysPath("acme", "t1")).toBe("/orgs/acme/teams/t1/journeys");
    expect(journeysPath("acme", null, "j1", "edit")).toBe("/orgs/acme/journeys/j1/edit");
    expect(planPath("acme", "t1", "j1")).toBe("/orgs/acme/teams/t1/journeys/j1/plan");
    expect(planPath("acme", "t1", "j1", "board")).toBe("/orgs/acme/teams/t1/journeys/j1/plan/board");
  });
  it("builds the live workshop URLs participants see, outside /orgs", () => {
    expect(livePath()).toBe("/live");
    expect(livePath("w1")).toBe("/live/w1");
    expect(livePath("w1", "summary")).toBe("/live/w1/summary");
    expect(liveCodePath("VQWDW-S1184")).toBe("/live?code=VQWDW-S1184");
    expect(liveCodePath("a b&c")).toBe("/live?code=a%20b%26c");
  });
  it("maps the live pages' old addresses (/join, /w/<id>…) to /live, and nothing else", () => {
    expect(movedLivePath("/join")).toBe("/live");
    expect(movedLivePath("/w")).toBe("/live");
    expect(movedLivePath("/w/w1")).toBe("/live/w1");
    expect(movedLivePath("/w/w1/summary")).toBe("/live/w1/summary");
    for (const other of [
      "/live",
      "/joined",
      "/join/x",
      "/wx/1",
      "/orgs/acme/w/1",
      "/api/workshops/join",
      "/",
    ])
      expect(movedLivePath(other), other).toBeNull();
  });
});
