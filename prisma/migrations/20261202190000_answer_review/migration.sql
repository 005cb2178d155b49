-- Assignments: when learners see the right answers, and the retakes' questions.
ALTER TABLE "Assignment" ADD COLUMN "retakeQuestionIds" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Assignment" ADD COLUMN "reviewAnswers" TEXT NOT NULL DEFAULT 'last';
