-- Every read of case_access asks about one case (is it shared with any of these teams?), which its primary key
-- (case_id, team_key) answers. The index by team served no query and cost every case about 100 bytes.
drop index case_access_by_team;
