-- Custom migration (drizzle-kit generate --custom): triggers and back-fill have no drizzle form.
-- pupil_birth_counts holds, per school, how many of its pupils were born in each calendar year
-- (months = 12) and each month (months = 1); the indicators count a region's pupils by age
-- from it (lib/server/indicators/school-counts.ts). Statement triggers on pupils keep it exact:
-- every inserted, deleted or updated pupil (a changed birth date, a move to another school)
-- adds its +1/-1 to the year and month of its school, in the writing transaction, so a
-- reader sees the counts of exactly the pupils it sees. A row whose count falls to 0 goes.

-- Adds signs[i] to the counts of (orgs[i], births[i]). Keys are upserted in key order, so two
-- transactions writing pupils of one school lock the same rows in the same order (no deadlock);
-- an upsert waiting on a row another transaction deletes inserts it anew once that commits.
-- (A check constraint cannot guard the count: an upsert checks its proposed row, the delta.)
CREATE OR REPLACE FUNCTION pupil_birth_counts_add(orgs uuid[], births date[], signs int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH d AS (
    SELECT u.org, k.months, k.since, sum(u.sign)::int AS delta
    FROM unnest(orgs, births, signs) AS u(org, birth, sign)
    CROSS JOIN LATERAL (VALUES (12, date_trunc('year', u.birth)::date), (1, date_trunc('month', u.birth)::date)) AS k(months, since)
    GROUP BY 1, 2, 3
    HAVING sum(u.sign) <> 0
  )
  INSERT INTO pupil_birth_counts AS c (organization_id, months, since, pupils)
  SELECT org, months, since, delta FROM d ORDER BY 1, 2, 3
  ON CONFLICT (organization_id, months, since) DO UPDATE SET pupils = c.pupils + excluded.pupils;
  -- Below 0 the table was out of step with pupils (filled with triggers off): fail the write
  -- rather than let the indicators show a wrong figure.
  IF EXISTS (SELECT FROM pupil_birth_counts c WHERE c.organization_id = ANY (orgs) AND c.pupils < 0) THEN
    RAISE EXCEPTION 'pupil_birth_counts out of step with pupils' USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM pupil_birth_counts c WHERE c.organization_id = ANY (orgs) AND c.pupils = 0;
END $$;

CREATE OR REPLACE FUNCTION pupil_birth_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM pupil_birth_counts;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pupil_birth_counts_add(array_agg(organization_id), array_agg(birth_date), array_agg(1)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pupil_birth_counts_add(array_agg(organization_id), array_agg(birth_date), array_agg(-1)) FROM old_rows;
  ELSE
    -- Every old row out, every new one in: a row whose school and birth date stayed cancels out.
    PERFORM pupil_birth_counts_add(array_agg(x.org), array_agg(x.birth), array_agg(x.sign))
    FROM (SELECT organization_id AS org, birth_date AS birth, 1 AS sign FROM new_rows UNION ALL SELECT organization_id, birth_date, -1 FROM old_rows) x;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS pupil_birth_counts_ins ON pupils;
DROP TRIGGER IF EXISTS pupil_birth_counts_upd ON pupils;
DROP TRIGGER IF EXISTS pupil_birth_counts_del ON pupils;
DROP TRIGGER IF EXISTS pupil_birth_counts_trunc ON pupils;
CREATE TRIGGER pupil_birth_counts_ins AFTER INSERT ON pupils REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pupil_birth_counts_track();
CREATE TRIGGER pupil_birth_counts_upd AFTER UPDATE ON pupils REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pupil_birth_counts_track();
CREATE TRIGGER pupil_birth_counts_del AFTER DELETE ON pupils REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pupil_birth_counts_track();
CREATE TRIGGER pupil_birth_counts_trunc AFTER TRUNCATE ON pupils FOR EACH STATEMENT EXECUTE FUNCTION pupil_birth_counts_track();

-- The pupils already there.
DELETE FROM pupil_birth_counts;
INSERT INTO pupil_birth_counts (organization_id, months, since, pupils)
SELECT p.organization_id, k.months, k.since, count(*)::int
FROM pupils p
CROSS JOIN LATERAL (VALUES (12, date_trunc('year', p.birth_date)::date), (1, date_trunc('month', p.birth_date)::date)) AS k(months, since)
GROUP BY 1, 2, 3;

-- Its rows belong to their school: the page cache's counters (README, "Page cache").
SELECT org_changes_attach('pupil_birth_counts');
