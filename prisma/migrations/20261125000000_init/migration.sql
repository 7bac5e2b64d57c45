-- Initial schema. Hand-written to match prisma/schema.prisma; the drift test
-- compares the migrated database with the generated client's data model.

CREATE TYPE "ChatPlatform" AS ENUM ('slack', 'telegram', 'console');
CREATE TYPE "AccountProvider" AS ENUM ('gmail', 'outlook', 'google_calendar', 'outlook_calendar', 'weather', 'local');
CREATE TYPE "AccountStatus" AS ENUM ('active', 'needs_reconnect', 'error', 'disconnected');
CREATE TYPE "ItemKind" AS ENUM ('email', 'event', 'forecast');
CREATE TYPE "ProposalKind" AS ENUM ('create_email_draft', 'create_calendar_event', 'update_calendar_event', 'delete_calendar_event', 'create_reminder_event');
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'approved', 'executing', 'executed', 'failed', 'rejected', 'expired');
CREATE TYPE "RiskLevel" AS ENUM ('low', 'medium', 'high');
CREATE TYPE "RunStatus" AS ENUM ('running', 'succeeded', 'partial', 'failed');
CREATE TYPE "AgentRunStatus" AS ENUM ('ok', 'fallback', 'error', 'skipped');

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "display_name" TEXT NOT NULL,
    "email" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "workday_start" TEXT NOT NULL DEFAULT '09:00',
    "workday_end" TEXT NOT NULL DEFAULT '17:30',
    "workdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "location" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "chat_identities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "platform" "ChatPlatform" NOT NULL,
    "external_user_id" TEXT NOT NULL,
    "chat_id" TEXT,
    "workspace_id" TEXT NOT NULL DEFAULT '',
    "display_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "chat_identities_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "chat_identities_platform_workspace_id_external_user_id_key" ON "chat_identities"("platform", "workspace_id", "external_user_id");
CREATE INDEX "chat_identities_user_id_idx" ON "chat_identities"("user_id");

CREATE TABLE "connected_accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "provider" "AccountProvider" NOT NULL,
    "label" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "encrypted_tokens" TEXT,
    "status" "AccountStatus" NOT NULL DEFAULT 'active',
    "sync_cursor" TEXT,
    "last_sync_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "last_sync_error" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "connected_accounts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "connected_accounts_user_id_provider_label_key" ON "connected_accounts"("user_id", "provider", "label");

CREATE TABLE "items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "external_id" TEXT NOT NULL,
    "thread_id" TEXT,
    "from_address" TEXT,
    "from_name" TEXT,
    "reply_to" TEXT,
    "to_addresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cc_addresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "subject" TEXT NOT NULL DEFAULT '',
    "snippet" TEXT NOT NULL DEFAULT '',
    "body_text" TEXT NOT NULL DEFAULT '',
    "body_truncated" BOOLEAN NOT NULL DEFAULT false,
    "received_at" TIMESTAMPTZ(3),
    "start_at" TIMESTAMPTZ(3),
    "end_at" TIMESTAMPTZ(3),
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "location" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "links" JSONB NOT NULL DEFAULT '[]',
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "data" JSONB NOT NULL DEFAULT '{}',
    "calendar_part" TEXT,
    "content_hash" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "items_account_id_external_id_key" ON "items"("account_id", "external_id");
CREATE INDEX "items_user_id_kind_received_at_idx" ON "items"("user_id", "kind", "received_at");
CREATE INDEX "items_user_id_kind_start_at_idx" ON "items"("user_id", "kind", "start_at");

CREATE TABLE "item_agent_metadata" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "category" TEXT,
    "importance" INTEGER,
    "needs_reply" BOOLEAN NOT NULL DEFAULT false,
    "action_type" TEXT,
    "due_at" TIMESTAMPTZ(3),
    "is_scam" BOOLEAN NOT NULL DEFAULT false,
    "risk_level" "RiskLevel" NOT NULL DEFAULT 'low',
    "risk_reasons" JSONB NOT NULL DEFAULT '[]',
    "summary" TEXT,
    "bullets" JSONB NOT NULL DEFAULT '[]',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "produced_by" JSONB NOT NULL DEFAULT '{}',
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "item_agent_metadata_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "item_agent_metadata_item_id_key" ON "item_agent_metadata"("item_id");

CREATE TABLE "action_proposals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "item_id" UUID,
    "kind" "ProposalKind" NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "risk_level" "RiskLevel" NOT NULL DEFAULT 'low',
    "risk_reasons" JSONB NOT NULL DEFAULT '[]',
    "title" TEXT NOT NULL,
    "agent" TEXT NOT NULL,
    "run_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "idempotency_key" TEXT NOT NULL,
    "chat_messages" JSONB NOT NULL DEFAULT '[]',
    "result" JSONB,
    "error" TEXT,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "executed_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "action_proposals_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "action_proposals_idempotency_key_key" ON "action_proposals"("idempotency_key");
CREATE INDEX "action_proposals_user_id_status_idx" ON "action_proposals"("user_id", "status");

CREATE TABLE "execution_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "proposal_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "action" "ProposalKind" NOT NULL,
    "provider" TEXT NOT NULL,
    "request_summary" JSONB NOT NULL DEFAULT '{}',
    "response_status" INTEGER,
    "provider_error" TEXT,
    "outcome" TEXT NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "execution_logs_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "execution_logs_proposal_id_idx" ON "execution_logs"("proposal_id");

CREATE TABLE "user_preferences" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'user',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "user_preferences_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "user_preferences_user_id_key_key" ON "user_preferences"("user_id", "key");

CREATE TABLE "preference_signals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "proposal_id" UUID,
    "item_id" UUID,
    "signal" TEXT NOT NULL,
    "context" JSONB NOT NULL DEFAULT '{}',
    "reason" TEXT,
    "diff" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "preference_signals_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "preference_signals_user_id_created_at_idx" ON "preference_signals"("user_id", "created_at");

CREATE TABLE "orchestrator_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "intent" TEXT NOT NULL,
    "input" JSONB NOT NULL DEFAULT '{}',
    "status" "RunStatus" NOT NULL DEFAULT 'running',
    "mode" TEXT NOT NULL,
    "summary" TEXT,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "orchestrator_runs_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "orchestrator_runs_user_id_started_at_idx" ON "orchestrator_runs"("user_id", "started_at");

CREATE TABLE "agent_run_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "run_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "agent" TEXT NOT NULL,
    "status" "AgentRunStatus" NOT NULL,
    "mode" TEXT NOT NULL,
    "items_in" INTEGER NOT NULL DEFAULT 0,
    "proposals_out" INTEGER NOT NULL DEFAULT 0,
    "prompt_tokens" INTEGER NOT NULL DEFAULT 0,
    "completion_tokens" INTEGER NOT NULL DEFAULT 0,
    "llm_calls" INTEGER NOT NULL DEFAULT 0,
    "latency_ms" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "agent_run_logs_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "agent_run_logs_run_id_idx" ON "agent_run_logs"("run_id");

CREATE TABLE "daily_plans" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "run_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "daily_plans_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "daily_plans_user_id_date_key" ON "daily_plans"("user_id", "date");

ALTER TABLE "chat_identities" ADD CONSTRAINT "chat_identities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "connected_accounts" ADD CONSTRAINT "connected_accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "items" ADD CONSTRAINT "items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "items" ADD CONSTRAINT "items_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "connected_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "item_agent_metadata" ADD CONSTRAINT "item_agent_metadata_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "action_proposals" ADD CONSTRAINT "action_proposals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "action_proposals" ADD CONSTRAINT "action_proposals_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "execution_logs" ADD CONSTRAINT "execution_logs_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "action_proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "preference_signals" ADD CONSTRAINT "preference_signals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "preference_signals" ADD CONSTRAINT "preference_signals_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "action_proposals"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "orchestrator_runs" ADD CONSTRAINT "orchestrator_runs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agent_run_logs" ADD CONSTRAINT "agent_run_logs_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "orchestrator_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agent_run_logs" ADD CONSTRAINT "agent_run_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "daily_plans" ADD CONSTRAINT "daily_plans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
