import fc from "fast-check";
import { formatJoinCode, JOIN_CODE_ALPHABET, joinCodeShape, newJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";
import { JoinCodeInput } from "@/lib/classes/schemas";

describe("join codes", () => {
  it("are six characters from an alphabet without look-alikes", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
    let i = 0;
    expect(newJoinCode(() => i++ % 31)).toBe("234567");
    expect(newJoinCode((n) => n - 1)).toBe("ZZZZZZ");
  });

  it("read back whatever way a pupil types them", () => {
    expect(normalizeJoinCode("k7m-q2x")).toBe("K7MQ2X");
    expect(normalizeJoinCode(" K7M Q2X ")).toBe("K7MQ2X");
    expect(normalizeJoinCode("ｋ７ｍ－ｑ２ｘ")).toBe("K7MQ2X"); // full-width, as some phone keyboards type
    expect(formatJoinCode("K7MQ2X")).toBe("K7M-Q2X");
  });

  it("refuse what we never issue", () => {
    for (const bad of ["K7MQ2", "K7MQ2XY", "K0MQ2X", "K7MO2X", "K1MQ2X", "KIMQ2X", "KLMQ2X", "K7M_Q2", ""]) expect(normalizeJoinCode(bad)).toBeNull();
  });

  it("every issued code survives formatting and normalising (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 }), (picks) => {
        let i = 0;
        const code = newJoinCode(() => picks[i++]!);
        expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});

describe("a code with look-alike characters", () => {
  it("has a code's shape: it is looked up (and not found), not refused as mistyped", () => {
    expect(joinCodeShape("abc 123")).toBe("ABC123");
    expect(normalizeJoinCode("abc 123")).toBeNull();
    expect(JoinCodeInput.parse("ABC 123")).toBe("ABC123");
    for (const bad of ["ABC12", "ABC_123", "ABC1234", "ÁBC123"]) {
      expect(joinCodeShape(bad)).toBeNull();
      expect(JoinCodeInput.safeParse(bad).success).toBe(false);
    }
  });
});
