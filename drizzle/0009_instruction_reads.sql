CREATE TABLE "instruction_reads" (
	"instruction_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"read_by" integer NOT NULL,
	CONSTRAINT "instruction_reads_instruction_id_department_id_pk" PRIMARY KEY("instruction_id","department_id")
);
--> statement-breakpoint
ALTER TABLE "instructions" DROP CONSTRAINT "instructions_read_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "instruction_reads" ADD CONSTRAINT "instruction_reads_instruction_id_instructions_id_fk" FOREIGN KEY ("instruction_id") REFERENCES "public"."instructions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruction_reads" ADD CONSTRAINT "instruction_reads_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruction_reads" ADD CONSTRAINT "instruction_reads_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "instruction_reads" ("instruction_id", "department_id", "read_at", "read_by")
SELECT i."id", u."department_id", i."read_at", i."read_by" FROM "instructions" i JOIN "users" u ON u."id" = i."read_by"
WHERE i."read_at" IS NOT NULL AND u."department_id" IS NOT NULL ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "instructions" DROP COLUMN "read_at";--> statement-breakpoint
ALTER TABLE "instructions" DROP COLUMN "read_by";