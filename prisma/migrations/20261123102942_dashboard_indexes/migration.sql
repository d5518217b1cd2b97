-- CreateIndex
CREATE INDEX "assessments_organization_id_model_id_status_team_id_submitt_idx" ON "assessments"("organization_id", "model_id", "status", "team_id", "submitted_at" DESC);
