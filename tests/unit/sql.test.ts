import { describe, expect, it } from "vitest";
import { sql } from "@/lib/data/sql";

describe("sql tagged template", () => {
  it("turns every value into a numbered parameter, never into text", () => {
    const evil = "x'; DROP TABLE answers; --";
    const q = sql`SELECT * FROM t WHERE a = ${evil} AND b = ${2} AND c = ANY(${["A", "B"]}::text[])`;
    expect(q.text).toBe("SELECT * FROM t WHERE a = $1 AND b = $2 AND c = ANY($3::text[])");
    expect(q.values).toEqual([evil, 2, ["A", "B"]]);
  });

  it("inlines nested fragments and renumbers their parameters", () => {
    const inner = sql`SELECT id FROM t WHERE org = ${"o1"} AND user_id = ${"u1"}`;
    const now = sql`now()`;
    const q = sql`WITH x AS (${inner}) UPDATE t SET at = ${now}, v = ${null} WHERE id = ${"i1"} AND y = ${inner}`;
    expect(q.text).toBe(
      "WITH x AS (SELECT id FROM t WHERE org = $1 AND user_id = $2) UPDATE t SET at = now(), v = $3 WHERE id = $4 AND y = SELECT id FROM t WHERE org = $5 AND user_id = $6",
    );
    expect(q.values).toEqual(["o1", "u1", null, "i1", "o1", "u1"]);
  });
});
