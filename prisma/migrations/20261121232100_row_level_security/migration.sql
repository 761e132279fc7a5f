-- Row-level security, the app role, and the append-only audit trail.
--
-- The app connects as `switchboard_app`: not a superuser, no BYPASSRLS, no table
-- ownership. Each transaction sets app.organization_id (and friends) with
-- set_config(..., true); without them a tenant table shows no rows at all.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'switchboard_app') THEN
    CREATE ROLE switchboard_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO switchboard_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, organizations, memberships, invitations, clients, outbox_emails, rate_limits TO switchboard_app;
-- The audit trail is append-only for the app, and for everyone else through the trigger below.
GRANT SELECT, INSERT ON audit_events TO switchboard_app;

CREATE FUNCTION app_setting(name text) RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting(name, true), '') $$;

-- organizations: the current agency, and every agency the current user belongs to (switcher).
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_tenant ON organizations
  USING (
    id = app_setting('app.organization_id')
    OR id IN (SELECT organization_id FROM memberships WHERE user_id = app_setting('app.user_id'))
  )
  WITH CHECK (id = app_setting('app.organization_id'));

-- memberships: the current agency's, plus the current user's own in any agency (read only).
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_tenant ON memberships
  USING (organization_id = app_setting('app.organization_id') OR user_id = app_setting('app.user_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));

-- users: global, but visible only to themselves, to colleagues in the current agency, and to
-- the sign-in/sign-up flow for the one email it is looking up.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_visible ON users
  USING (
    id = app_setting('app.user_id')
    OR lower(email) = app_setting('app.login_email')
    OR id IN (SELECT user_id FROM memberships WHERE organization_id = app_setting('app.organization_id'))
  )
  WITH CHECK (id = app_setting('app.user_id') OR lower(email) = app_setting('app.login_email'));

-- invitations: the current agency's, or the one whose token the visitor holds.
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_tenant ON invitations
  USING (organization_id = app_setting('app.organization_id') OR token_hash = app_setting('app.invitation_token_hash'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));

ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE clients FORCE ROW LEVEL SECURITY;
CREATE POLICY clients_tenant ON clients
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_tenant ON audit_events
  USING (organization_id = app_setting('app.organization_id'))
  WITH CHECK (organization_id = app_setting('app.organization_id'));

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- The health check reads which migrations are applied.
GRANT SELECT ON "_prisma_migrations" TO switchboard_app;
