"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { pickVoice, SPEECH_LANG } from "@/lib/reading/voices";

/** One utterance: a sentence in one language. */
export type SpeechItem = { sentenceId: string; text: string; lang: "vi" | "en" };

/** How long to wait for the browser to list its voices before saying one is missing. */
const VOICE_WAIT_MS = 1500;
/** Chrome's online "Google …" voices stop after about 15 s unless nudged. */
const KEEP_ALIVE_MS = 10_000;

/**
 * Read-aloud with the browser's speech synthesis: one utterance per sentence (long ones get
 * cut off otherwise, and it lets the reader highlight the sentence being read), each with
 * its language and, when the device has one, a matching voice.
 */
const noSubscription = () => () => {};

export function useSpeech() {
  const supported = useSyncExternalStore(noSubscription, () => "speechSynthesis" in window, () => false);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [voicesReady, setVoicesReady] = useState(false);
  const [speakingId, setSpeakingId] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const run = useRef(0);

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const synth = window.speechSynthesis;
    const load = () => {
      const list = synth.getVoices();
      setVoices(list);
      if (list.length > 0) setVoicesReady(true);
    };
    load();
    synth.addEventListener("voiceschanged", load);
    const timer = window.setTimeout(() => setVoicesReady(true), VOICE_WAIT_MS);
    return () => {
      synth.removeEventListener("voiceschanged", load);
      window.clearTimeout(timer);
      synth.cancel();
    };
  }, []);

  const hasVoice = useCallback((lang: "vi" | "en") => pickVoice(voices, lang) !== null, [voices]);

  const stop = useCallback(() => {
    run.current++;
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    setPlaying(false);
    setSpeakingId(null);
  }, []);

  /** Speaks the items in order, skipping languages the device has no voice for. */
  const play = useCallback(
    (items: SpeechItem[], rate: number, onFinished?: () => void) => {
      if (!("speechSynthesis" in window)) return;
      const synth = window.speechSynthesis;
      synth.cancel();
      const token = ++run.current;
      setPlaying(true);
      let currentVoice: SpeechSynthesisVoice | null = null;
      const keepAlive = window.setInterval(() => {
        if (synth.speaking && !synth.paused && currentVoice?.name.startsWith("Google")) {
          synth.pause();
          synth.resume();
        }
      }, KEEP_ALIVE_MS);
      const finish = () => {
        window.clearInterval(keepAlive);
        if (token !== run.current) return;
        setPlaying(false);
        setSpeakingId(null);
        onFinished?.();
      };
      const speakFrom = (index: number) => {
        if (token !== run.current) return;
        const item = items[index];
        if (!item) return finish();
        const voice = pickVoice(voices, item.lang);
        if (!voice) return speakFrom(index + 1);
        currentVoice = voice;
        const utterance = new SpeechSynthesisUtterance(item.text);
        utterance.lang = SPEECH_LANG[item.lang];
        utterance.voice = voice;
        utterance.rate = rate;
        utterance.onstart = () => {
          if (token === run.current) setSpeakingId(item.sentenceId);
        };
        utterance.onend = () => speakFrom(index + 1);
        utterance.onerror = (event) => {
          if (event.error !== "interrupted" && event.error !== "canceled") speakFrom(index + 1);
        };
        synth.speak(utterance);
      };
      speakFrom(0);
    },
    [voices],
  );

  return { supported, voicesReady, hasVoice, play, stop, playing, speakingId };
}
