import { pickVoice } from "@/lib/reading/voices";

const voice = (lang: string, name: string, localService = false, isDefault = false) => ({ lang, name, localService, default: isDefault });

describe("pickVoice", () => {
  it("finds no Vietnamese voice on a device without one", () => {
    expect(pickVoice([voice("en-US", "Google US English"), voice("fr-FR", "Thomas")], "vi")).toBeNull();
  });

  it("prefers the exact regional tag, then a voice installed on the device", () => {
    const voices = [voice("en-GB", "Daniel", true), voice("en-US", "Google US English"), voice("en-US", "Samantha", true)];
    expect(pickVoice(voices, "en")?.name).toBe("Samantha");
    expect(pickVoice([voice("vi_VN", "Linh", true), voice("vi", "Other")], "vi")?.name).toBe("Linh");
  });

  it("does not take a language whose code merely starts with the same letters", () => {
    expect(pickVoice([voice("vec-IT", "Veneto")], "vi")).toBeNull();
  });
});
