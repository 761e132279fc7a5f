import type pg from "pg";
import { AGENCY_SHAPES, ANCHOR_DAY, shapeOf } from "./config";
import { AGENCY_WORDS, CAMPAIGN_WORDS, CLIENT_WORDS, PERSON_WORDS } from "./words";

type Log = (message: string) => void;

/** `($n::text[])[1 + i % len]`: picks a word deterministically from a text[] parameter. */
const pick = (param: string, index: string) => `(${param}::text[])[1 + (${index}) % cardinality(${param}::text[])]`;
/** A random word from a text[] parameter. */
const randomWord = (param: string) => `(${param}::text[])[1 + floor(random() * cardinality(${param}::text[]))::int]`;
const a4 = "lpad(p.agency_no::text, 4, '0')";

/** One row per agency with its shape's sizes, so every later statement is a set-based join. */
async function createPlan(client: pg.Client) {
  const agencies = Object.values(AGENCY_SHAPES).reduce((sum, s) => sum + s.agencies, 0);
  const rows = Array.from({ length: agencies }, (_, index) => {
    const shape = shapeOf(index + 1);
    return { agencyNo: index + 1, shape, ...AGENCY_SHAPES[shape] };
  });
  await client.query(`CREATE TEMP TABLE plan (
    agency_no int PRIMARY KEY, shape text, n_clients int, n_campaigns int, n_channels int, n_days int, n_contacts int)`);
  await client.query(
    `INSERT INTO plan SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[])`,
    [
      rows.map((r) => r.agencyNo),
      rows.map((r) => r.shape),
      rows.map((r) => r.clients),
      rows.map((r) => r.campaigns),
      rows.map((r) => r.channels),
      rows.map((r) => r.days),
      rows.map((r) => r.contacts),
    ],
  );
}

async function loadAgencies(client: pg.Client) {
  await client.query(
    `INSERT INTO organizations (id, name, slug, created_at, updated_at)
     SELECT 'org_' || ${a4}, s.name,
            trim(both '-' from lower(regexp_replace(s.name, '[^A-Za-z0-9]+', '-', 'g'))) || '-' || p.agency_no,
            s.at, s.at
     FROM plan p
     CROSS JOIN LATERAL (SELECT ${pick("$1", "p.agency_no")} || ' ' || ${pick("$2", "p.agency_no / 12")} || ' '
                                || ${pick("$3", "p.agency_no / 7")} AS name,
                                timestamp '2024-01-01' + p.agency_no * interval '7 hours' AS at) s`,
    [AGENCY_WORDS.first, AGENCY_WORDS.second, AGENCY_WORDS.suffix],
  );
  // One owner per agency; the benchmark signs in as them. They never log in, so no real hash.
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, email_verified, created_at, updated_at)
     SELECT 'usr_' || ${a4}, 'owner-' || ${a4} || '@agency-' || ${a4} || '.example',
            ${pick("$1", "p.agency_no")} || ' ' || ${pick("$2", "p.agency_no / 40")},
            'bench-user-without-password', now(), now(), now()
     FROM plan p`,
    [PERSON_WORDS.first, PERSON_WORDS.last],
  );
  await client.query(
    `INSERT INTO memberships (id, organization_id, user_id, role, created_at, updated_at)
     SELECT 'mem_' || ${a4}, 'org_' || ${a4}, 'usr_' || ${a4}, 'owner', now(), now() FROM plan p`,
  );
}

async function loadClients(client: pg.Client) {
  // Brand index (3a + c) differs for every c of one agency, so names are unique per agency.
  await client.query(
    `INSERT INTO clients (id, organization_id, name, website, industry, status, tags, created_at, updated_at)
     SELECT format('cli_%s_%s', ${a4}, c), 'org_' || ${a4}, n.name,
            'https://' || lower(regexp_replace(n.name, '[^A-Za-z0-9]+', '-', 'g')) || '.example',
            ${pick("$3", "p.agency_no + c")}, 'active', ARRAY['retainer'], now(), now()
     FROM plan p
     CROSS JOIN LATERAL generate_series(1, p.n_clients) c
     CROSS JOIN LATERAL (SELECT ${pick("$1", "3 * p.agency_no + c")} || ' ' || ${pick("$2", "7 * p.agency_no + 5 * c")} AS name) n`,
    [CLIENT_WORDS.brand, CLIENT_WORDS.business, CLIENT_WORDS.industry],
  );
}

async function loadCampaigns(client: pg.Client) {
  // Regular agencies: campaigns end today, 45 or 90 days ago (active or completed), so the
  // agency has about five months of history. Big agencies: every campaign runs to today.
  await client.query(
    `INSERT INTO campaigns (id, organization_id, client_id, name, channels, objective, budget, currency,
                            start_date, end_date, owner_id, status, created_at, updated_at)
     SELECT format('cmp_%s_%s', ${a4}, k), 'org_' || ${a4}, format('cli_%s_%s', ${a4}, 1 + (k - 1) % p.n_clients),
            ${pick("$1", "p.agency_no + k")} || ' ' || ${pick("$2", "p.agency_no * 3 + k")} || ' ' || k,
            ARRAY(SELECT (enum_range(NULL::"Channel"))[1 + (p.agency_no + k + j) % 5]
                  FROM generate_series(0, p.n_channels - 1) j),
            ${pick("$3", "p.agency_no + k")}, round((1000 + random() * 49000)::numeric, 2),
            CASE WHEN p.agency_no % 5 = 0 THEN 'EUR' ELSE 'USD' END,
            e.end_day - (p.n_days - 1), CASE WHEN o.end_offset = 0 THEN NULL ELSE e.end_day END,
            'usr_' || ${a4},
            (CASE WHEN o.end_offset = 0 THEN 'active' ELSE 'completed' END)::"CampaignStatus",
            e.end_day - (p.n_days - 1) - 7, now()
     FROM plan p
     CROSS JOIN LATERAL generate_series(1, p.n_campaigns) k
     CROSS JOIN LATERAL (SELECT CASE WHEN p.shape = 'big' THEN 0 ELSE ((k - 1) % 3) * 45 END AS end_offset) o
     CROSS JOIN LATERAL (SELECT $4::date - o.end_offset AS end_day) e`,
    [CAMPAIGN_WORDS.season, CAMPAIGN_WORDS.theme, CAMPAIGN_WORDS.objective, ANCHOR_DAY],
  );
}

async function loadMetrics(client: pg.Client) {
  // Ordered by day, then agency: rows arrive day by day for every agency at once in real life,
  // so one agency's rows are spread over the whole table, not packed into a few pages.
  // OFFSET 0 keeps the random draws in the inner query (evaluated once per row).
  await client.query(
    `INSERT INTO campaign_metrics (id, organization_id, campaign_id, date, channel, impressions, clicks, conversions,
                                   spend, revenue, created_at, updated_at)
     SELECT gen_random_uuid()::text, r.organization_id, r.campaign_id, r.day, r.channel,
            r.impressions, r.clicks, r.conversions, round((r.clicks * r.cpc)::numeric, 2), round((r.conversions * r.order_value)::numeric, 2),
            r.day + time '06:00', r.day + time '06:00'
     FROM (
       SELECT x.*, (x.impressions * x.ctr)::int AS clicks, (x.impressions * x.ctr * x.cvr)::int AS conversions
       FROM (
         SELECT c.organization_id, c.id AS campaign_id, d::date AS day, ch AS channel,
                ((800 + random() * 4000)
                  * CASE WHEN extract(isodow FROM d) IN (6, 7) THEN 0.7 ELSE 1 END
                  * CASE WHEN random() < 0.005 THEN 4 ELSE 1 END)::int AS impressions,
                0.01 + random() * 0.04 AS ctr, 0.02 + random() * 0.08 AS cvr,
                0.3 + random() * 2.2 AS cpc, 20 + random() * 100 AS order_value
         FROM campaigns c
         CROSS JOIN LATERAL unnest(c.channels) ch
         CROSS JOIN LATERAL generate_series(c.start_date::timestamp, coalesce(c.end_date, $1::date)::timestamp, interval '1 day') d
         OFFSET 0
       ) x
     ) r
     ORDER BY r.day, r.organization_id`,
    [ANCHOR_DAY],
  );
}

async function loadContacts(client: pg.Client) {
  // Shuffled: contacts are added over time, so one agency's rows are spread over the table.
  await client.query(
    `INSERT INTO contacts (id, organization_id, client_id, name, email, phone, title, tags,
                           email_consent, sms_consent, whatsapp_consent, created_at, updated_at)
     SELECT gen_random_uuid()::text, 'org_' || ${a4}, cl.id, s.first || ' ' || s.last,
            CASE WHEN s.r < 0.9 THEN lower(s.first || '.' || s.last) || '@' || split_part(cl.website, '//', 2) END,
            CASE WHEN s.r < 0.6 THEN '+1 555 ' || lpad((s.i % 10000)::text, 4, '0') END,
            s.title,
            CASE WHEN s.r < 0.3 THEN ARRAY[]::text[] WHEN s.r < 0.8 THEN ARRAY[s.tag1] ELSE ARRAY[s.tag1, s.tag2] END,
            s.r < 0.7, s.r < 0.3, s.r < 0.2, s.created_at, s.created_at
     FROM plan p
     CROSS JOIN LATERAL (
       SELECT i, ${randomWord("$1")} AS first, ${randomWord("$2")} AS last, ${randomWord("$3")} AS title,
              ${randomWord("$4")} AS tag1, ${randomWord("$4")} AS tag2, random() AS r,
              $5::date - random() * interval '730 days' AS created_at
       FROM generate_series(1, p.n_contacts) i
       OFFSET 0
     ) s
     JOIN clients cl ON cl.id = format('cli_%s_%s', ${a4}, 1 + (s.i - 1) % p.n_clients)
     ORDER BY random()`,
    [PERSON_WORDS.first, PERSON_WORDS.last, PERSON_WORDS.title, PERSON_WORDS.tag, ANCHOR_DAY],
  );
}

/**
 * Loads every agency with plain SQL as the superuser (no RLS, no app), in one transaction:
 * a failure leaves the tables empty rather than half full.
 */
export async function loadBenchData(client: pg.Client, log: Log): Promise<void> {
  await client.query("SET work_mem = '256MB'");
  await client.query("SELECT setseed(0.42)");
  await client.query("BEGIN");
  try {
    await createPlan(client);
    const steps: [string, (c: pg.Client) => Promise<void>][] = [
      ["agencies, owners and memberships", loadAgencies],
      ["clients", loadClients],
      ["campaigns", loadCampaigns],
      ["daily metrics", loadMetrics],
      ["contacts", loadContacts],
    ];
    for (const [label, step] of steps) {
      const started = performance.now();
      await step(client).catch((error: unknown) => {
        throw new Error(`loading ${label} failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      });
      log(`  loaded ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // VACUUM sets the visibility map as autovacuum would on a live database; ANALYZE the stats.
  const started = performance.now();
  await client.query("VACUUM (ANALYZE)");
  log(`  VACUUM (ANALYZE) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
