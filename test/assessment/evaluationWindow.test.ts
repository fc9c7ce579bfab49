import { describe, expect, it } from "vitest";
import { evaluationWindow } from "../../src/assessment/evaluationWindow.js";
import { addDaysIso } from "../../src/core/dates.js";
import { FrameworkSchema } from "../../src/framework/schema.js";
import { allTypes, deepFreeze, tt124Like } from "./frameworks.js";

describe("evaluationWindow", () => {
  it("gives TT 124 communes 16/11 of the previous year to 15/11 (Điều 8.2)", () => {
    expect(evaluationWindow(tt124Like, "xa", 2023)).toEqual({
      start: "2022-11-16",
      end: "2023-11-15",
    });
  });

  it("gives TT 124 residential areas 01/11 of the previous year to 31/10", () => {
    expect(evaluationWindow(tt124Like, "kdc", 2023)).toEqual({
      start: "2022-11-01",
      end: "2023-10-31",
    });
  });

  it("tiles the calendar: each window starts the day after the previous one ends", () => {
    for (const kind of ["xa", "kdc"]) {
      for (let year = 2020; year <= 2030; year++) {
        const previous = evaluationWindow(tt124Like, kind, year - 1);
        const current = evaluationWindow(tt124Like, kind, year);
        expect(addDaysIso(previous.end, 1)).toBe(current.start);
      }
    }
  });

  it("uses the calendar year for a subject kind without a window, or no kind", () => {
    expect(evaluationWindow(allTypes, "unit", 2024)).toEqual({
      start: "2024-01-01",
      end: "2024-12-31",
    });
    expect(evaluationWindow(tt124Like, undefined, 2023)).toEqual({
      start: "2023-01-01",
      end: "2023-12-31",
    });
  });

  it("keeps a window that does not wrap inside its year", () => {
    const schoolTerm = FrameworkSchema.parse({
      ...tt124Like,
      subjectKinds: [
        { id: "term", title: { en: "Example" }, window: { start: "01-15", end: "06-30" } },
      ],
    });
    expect(evaluationWindow(schoolTerm, "term", 2024)).toEqual({
      start: "2024-01-15",
      end: "2024-06-30",
    });
  });

  it("moves a window edge on 29 February to 1 March or 28 February in common years", () => {
    const leapEdges = FrameworkSchema.parse({
      ...tt124Like,
      subjectKinds: [
        { id: "feb", title: { en: "Example" }, window: { start: "03-01", end: "02-29" } },
        { id: "leap", title: { en: "Example" }, window: { start: "02-29", end: "02-28" } },
      ],
    });
    expect(evaluationWindow(leapEdges, "feb", 2024)).toEqual({
      start: "2023-03-01",
      end: "2024-02-29",
    });
    expect(evaluationWindow(leapEdges, "feb", 2023)).toEqual({
      start: "2022-03-01",
      end: "2023-02-28",
    });
    expect(evaluationWindow(leapEdges, "leap", 2025)).toEqual({
      start: "2024-02-29",
      end: "2025-02-28",
    });
    expect(evaluationWindow(leapEdges, "leap", 2024)).toEqual({
      start: "2023-03-01",
      end: "2024-02-28",
    });
  });

  it("gives the same days whatever the process time zone is", () => {
    // The suite runs under TZ=America/Los_Angeles and TZ=Asia/Ho_Chi_Minh; the days must not move.
    expect(evaluationWindow(tt124Like, "xa", 2024)).toEqual({
      start: "2023-11-16",
      end: "2024-11-15",
    });
    expect(evaluationWindow(tt124Like, "kdc", 2000)).toEqual({
      start: "1999-11-01",
      end: "2000-10-31",
    });
  });

  it("does not mutate a frozen framework", () => {
    const frozen = deepFreeze(structuredClone(tt124Like));
    expect(evaluationWindow(frozen, "xa", 2023).end).toBe("2023-11-15");
  });

  it("throws a RangeError for an unknown subject kind or a bad year", () => {
    expect(() => evaluationWindow(tt124Like, "cqdn", 2023)).toThrow(
      'evaluationWindow: framework tt124-like has no subject kind "cqdn"',
    );
    expect(() => evaluationWindow(tt124Like, "xa", 2023.5)).toThrow(RangeError);
    expect(() => evaluationWindow(tt124Like, "xa", 0)).toThrow(RangeError);
    expect(() => evaluationWindow(tt124Like, "xa", 10_000)).toThrow(RangeError);
  });
});
