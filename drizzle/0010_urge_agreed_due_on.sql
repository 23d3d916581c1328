ALTER TABLE "urge_notices" ADD COLUMN "agreed_due_on" date;--> statement-breakpoint
UPDATE "urge_notices" SET "agreed_due_on" = "due_on" WHERE "agreed_due_on" IS NULL AND "escalations" = 0;