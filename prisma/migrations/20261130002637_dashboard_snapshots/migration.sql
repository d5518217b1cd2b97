-- CreateTable
CREATE TABLE "dashboard_versions" (
    "organization_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "dashboard_versions_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "dashboard_snapshots" (
    "organization_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_snapshots_pkey" PRIMARY KEY ("organization_id","key")
);

-- AddForeignKey
ALTER TABLE "dashboard_versions" ADD CONSTRAINT "dashboard_versions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dashboard_snapshots" ADD CONSTRAINT "dashboard_snapshots_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Cached dashboard aggregates are valid for one version of the org's dashboard data. These triggers bump
-- the version in the same transaction as every change the aggregates read: the summary rows (kept by the
-- assessment triggers, so every submit, un-submit, delete and rescoring counts), teams (names, groups),
-- journeys and their targets (median targets). Statement-level with transition tables: one bump per
-- statement and org, whatever the number of rows. Orgs are locked in id order (no deadlock between two
-- statements bumping several orgs), and an org being deleted (cascades) is skipped.
CREATE FUNCTION dashboard_bump(p_orgs TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO dashboard_versions (organization_id, version)
  SELECT o.id, 1 FROM organizations o WHERE o.id = ANY(p_orgs) ORDER BY o.id
  ON CONFLICT (organization_id) DO UPDATE SET version = dashboard_versions.version + 1
$$;

CREATE FUNCTION dashboard_bump_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dashboard_bump(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dashboard_bump(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
  ELSE
    PERFORM dashboard_bump(ARRAY(SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_bump_journey_targets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dashboard_bump(ARRAY(SELECT DISTINCT j.organization_id FROM journeys j WHERE j.id IN (SELECT journey_id FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dashboard_bump(ARRAY(SELECT DISTINCT j.organization_id FROM journeys j WHERE j.id IN (SELECT journey_id FROM old_rows)));
  ELSE
    PERFORM dashboard_bump(ARRAY(SELECT DISTINCT j.organization_id FROM journeys j WHERE j.id IN (SELECT journey_id FROM new_rows UNION SELECT journey_id FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER team_latest_dashboard_ins AFTER INSERT ON "team_latest_assessments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER team_latest_dashboard_upd AFTER UPDATE ON "team_latest_assessments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER team_latest_dashboard_del AFTER DELETE ON "team_latest_assessments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();

CREATE TRIGGER team_quarter_dashboard_ins AFTER INSERT ON "team_quarter_assessments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER team_quarter_dashboard_upd AFTER UPDATE ON "team_quarter_assessments"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER team_quarter_dashboard_del AFTER DELETE ON "team_quarter_assessments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();

CREATE TRIGGER teams_dashboard_ins AFTER INSERT ON "teams"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER teams_dashboard_upd AFTER UPDATE ON "teams"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER teams_dashboard_del AFTER DELETE ON "teams"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();

CREATE TRIGGER journeys_dashboard_ins AFTER INSERT ON "journeys"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER journeys_dashboard_upd AFTER UPDATE ON "journeys"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();
CREATE TRIGGER journeys_dashboard_del AFTER DELETE ON "journeys"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_rows();

CREATE TRIGGER journey_targets_dashboard_ins AFTER INSERT ON "journey_targets"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_journey_targets();
CREATE TRIGGER journey_targets_dashboard_upd AFTER UPDATE ON "journey_targets"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_journey_targets();
CREATE TRIGGER journey_targets_dashboard_del AFTER DELETE ON "journey_targets"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_bump_journey_targets();
