-- Why an editor dismissed a flag (issue 11 item 4: one flag, one triage state).
ALTER TABLE "QuantityGroup" ADD COLUMN "decisionReason" TEXT;
