-- CreateIndex
CREATE INDEX "entitlement_created_at_idx" ON "entitlement"("created_at");
