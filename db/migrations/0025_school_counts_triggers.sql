-- Custom migration (drizzle-kit generate --custom): functions and triggers have no drizzle form.
-- school_counts holds, per school, the counts of the indicators that do not depend on a date
-- (lib/server/indicators/school-counts.ts): its mentors and mentees banks — with anyone in a
-- pair not terminated without being in the bank —, its pairs by status, whether its
-- introduction order and положение are issued (or amended), and the consents its forming and
-- active pairs still lack: what REQUIRED_CONSENTS (lib/domain/mentoring/consents.ts) asks of
-- each participant — the mentor's consent to the work and additional agreement for each pair
-- (none within the job function, NOT_FOR_JOB_FUNCTION), each mentee's consent to take part for
-- each pair, and everyone's personal-data consent once — less those received. The kinds and
-- the two templates' names are written out below; tests/integration/school-counts.test.ts
-- holds them to the TypeScript.
--
-- Statement triggers on the tables counted note the schools a write touches; the schools are
-- recomputed as the transaction commits (org_changes_flush), in one sorted statement, so their
-- rows are locked only while it commits, never while it waits for other locks (as the page
-- cache's counters: migration 0017). Recomputed under that lock, each school's row sees every
-- transaction that committed before, and a reader sees counts and data of the same commits.

-- The rows of the schools `orgs`, recomputed from their data.
CREATE OR REPLACE FUNCTION school_counts_refresh(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Lock (or create) the schools' rows in key order first: the counts below then read a
  -- snapshot taken after any other writer of these schools has committed.
  INSERT INTO school_counts AS c (organization_id, mentors, mentees, pairs_forming, pairs_active, pairs_completed, pairs_terminated, consents_outstanding, implementing, regulation)
  SELECT DISTINCT o.id, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM unnest(orgs) AS u(id) JOIN organizations o ON o.id = u.id ORDER BY 1
  ON CONFLICT (organization_id) DO UPDATE SET mentors = c.mentors;

  WITH pairs AS (
    SELECT organization_id AS org,
      count(*) FILTER (WHERE status = 'forming') AS forming,
      count(*) FILTER (WHERE status = 'active') AS active,
      count(*) FILTER (WHERE status = 'completed') AS completed,
      count(*) FILTER (WHERE status = 'terminated') AS terminated
    FROM mentor_pairs WHERE organization_id = ANY (orgs) GROUP BY 1
  ),
  mentors AS (SELECT organization_id AS org, count(*) AS n FROM mentor_profiles WHERE organization_id = ANY (orgs) GROUP BY 1),
  mentees AS (
    SELECT org, sum(n) AS n FROM (
      SELECT organization_id AS org, count(*) AS n FROM mentee_profiles WHERE organization_id = ANY (orgs) GROUP BY 1
      UNION ALL
      SELECT pr.organization_id, count(DISTINCT m.person_id) FROM mentor_pairs pr JOIN mentor_pair_mentees m ON m.pair_id = pr.id
      WHERE pr.organization_id = ANY (orgs) AND pr.status <> 'terminated'
        AND NOT EXISTS (SELECT FROM mentee_profiles mp WHERE mp.person_id = m.person_id)
      GROUP BY 1
    ) x GROUP BY 1
  ),
  docs AS (
    SELECT organization_id AS org,
      bool_or(template = 'school-intro-order')::int AS implementing,
      bool_or(template = 'school-regulation')::int AS regulation
    FROM documents
    WHERE organization_id = ANY (orgs) AND status IN ('issued', 'amended') AND template IN ('school-intro-order', 'school-regulation')
    GROUP BY 1
  ),
  live AS (
    SELECT id, organization_id AS org, mentor_id, basis FROM mentor_pairs
    WHERE organization_id = ANY (orgs) AND status IN ('forming', 'active')
  ),
  members AS (
    SELECT id AS pair_id, org, mentor_id AS person_id, true AS is_mentor, basis = 'job_function' AS job_function FROM live
    UNION ALL
    SELECT l.id, l.org, m.person_id, false, false FROM live l JOIN mentor_pair_mentees m ON m.pair_id = l.id
  ),
  owed AS (
    SELECT org, sum(n) AS n FROM (
      SELECT r.org, count(*) FILTER (WHERE c.id IS NULL) AS n
      FROM members r
      JOIN (VALUES (true, 'mentor_duties'::consent_kind), (true, 'additional_agreement'), (false, 'mentee_participation')) AS k(is_mentor, kind)
        ON k.is_mentor = r.is_mentor AND NOT (r.job_function AND k.kind IN ('mentor_duties', 'additional_agreement'))
      LEFT JOIN consents c ON c.pair_id = r.pair_id AND c.person_id = r.person_id AND c.kind = k.kind AND c.status = 'received'
      GROUP BY 1
      UNION ALL
      SELECT r.org, count(*) FILTER (WHERE c.id IS NULL)
      FROM (SELECT DISTINCT org, person_id FROM members) r
      LEFT JOIN consents c ON c.pair_id IS NULL AND c.person_id = r.person_id AND c.kind = 'personal_data' AND c.status = 'received'
      GROUP BY 1
    ) x GROUP BY 1
  )
  UPDATE school_counts c SET
    mentors = coalesce(mentors.n, 0), mentees = coalesce(mentees.n, 0),
    pairs_forming = coalesce(pairs.forming, 0), pairs_active = coalesce(pairs.active, 0),
    pairs_completed = coalesce(pairs.completed, 0), pairs_terminated = coalesce(pairs.terminated, 0),
    consents_outstanding = coalesce(owed.n, 0),
    implementing = coalesce(docs.implementing, 0), regulation = coalesce(docs.regulation, 0)
  FROM (SELECT DISTINCT id FROM unnest(orgs) AS u(id)) u
    LEFT JOIN pairs ON pairs.org = u.id LEFT JOIN mentors ON mentors.org = u.id LEFT JOIN mentees ON mentees.org = u.id
    LEFT JOIN docs ON docs.org = u.id LEFT JOIN owed ON owed.org = u.id
  WHERE c.organization_id = u.id;
END $$;

-- Notes `orgs` for the commit of the current transaction (a transaction-local setting, undone
-- with a rolled-back savepoint). Noting them for the page cache too queues its commit hook,
-- and a school whose count a write elsewhere changed (a personal consent) is bumped with it.
CREATE OR REPLACE FUNCTION school_counts_note(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pending text := coalesce(nullif(current_setting('school_counts.pending', true), ''), '{}');
BEGIN
  IF cardinality(orgs) = 0 THEN
    RETURN;
  END IF;
  PERFORM set_config('school_counts.pending', array(SELECT DISTINCT unnest(pending::uuid[] || orgs))::text, true);
  PERFORM org_changes_note(orgs);
END $$;

CREATE OR REPLACE FUNCTION school_counts_flush() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pending text := current_setting('school_counts.pending', true);
BEGIN
  IF pending IS NOT NULL AND pending <> '' THEN
    PERFORM set_config('school_counts.pending', '', true);
    PERFORM school_counts_refresh(pending::uuid[]);
  END IF;
END $$;

-- The page cache's commit hook, with the schools' counts recomputed first: their rows change
-- here, and the schools they belong to are bumped with the rest.
CREATE OR REPLACE FUNCTION org_changes_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pending text;
BEGIN
  PERFORM school_counts_flush();
  pending := current_setting('org_changes.pending', true);
  IF pending IS NOT NULL AND pending <> '' THEN
    PERFORM org_changes_bump(pending::uuid[]);
  END IF;
  PERFORM set_config('org_changes.pending', '', true);
  DELETE FROM org_changes_pending WHERE txid = NEW.txid;
  RETURN NULL;
END $$;

-- Statement-level, as org_changes_track: TG_ARGV[0] lists the columns the counts depend on
-- (an update of a table with an `id` changing none of them, say a pair's dates or a draft's
-- text, bears on nothing; empty: every update counts), TG_ARGV[1] is a query that, given a
-- written row `r`, yields the schools it bears on.
CREATE OR REPLACE FUNCTION school_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text;
  differ text;
  orgs uuid[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM school_counts;
    PERFORM school_counts_note(array(SELECT id FROM organizations WHERE kind = 'school'));
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    source := 'new_rows';
  ELSIF TG_OP = 'DELETE' THEN
    source := 'old_rows';
  ELSIF TG_ARGV[0] = '' THEN
    source := '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)';
  ELSE
    differ := format('(%s) IS DISTINCT FROM (%s)',
      array_to_string(array(SELECT 'o.' || quote_ident(c) FROM unnest(string_to_array(TG_ARGV[0], ',')) c), ', '),
      array_to_string(array(SELECT 'n.' || quote_ident(c) FROM unnest(string_to_array(TG_ARGV[0], ',')) c), ', '));
    source := format('(SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE %1$s
      UNION ALL SELECT n.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE %1$s)', differ);
  END IF;
  EXECUTE format('SELECT array(SELECT DISTINCT t.id FROM %s r CROSS JOIN LATERAL (%s) t(id) WHERE t.id IS NOT NULL)', source, TG_ARGV[1]) INTO orgs;
  PERFORM school_counts_note(orgs);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION school_counts_attach(tbl regclass, columns text, resolver text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS school_counts_ins ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS school_counts_upd ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS school_counts_del ON %s', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS school_counts_trunc ON %s', tbl);
  EXECUTE format('CREATE TRIGGER school_counts_ins AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION school_counts_track(%L, %L)', tbl, columns, resolver);
  EXECUTE format('CREATE TRIGGER school_counts_upd AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION school_counts_track(%L, %L)', tbl, columns, resolver);
  EXECUTE format('CREATE TRIGGER school_counts_del AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION school_counts_track(%L, %L)', tbl, columns, resolver);
  EXECUTE format('CREATE TRIGGER school_counts_trunc AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION school_counts_track(%L, %L)', tbl, columns, resolver);
END $$;

SELECT school_counts_attach('mentor_pairs', 'organization_id,status,basis,mentor_id', 'SELECT r.organization_id');
SELECT school_counts_attach('mentor_pair_mentees', '', 'SELECT pr.organization_id FROM mentor_pairs pr WHERE pr.id = r.pair_id');
-- A pair-bound consent bears on its pair's school; a personal one on the school of every live
-- pair of its person, as mentor or as mentee, whichever school keeps the consent.
SELECT school_counts_attach('consents', 'organization_id,person_id,pair_id,kind,status', $r$
  SELECT r.organization_id
  UNION SELECT pr.organization_id FROM mentor_pairs pr WHERE pr.id = r.pair_id
  UNION SELECT pr.organization_id FROM mentor_pairs pr
    WHERE r.pair_id IS NULL AND pr.mentor_id = r.person_id AND pr.status IN ('forming', 'active')
  UNION SELECT pr.organization_id FROM mentor_pair_mentees m JOIN mentor_pairs pr ON pr.id = m.pair_id
    WHERE r.pair_id IS NULL AND m.person_id = r.person_id AND pr.status IN ('forming', 'active')
$r$);
SELECT school_counts_attach('mentor_profiles', '', 'SELECT r.organization_id');
-- A mentee in the bank or out of it changes the count of every school where they are in a pair.
SELECT school_counts_attach('mentee_profiles', '', $r$
  SELECT r.organization_id
  UNION SELECT pr.organization_id FROM mentor_pair_mentees m JOIN mentor_pairs pr ON pr.id = m.pair_id
    WHERE m.person_id = r.person_id AND pr.status <> 'terminated'
$r$);
SELECT school_counts_attach('documents', 'organization_id,template,status', 'SELECT r.organization_id');

-- The schools already there.
SELECT school_counts_refresh(array(SELECT id FROM organizations WHERE kind = 'school'));

-- Its rows belong to their school: the page cache's counters (README, "Page cache").
SELECT org_changes_attach('school_counts');
