import { forgetSession, recallSession, rememberSession, sessionCookieValue, sessionUserOf } from "@/lib/server/platform/session-memo";

const user = (id: string) => sessionUserOf({ id, name: `Name ${id}` });

describe("the verified-session memo", () => {
  it("reads the signed session cookie under either name", () => {
    expect(sessionCookieValue("a=1; songngu.session_token=tok.sig%3D; b=2")).toBe("tok.sig=");
    expect(sessionCookieValue("__Secure-songngu.session_token=tok.sig")).toBe("tok.sig");
    expect(sessionCookieValue("songngu.session_data=xyz")).toBeNull();
    expect(sessionCookieValue(null)).toBeNull();
  });

  it("remembers a verified cookie for 30 s at most, never past the session's expiry", () => {
    const t0 = 1_000_000;
    rememberSession("t1.sig", user("user-1"), t0 + 3_600_000, t0);
    expect(recallSession("t1.sig", t0 + 29_999)?.id).toBe("user-1");
    expect(recallSession("t1.sig", t0 + 30_000)).toBeNull();
    rememberSession("t2.sig", user("user-2"), t0 + 5_000, t0);
    expect(recallSession("t2.sig", t0 + 5_000)).toBeNull();
    // Only the exact signed value hits: a forged signature does not.
    expect(recallSession("t1.forged", t0)).toBeNull();
  });

  it("reads the library's user: role, guest, username as typed, time zone", () => {
    const library = { id: "u", name: "Lan", role: "teacher", isAnonymous: false, username: "lan", displayUsername: "Lan_99", timeZone: "Asia/Ho_Chi_Minh" };
    expect(sessionUserOf(library)).toEqual({ id: "u", name: "Lan", username: "lan", shownName: "Lan_99", role: "teacher", isGuest: false, timeZone: "Asia/Ho_Chi_Minh" });
    const guest = sessionUserOf({ id: "g", name: "Khách", isAnonymous: true, role: "admin" } as { id: string; name: string });
    expect(guest).toMatchObject({ role: "learner", isGuest: true, shownName: "Khách", username: null });
    expect(guest.timeZone).toMatch(/\//);
  });

  it("forgets a session by its bare token or its signed cookie", () => {
    rememberSession("t3.sig", user("user-3"), Date.now() + 60_000);
    rememberSession("t4.sig", user("user-4"), Date.now() + 60_000);
    forgetSession("t3");
    forgetSession("t4.sig");
    expect(recallSession("t3.sig")).toBeNull();
    expect(recallSession("t4.sig")).toBeNull();
  });
});
