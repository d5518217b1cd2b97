-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "audit_retention_days" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT,
    "actor_user_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "target_label" TEXT,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "user_agent" TEXT,
    "request_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_events_organization_id_occurred_at_idx" ON "audit_events"("organization_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_organization_id_action_occurred_at_idx" ON "audit_events"("organization_id", "action", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_organization_id_actor_user_id_occurred_at_idx" ON "audit_events"("organization_id", "actor_user_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"("occurred_at");

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Append-only: UPDATE and TRUNCATE are always refused. DELETE is allowed only for a row that is past its
-- organization's retention (what the prune job deletes; 365 days for rows without an organization) or
-- whose organization no longer exists (the ON DELETE CASCADE of an organization's deletion).
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  retention_days integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."organization_id" IS NULL THEN
      retention_days := 365;
    ELSE
      SELECT o."audit_retention_days" INTO retention_days FROM "organizations" o WHERE o."id" = OLD."organization_id";
      IF NOT FOUND THEN
        RETURN OLD;
      END IF;
    END IF;
    IF OLD."occurred_at" < (now() AT TIME ZONE 'UTC') - make_interval(days => retention_days) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: only rows past their retention can be deleted'
      USING ERRCODE = 'P0001';
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER "audit_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();
