-- AlterTable
ALTER TABLE "team_latest_assessments" ADD COLUMN     "aspects" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "team_quarter_assessments" ADD COLUMN     "aspects" JSONB NOT NULL DEFAULT '{}';

-- Each summary row carries its assessment's aspect levels and scores ({aspectId: [level, score]}), so the
-- dashboards read one org's summary rows and never join (or scan) aspect_scores. Not part of Prisma's
-- schema diff. Function bodies are E'' strings with \x3B for each semicolon (see 20261129190000).
CREATE FUNCTION assessment_aspects_json(p_assessment TEXT) RETURNS jsonb
LANGUAGE sql STABLE AS E'
  SELECT COALESCE(jsonb_object_agg(s.aspect_id, jsonb_build_array(s.level, s.score)), ''{}''::jsonb)
  FROM aspect_scores s WHERE s.assessment_id = p_assessment
';

CREATE OR REPLACE FUNCTION team_summary_recompute(p_team TEXT, p_model TEXT, p_quarter TIMESTAMP(3)) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM team_latest_assessments WHERE team_id = p_team AND model_id = p_model\x3B
  INSERT INTO team_latest_assessments (team_id, model_id, organization_id, assessment_id, submitted_at, aspects)
  SELECT a.team_id, a.model_id, a.organization_id, a.id, a.submitted_at, assessment_aspects_json(a.id)
  FROM assessments a
  WHERE a.team_id = p_team AND a.model_id = p_model AND a.status = ''SUBMITTED'' AND a.submitted_at IS NOT NULL
    AND EXISTS (SELECT 1 FROM teams t WHERE t.id = p_team)
  ORDER BY a.submitted_at DESC, a.id DESC
  LIMIT 1\x3B
  DELETE FROM team_quarter_assessments WHERE team_id = p_team AND model_id = p_model AND quarter = p_quarter\x3B
  INSERT INTO team_quarter_assessments (team_id, model_id, quarter, organization_id, assessment_id, submitted_at, aspects)
  SELECT a.team_id, a.model_id, p_quarter, a.organization_id, a.id, a.submitted_at, assessment_aspects_json(a.id)
  FROM assessments a
  WHERE a.team_id = p_team AND a.model_id = p_model AND a.status = ''SUBMITTED'' AND a.submitted_at IS NOT NULL
    AND date_trunc(''quarter'', a.submitted_at) = p_quarter
    AND EXISTS (SELECT 1 FROM teams t WHERE t.id = p_team)
  ORDER BY a.submitted_at DESC, a.id DESC
  LIMIT 1\x3B
END ';

CREATE OR REPLACE FUNCTION team_summary_maintain() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD.status = ''SUBMITTED'' AND OLD.submitted_at IS NOT NULL AND (
      TG_OP = ''DELETE'' OR NEW.status <> ''SUBMITTED'' OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
      OR NEW.team_id <> OLD.team_id OR NEW.model_id <> OLD.model_id) THEN
    PERFORM team_summary_recompute(OLD.team_id, OLD.model_id, date_trunc(''quarter'', OLD.submitted_at))\x3B
  END IF\x3B
  IF TG_OP <> ''DELETE'' AND NEW.status = ''SUBMITTED'' AND NEW.submitted_at IS NOT NULL THEN
    INSERT INTO team_latest_assessments AS s (team_id, model_id, organization_id, assessment_id, submitted_at, aspects)
    VALUES (NEW.team_id, NEW.model_id, NEW.organization_id, NEW.id, NEW.submitted_at, assessment_aspects_json(NEW.id))
    ON CONFLICT (team_id, model_id) DO UPDATE
      SET organization_id = EXCLUDED.organization_id, assessment_id = EXCLUDED.assessment_id,
          submitted_at = EXCLUDED.submitted_at, aspects = EXCLUDED.aspects
      WHERE (EXCLUDED.submitted_at, EXCLUDED.assessment_id) > (s.submitted_at, s.assessment_id)\x3B
    INSERT INTO team_quarter_assessments AS s (team_id, model_id, quarter, organization_id, assessment_id, submitted_at, aspects)
    VALUES (NEW.team_id, NEW.model_id, date_trunc(''quarter'', NEW.submitted_at), NEW.organization_id, NEW.id, NEW.submitted_at, assessment_aspects_json(NEW.id))
    ON CONFLICT (team_id, model_id, quarter) DO UPDATE
      SET organization_id = EXCLUDED.organization_id, assessment_id = EXCLUDED.assessment_id,
          submitted_at = EXCLUDED.submitted_at, aspects = EXCLUDED.aspects
      WHERE (EXCLUDED.submitted_at, EXCLUDED.assessment_id) > (s.submitted_at, s.assessment_id)\x3B
  END IF\x3B
  RETURN NULL\x3B
END ';

-- Aspect scores written after the assessment was submitted (seeds, fixtures, any later correction) refresh
-- the summary rows that point at that assessment. A submit writes its scores first, so this matches no row.
CREATE FUNCTION team_summary_aspects_refresh(p_assessment TEXT) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE team_latest_assessments SET aspects = assessment_aspects_json(p_assessment) WHERE assessment_id = p_assessment\x3B
  UPDATE team_quarter_assessments SET aspects = assessment_aspects_json(p_assessment) WHERE assessment_id = p_assessment\x3B
END ';

CREATE FUNCTION team_summary_aspects_maintain() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM team_summary_aspects_refresh(id) FROM (SELECT DISTINCT assessment_id AS id FROM new_rows) x\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM team_summary_aspects_refresh(id) FROM (SELECT DISTINCT assessment_id AS id FROM old_rows) x\x3B
  ELSE
    PERFORM team_summary_aspects_refresh(id)
    FROM (SELECT assessment_id AS id FROM new_rows UNION SELECT assessment_id FROM old_rows) x\x3B
  END IF\x3B
  RETURN NULL\x3B
END ';

CREATE TRIGGER aspect_scores_summary_insert AFTER INSERT ON "aspect_scores"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_summary_aspects_maintain();
CREATE TRIGGER aspect_scores_summary_update AFTER UPDATE ON "aspect_scores"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_summary_aspects_maintain();
CREATE TRIGGER aspect_scores_summary_delete AFTER DELETE ON "aspect_scores"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION team_summary_aspects_maintain();

-- Backfill.
UPDATE team_latest_assessments SET aspects = assessment_aspects_json(assessment_id);
UPDATE team_quarter_assessments SET aspects = assessment_aspects_json(assessment_id);
