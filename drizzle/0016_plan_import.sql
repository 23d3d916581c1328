CREATE TABLE "plan_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"blocks" jsonb NOT NULL,
	CONSTRAINT "plan_documents_format_known" CHECK ("plan_documents"."format" in ('docx', 'pdf', 'text')),
	CONSTRAINT "plan_documents_size_positive" CHECK ("plan_documents"."byte_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "import_flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "import_flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "import_flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "imported_from" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "import_flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;