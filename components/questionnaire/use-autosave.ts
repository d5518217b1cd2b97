"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { EMPTY_ANSWER, type TAnswerState, type TSaveStatus } from "./types";

const MAX_BACKOFF_MS = 30_000;

type TQueueEntry = {
  inFlight: boolean;
  pending: TAnswerState | null;
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
};

/**
 * Autosave of questionnaire answers. Local state changes at once; each question has at most one
 * request in flight and only its latest state is sent next (saves are idempotent upserts, so a retry
 * is harmless). Network and 5xx failures retry with backoff; 4xx answers are shown, not retried.
 */
export function useAutosave(endpoint: string, initial: Record<string, TAnswerState>) {
  const [answers, setAnswers] = useState(initial);
  const answersRef = useRef(initial);
  const [status, setStatus] = useState<Record<string, TSaveStatus>>({});
  const queue = useRef(new Map<string, TQueueEntry>());
  // Questions changed locally but not yet handed to a request (typing waits for a pause): state, not a
  // ref read during render, so `isDirty` re-renders when it changes.
  const [unsent, setUnsent] = useState<Readonly<Record<string, boolean>>>({});
  const markUnsent = useCallback((questionId: string, isUnsent: boolean) => {
    setUnsent((prev) =>
      Boolean(prev[questionId]) === isUnsent ? prev : { ...prev, [questionId]: isUnsent },
    );
  }, []);

  const setQuestionStatus = useCallback((questionId: string, next: TSaveStatus) => {
    setStatus((prev) => ({ ...prev, [questionId]: next }));
  }, []);

  // A named function so a retry can schedule the same function again.
  const send = useMemo(() => {
    async function sendQuestion(questionId: string): Promise<void> {
      const entry = queue.current.get(questionId);
      if (!entry || entry.inFlight || !entry.pending) return;
      const body = entry.pending;
      entry.pending = null;
      markUnsent(questionId, false);
      entry.inFlight = true;
      setQuestionStatus(questionId, { state: "saving" });
      let retry = false;
      try {
        const response = await fetch(endpoint, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ questionId, ...body }),
        });
        if (response.ok) {
          entry.attempt = 0;
          if (!entry.pending) setQuestionStatus(questionId, { state: "saved" });
        } else if (response.status >= 500 || response.status === 429) {
          retry = true;
        } else {
          const payload = (await response.json().catch(() => null)) as {
            error?: { message?: string };
          } | null;
          setQuestionStatus(questionId, {
            state: "error",
            message: payload?.error?.message ?? `Not saved (HTTP ${response.status}).`,
          });
        }
      } catch {
        retry = true;
      } finally {
        entry.inFlight = false;
      }
      if (retry) {
        entry.pending ??= body;
        entry.attempt += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** entry.attempt);
        setQuestionStatus(questionId, {
          state: "retrying",
          message: `Not saved yet, retrying in ${Math.round(delay / 1000)} s…`,
        });
        entry.timer = setTimeout(() => void sendQuestion(questionId), delay);
      } else if (entry.pending) {
        void sendQuestion(questionId);
      }
    }
    return sendQuestion;
  }, [endpoint, setQuestionStatus, markUnsent]);

  const update = useCallback(
    (questionId: string, patch: Partial<TAnswerState>, { immediate = true } = {}) => {
      const next = { ...(answersRef.current[questionId] ?? EMPTY_ANSWER), ...patch };
      answersRef.current = { ...answersRef.current, [questionId]: next };
      setAnswers(answersRef.current);
      const entry = queue.current.get(questionId) ?? { inFlight: false, pending: null, attempt: 0 };
      entry.pending = next;
      queue.current.set(questionId, entry);
      markUnsent(questionId, true);
      if (entry.timer) clearTimeout(entry.timer);
      // Choices save at once; typing (notes, links) waits for a pause.
      entry.timer = setTimeout(() => void send(questionId), immediate ? 0 : 700);
    },
    [send, markUnsent],
  );

  const isDirty =
    Object.values(status).some((s) => s.state === "saving" || s.state === "retrying") ||
    Object.values(unsent).some(Boolean);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if ([...queue.current.values()].some((e) => e.pending || e.inFlight)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { answers, status, update, isDirty };
}
