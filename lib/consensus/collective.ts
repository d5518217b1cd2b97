/**
 * A collaborative assessment seen as a whole: per question and per aspect, how the respondents answered,
 * next to the team's agreed (consensus) answer. Pure: no I/O. Built on summariseVotes, so a question's
 * median, spread and disagreement follow the same rules as live workshops.
 *
 * Per aspect we aggregate each respondent's own aspect LEVEL (scored from their responses with the
 * normal scoring rule), not the raw answers of every question pooled together. Why: a level is what
 * each person would have reported alone, so the aspect distribution reads "2 people see Adoption as
 * Operational, 1 as Scalable", and pooling would let one aspect with many questions outweigh people.
 * A respondent whose aspect is not assessed (no level chosen there) counts as a not-sure vote.
 */
import { discussionOrder, summariseVotes, type TVote, type TVoteSummary } from "@/lib/consensus/aggregate";
import type { TMaturityModel } from "@/lib/model/schema";
import { scoreAssessment } from "@/lib/scoring/score";

export type TResponseRow = Readonly<{
  userId: string;
  questionId: string;
  level: number | null;
  notSure: boolean;
}>;
export type TConsensusAnswer = Readonly<{
  questionId: string;
  level: number | null;
  notSure: boolean;
  notes: string;
  /** When it was last saved (ISO): the version a lead's edit must name (no last-writer-wins). */
  updatedAt?: string;
}>;

export type TQuestionConsensus = Readonly<{
  questionId: string;
  aspectId: string;
  prompt: string;
  summary: TVoteSummary;
  consensus: TConsensusAnswer | null;
  /** The agreed answer is not the median of the responses (a note should say why). */
  differsFromMedian: boolean;
}>;

export type TAspectConsensus = Readonly<{
  aspectId: string;
  aspectName: string;
  /** Distribution of the respondents' own aspect levels. */
  summary: TVoteSummary;
  questions: TQuestionConsensus[];
}>;

export type TConsensusReport = Readonly<{
  respondents: number;
  aspects: TAspectConsensus[];
  /** Questions with wide disagreement, most contested first. */
  topics: TQuestionConsensus[];
}>;

const levelsOf = (model: TMaturityModel) => model.levels.map((l) => l.level);

function groupByUser(responses: readonly TResponseRow[]): Map<string, TResponseRow[]> {
  const byUser = new Map<string, TResponseRow[]>();
  for (const row of responses) {
    if (row.level === null && !row.notSure) continue; // a cleared answer is no vote
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  }
  return byUser;
}

/** Votes on each question, keyed by question id (questions nobody answered are absent). */
export function votesByQuestion(responses: readonly TResponseRow[]): Map<string, TVote[]> {
  const votes = new Map<string, TVote[]>();
  for (const r of responses) {
    if (r.level === null && !r.notSure) continue; // a cleared answer is no vote
    votes.set(r.questionId, [...(votes.get(r.questionId) ?? []), { level: r.level, notSure: r.notSure }]);
  }
  return votes;
}

/**
 * Per aspect, one vote per respondent (anyone with at least one response): their own aspect level, or
 * not sure when their answers leave the aspect not assessed.
 */
export function aspectLevelVotes(
  model: TMaturityModel,
  responses: readonly TResponseRow[],
): Map<string, TVote[]> {
  const votes = new Map<string, TVote[]>(model.aspects.map((a) => [a.id, []]));
  for (const rows of groupByUser(responses).values()) {
    for (const aspect of scoreAssessment(model, rows).aspects) {
      votes
        .get(aspect.aspectId)
        ?.push(aspect.level === null ? { level: null, notSure: true } : { level: aspect.level });
    }
  }
  return votes;
}

/** Whether an agreed answer differs from the summary's median (not sure vs a level counts as different). */
export function differsFromMedian(
  summary: TVoteSummary,
  answer: Pick<TConsensusAnswer, "level" | "notSure"> | null,
): boolean {
  if (!answer) return false;
  if (summary.median === null) return !answer.notSure && answer.level !== null;
  return answer.notSure || answer.level !== summary.median;
}

/**
 * The answers to prefill when answering closes: each question's median, or "not sure" when every vote
 * on it was not sure. Questions nobody answered stay unanswered.
 */
export function medianAnswers(
  model: TMaturityModel,
  responses: readonly TResponseRow[],
): Array<{ questionId: string; level: number | null; notSure: boolean }> {
  const votes = votesByQuestion(responses);
  const levels = levelsOf(model);
  return model.aspects.flatMap((aspect) =>
    aspect.questions.flatMap((q): Array<{ questionId: string; level: number | null; notSure: boolean }> => {
      const summary = summariseVotes(votes.get(q.id) ?? [], levels);
      if (summary.median !== null) return [{ questionId: q.id, level: summary.median, notSure: false }];
      if (summary.notSure > 0) return [{ questionId: q.id, level: null, notSure: true }];
      return [];
    }),
  );
}

/** The full report: every aspect and question with its distribution and agreed answer, plus discussion topics. */
export function buildConsensusReport(
  model: TMaturityModel,
  responses: readonly TResponseRow[],
  consensus: readonly TConsensusAnswer[],
): TConsensusReport {
  const levels = levelsOf(model);
  const votes = votesByQuestion(responses);
  const aspectVotes = aspectLevelVotes(model, responses);
  const agreed = new Map(consensus.map((a) => [a.questionId, a]));
  const aspects = model.aspects.map((aspect) => ({
    aspectId: aspect.id,
    aspectName: aspect.name,
    summary: summariseVotes(aspectVotes.get(aspect.id) ?? [], levels),
    questions: aspect.questions.map((q) => {
      const summary = summariseVotes(votes.get(q.id) ?? [], levels);
      const answer = agreed.get(q.id) ?? null;
      return {
        questionId: q.id,
        aspectId: aspect.id,
        prompt: q.prompt,
        summary,
        consensus: answer,
        differsFromMedian: differsFromMedian(summary, answer),
      };
    }),
  }));
  const topics = discussionOrder(aspects.flatMap((a) => a.questions)).filter((q) => q.summary.disagreement);
  return { respondents: groupByUser(responses).size, aspects, topics };
}

/** The team's level per aspect from the agreed answers (the same scoring rule as a solo assessment). */
export function agreedAspectLevels(
  model: TMaturityModel,
  report: TConsensusReport,
): Record<string, number | null> {
  const answers = report.aspects.flatMap((a) =>
    a.questions.flatMap((q) => (q.consensus ? [q.consensus] : [])),
  );
  return Object.fromEntries(scoreAssessment(model, answers).aspects.map((a) => [a.aspectId, a.level]));
}
