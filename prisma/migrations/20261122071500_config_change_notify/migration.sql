-- Every process keeps agency configuration (memberships, agencies, model providers, agents,
-- custom tools) in memory (server/db/config-cache.ts) and drops it when it hears this channel.
-- The triggers fire for every statement that writes those tables, whoever runs it: the app,
-- another process, a migration or SQL typed by hand. Notifications are sent at commit, and only
-- if it commits; one transaction's identical notifications arrive once.
CREATE FUNCTION switchboard_config_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('switchboard_config', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER memberships_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON memberships
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
CREATE TRIGGER organizations_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
CREATE TRIGGER model_providers_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_providers
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
CREATE TRIGGER agents_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agents
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
CREATE TRIGGER custom_tools_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON custom_tools
  FOR EACH STATEMENT EXECUTE FUNCTION switchboard_config_changed();
