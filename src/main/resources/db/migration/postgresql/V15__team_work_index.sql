-- A supervisor's view of a team reads its open and claimed work together, soonest due first. The queue index holds
-- open work only, so without this one each page would sort every claimed task of the team. (H2's team-queue index
-- already leads with team and state, and serves this read as it is.)
create index tasks_team_work on tasks (team_key, due_on, created_at, id) where state in ('open', 'claimed');
