import { describe, expect, it } from "vitest";
import { FrameworkError } from "../../src/framework/FrameworkError.js";
import { parseFramework } from "../../src/framework/parseFramework.js";
import { tt124 } from "../support/tt124.js";
import { judged } from "./helpers.js";

describe("parseFramework", () => {
  it("returns the framework when it is valid", () => {
    expect(parseFramework(tt124)).toEqual(tt124);
  });

  it("throws a FrameworkError that carries every issue and lists the first ones", () => {
    const input = {
      id: "t",
      version: "1",
      status: "draft",
      title: { vi: "Bộ" },
      scoring: { kind: "count" },
      nodes: ["a", "b", "c", "d", "e", "f", "g"].map((id) => judged(id, { weight: -1 })),
    };
    let caught: unknown;
    try {
      parseFramework(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrameworkError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as FrameworkError;
    expect(error.name).toBe("FrameworkError");
    expect(error.issues).toHaveLength(7);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid framework (7 issues):
        - [too_small] nodes.0.weight: below the minimum of 0
        - [too_small] nodes.1.weight: below the minimum of 0
        - [too_small] nodes.2.weight: below the minimum of 0
        - [too_small] nodes.3.weight: below the minimum of 0
        - [too_small] nodes.4.weight: below the minimum of 0
        … and 2 more"
    `);
  });

  it("throws on structural errors that the schema cannot see", () => {
    const input = { ...tt124, nodes: [...tt124.nodes, judged("kdc.2")] };
    expect(() => parseFramework(input)).toThrowErrorMatchingInlineSnapshot(`
      [FrameworkError: Invalid framework (1 issue):
        - [duplicate_node_id] nodes.2.id: duplicate id "kdc.2" (already used at nodes.0.children.0)]
    `);
  });
});
