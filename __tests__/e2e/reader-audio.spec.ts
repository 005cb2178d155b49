import { expect, test, type Page } from "@playwright/test";
import { backgroundOf, openReader, sentence, TRANSPARENT } from "./helpers/reader";

type Spoken = { text: string; lang: string; rate: number; voice: string | null };

/** Replaces the browser's speech synthesis with a recorder that has an English voice and no
 * Vietnamese one. An utterance "ends" when the test calls window.__finishUtterance(). */
async function fakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: unknown[] = [];
    (window as unknown as { __spoken: unknown[] }).__spoken = spoken;
    const voices = [{ lang: "en-US", name: "Test English", localService: true, default: true, voiceURI: "test-en" }];
    class FakeUtterance {
      text: string;
      lang = "";
      rate = 1;
      voice: { name: string } | null = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      speaking: false,
      paused: false,
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      cancel: () => {},
      pause: () => {},
      resume: () => {},
      speak(u: FakeUtterance) {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
        (window as unknown as { __finishUtterance: () => void }).__finishUtterance = () => u.onend?.();
        setTimeout(() => u.onstart?.(), 10);
      },
    };
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());

test.describe("read-aloud", () => {
  test("reads the article one sentence per utterance, in English, highlighting each sentence", async ({ page }) => {
    await fakeSpeech(page);
    await openReader(page);
    await page.getByRole("button", { name: "Nghe" }).click();
    await page.getByLabel("Tốc độ").selectOption("0.75");
    await page.getByRole("button", { name: "Đọc cả bài" }).click();
    await expect.poll(() => backgroundOf(sentence(page, "p1-s1", "en"))).not.toBe(TRANSPARENT);
    await finishUtterance(page);
    await expect.poll(() => backgroundOf(sentence(page, "p1-s2", "en"))).not.toBe(TRANSPARENT);
    await expect.poll(() => backgroundOf(sentence(page, "p1-s1", "en"))).toBe(TRANSPARENT);
    await finishUtterance(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    const [first, second] = await spoken(page);
    expect(first).toEqual({
      text: "China now accounts for as much as 40% of the world's research and inventions related to artificial intelligence (AI), a testament to the country's rising position in the technology race.",
      lang: "en-US",
      rate: 0.75,
      voice: "Test English",
    });
    expect(second?.text).toMatch(/^Asserting its leading role/);
    await page.getByRole("button", { name: "Tạm dừng" }).click();
    await expect(page.getByRole("button", { name: "Đọc tiếp" })).toBeVisible();
  });

  test("reads one selected sentence, and says when a language has no voice", async ({ page }) => {
    await fakeSpeech(page);
    await openReader(page);
    await page.getByRole("button", { name: "Nghe" }).click();
    await sentence(page, "p5-s2", "vi").click();
    await page.getByLabel("Đọc bằng").selectOption("both");
    await page.getByRole("button", { name: "Đọc câu đang chọn" }).click();
    await expect.poll(async () => (await spoken(page)).map((s) => [s.lang, s.text])).toEqual([
      ["en-US", "He also put forward three major proposals to advance AI development worldwide:"],
    ]);
    await expect(page.locator('[data-no-voice="vi"]')).toContainText("chưa có giọng đọc tiếng Việt");
    await expect(page.locator('[data-no-voice="en"]')).toHaveCount(0);
  });

  test("on a device with no voices at all, it says so for the chosen language", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, "getVoices", { value: () => [], configurable: true });
    });
    await openReader(page, "en");
    await page.getByRole("button", { name: "Listen" }).click();
    await expect(page.locator('[data-no-voice="vi"]')).toContainText("This device has no Vietnamese voice");
  });
});
