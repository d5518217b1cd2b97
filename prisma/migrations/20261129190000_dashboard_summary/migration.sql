-- CreateTable
CREATE TABLE "team_latest_assessments" (
    "team_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "assessment_id" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "team_latest_assessments_pkey" PRIMARY KEY ("team_id","model_id")
);

-- CreateTable
CREATE TABLE "team_quarter_assessments" (
    "team_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "quarter" TIMESTAMP(3) NOT NULL,
    "organization_id" TEXT NOT NULL,
    "assessment_id" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "team_quarter_assessments_pkey" PRIMARY KEY ("team_id","model_id","quarter")
);

-- CreateIndex
CREATE INDEX "team_latest_assessments_organization_id_model_id_idx" ON "team_latest_assessments"("organization_id", "model_id");

-- CreateIndex
CREATE INDEX "team_latest_assessments_assessment_id_idx" ON "team_latest_assessments"("assessment_id");

-- CreateIndex
CREATE INDEX "team_quarter_assessments_organization_id_model_id_quarter_idx" ON "team_quarter_assessments"("organization_id", "model_id", "quarter");

-- CreateIndex
CREATE INDEX "team_quarter_assessments_assessment_id_idx" ON "team_quarter_assessments"("assessment_id");

-- AddForeignKey
ALTER TABLE "team_latest_assessments" ADD CONSTRAINT "team_latest_assessments_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_latest_assessments" ADD CONSTRAINT "team_latest_assessments_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_quarter_assessments" ADD CONSTRAINT "team_quarter_assessments_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_quarter_assessments" ADD CONSTRAINT "team_quarter_assessments_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Summary maintenance (not part of Prisma's schema diff). Function bodies are E'' strings with \x3B for
-- each semicolon: Prisma's pg adapter splits a migration on every semicolon, even inside quotes.
-- The summary rows are a max of (submitted_at, id) over SUBMITTED assessments per (team, model) and per (team, model, quarter).
-- A submit is a guarded upsert (commutative, so concurrent submits in any commit order end with the
-- true latest), and anything that removes or moves a submitted assessment recomputes its rows.
CREATE FUNCTION team_summary_recompute(p_team TEXT, p_model TEXT, p_quarter TIMESTAMP(3)) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM team_latest_assessments WHERE team_id = p_team AND model_id = p_model\x3B
  INSERT INTO team_latest_assessments (team_id, model_id, organization_id, assessment_id, submitted_at)
  SELECT a.team_id, a.model_id, a.organization_id, a.id, a.submitted_at
  FROM assessments a
  WHERE a.team_id = p_team AND a.model_id = p_model AND a.status = ''SUBMITTED'' AND a.submitted_at IS NOT NULL
    AND EXISTS (SELECT 1 FROM teams t WHERE t.id = p_team)
  ORDER BY a.submitted_at DESC, a.id DESC
  LIMIT 1\x3B
  DELETE FROM team_quarter_assessments WHERE team_id = p_team AND model_id = p_model AND quarter = p_quarter\x3B
  INSERT INTO team_quarter_assessments (team_id, model_id, quarter, organization_id, assessment_id, submitted_at)
  SELECT a.team_id, a.model_id, p_quarter, a.organization_id, a.id, a.submitted_at
  FROM assessments a
  WHERE a.team_id = p_team AND a.model_id = p_model AND a.status = ''SUBMITTED'' AND a.submitted_at IS NOT NULL
    AND date_trunc(''quarter'', a.submitted_at) = p_quarter
    AND EXISTS (SELECT 1 FROM teams t WHERE t.id = p_team)
  ORDER BY a.submitted_at DESC, a.id DESC
  LIMIT 1\x3B
END ';

CREATE FUNCTION team_summary_maintain() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD.status = ''SUBMITTED'' AND OLD.submitted_at IS NOT NULL AND (
      TG_OP = ''DELETE'' OR NEW.status <> ''SUBMITTED'' OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
      OR NEW.team_id <> OLD.team_id OR NEW.model_id <> OLD.model_id) THEN
    PERFORM team_summary_recompute(OLD.team_id, OLD.model_id, date_trunc(''quarter'', OLD.submitted_at))\x3B
  END IF\x3B
  IF TG_OP <> ''DELETE'' AND NEW.status = ''SUBMITTED'' AND NEW.submitted_at IS NOT NULL THEN
    INSERT INTO team_latest_assessments AS s (team_id, model_id, organization_id, assessment_id, submitted_at)
    VALUES (NEW.team_id, NEW.model_id, NEW.organization_id, NEW.id, NEW.submitted_at)
    ON CONFLICT (team_id, model_id) DO UPDATE
      SET organization_id = EXCLUDED.organization_id, assessment_id = EXCLUDED.assessment_id,
          submitted_at = EXCLUDED.submitted_at
      WHERE (EXCLUDED.submitted_at, EXCLUDED.assessment_id) > (s.submitted_at, s.assessment_id)\x3B
    INSERT INTO team_quarter_assessments AS s (team_id, model_id, quarter, organization_id, assessment_id, submitted_at)
    VALUES (NEW.team_id, NEW.model_id, date_trunc(''quarter'', NEW.submitted_at), NEW.organization_id, NEW.id, NEW.submitted_at)
    ON CONFLICT (team_id, model_id, quarter) DO UPDATE
      SET organization_id = EXCLUDED.organization_id, assessment_id = EXCLUDED.assessment_id,
          submitted_at = EXCLUDED.submitted_at
      WHERE (EXCLUDED.submitted_at, EXCLUDED.assessment_id) > (s.submitted_at, s.assessment_id)\x3B
  END IF\x3B
  RETURN NULL\x3B
END ';

-- Autosave's UPDATE touches only updated_at, so these triggers never fire for it.
CREATE TRIGGER assessments_summary_insert AFTER INSERT ON "assessments"
  FOR EACH ROW WHEN (NEW.status = 'SUBMITTED') EXECUTE FUNCTION team_summary_maintain();
CREATE TRIGGER assessments_summary_update AFTER UPDATE OF status, submitted_at, team_id, model_id ON "assessments"
  FOR EACH ROW WHEN (NEW.status = 'SUBMITTED' OR OLD.status = 'SUBMITTED') EXECUTE FUNCTION team_summary_maintain();
CREATE TRIGGER assessments_summary_delete AFTER DELETE ON "assessments"
  FOR EACH ROW WHEN (OLD.status = 'SUBMITTED') EXECUTE FUNCTION team_summary_maintain();

-- Backfill.
INSERT INTO team_latest_assessments (team_id, model_id, organization_id, assessment_id, submitted_at)
SELECT DISTINCT ON (team_id, model_id) team_id, model_id, organization_id, id, submitted_at
FROM assessments WHERE status = 'SUBMITTED' AND submitted_at IS NOT NULL
ORDER BY team_id, model_id, submitted_at DESC, id DESC;

INSERT INTO team_quarter_assessments (team_id, model_id, quarter, organization_id, assessment_id, submitted_at)
SELECT DISTINCT ON (team_id, model_id, date_trunc('quarter', submitted_at))
  team_id, model_id, date_trunc('quarter', submitted_at), organization_id, id, submitted_at
FROM assessments WHERE status = 'SUBMITTED' AND submitted_at IS NOT NULL
ORDER BY team_id, model_id, date_trunc('quarter', submitted_at), submitted_at DESC, id DESC;
