import { fieldErrors, isPlaceholderEmail, LearnerSignUp, placeholderEmail, SignIn, TeacherSignUp } from "@/lib/auth/credentials";

describe("credentials", () => {
  it("learners get a non-routable placeholder email from their username", () => {
    expect(placeholderEmail("Lan_01")).toBe("lan_01@username.placeholder.invalid");
    expect(isPlaceholderEmail("lan_01@username.placeholder.invalid")).toBe(true);
    expect(isPlaceholderEmail("x@guest.placeholder.invalid")).toBe(true);
    expect(isPlaceholderEmail("co.ha@school.edu.vn")).toBe(false);
  });

  it("usernames: 3–30 letters without accents, digits, dots, underscores", () => {
    expect(LearnerSignUp.safeParse({ username: " lan.nguyen_2 ", password: "12345678" }).data?.username).toBe("lan.nguyen_2");
    const errors = (input: object) => {
      const r = LearnerSignUp.safeParse(input);
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(errors({ username: "lă", password: "12345678" })).toEqual({ username: "usernameLength" });
    expect(errors({ username: "lan nguyen", password: "12345678" })).toEqual({ username: "usernameCharacters" });
    expect(errors({ username: "lân", password: "1234567" })).toEqual({ username: "usernameCharacters", password: "passwordLength" });
    expect(errors({ username: "x".repeat(31), password: "p".repeat(129) })).toEqual({ username: "usernameLength", password: "passwordLength" });
  });

  it("an unknown time zone is dropped, not an error", () => {
    expect(LearnerSignUp.parse({ username: "lan", password: "12345678", timeZone: "Mars/Base" }).timeZone).toBeUndefined();
    expect(LearnerSignUp.parse({ username: "lan", password: "12345678", timeZone: "Asia/Ho_Chi_Minh" }).timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("teachers need a real email and a name", () => {
    const r = TeacherSignUp.safeParse({ email: "a@username.placeholder.invalid", name: " ", password: "12345678" });
    expect(r.success ? {} : fieldErrors(r.error)).toEqual({ email: "emailInvalid", name: "nameRequired" });
    expect(TeacherSignUp.safeParse({ email: "co.ha@school.edu.vn", name: "Cô Hà", password: "12345678" }).success).toBe(true);
  });

  it("sign-in needs both fields", () => {
    const r = SignIn.safeParse({ identifier: "  ", password: "" });
    expect(r.success ? {} : fieldErrors(r.error)).toEqual({ identifier: "identifierRequired", password: "passwordRequired" });
  });
});
