-- AlterTable
ALTER TABLE "dashboard_versions" ADD COLUMN "bumped_txid" BIGINT;

-- One bump per transaction and organization. Triggers that run a statement per assessment (the aspect
-- scores refresh of the summary) bumped the same row once per statement, tens of thousands of times in
-- one seed transaction; a transaction's first bump is enough, since all its changes commit together.
CREATE OR REPLACE FUNCTION dashboard_bump(p_orgs TEXT[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO dashboard_versions (organization_id, version, bumped_txid)
  SELECT o.id, 1, txid_current() FROM organizations o WHERE o.id = ANY(p_orgs) ORDER BY o.id
  ON CONFLICT (organization_id) DO UPDATE
    SET version = dashboard_versions.version + 1, bumped_txid = EXCLUDED.bumped_txid
    WHERE dashboard_versions.bumped_txid IS DISTINCT FROM EXCLUDED.bumped_txid
$$;
