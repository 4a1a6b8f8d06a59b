import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { useId } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTeams } from '@/components/team/teams-context';
import { paths } from '@/lib/paths';

const ALL_TEAMS = '\u0000all';

/** Picks the team whose jobs are shown; "All teams" opens the cross-team list. */
export function TeamSwitcher() {
  const { teams, fixedTeam } = useTeams();
  const { team } = useParams();
  const navigate = useNavigate();
  const labelId = useId();
  if (fixedTeam) return null;

  // A team typed into the URL is shown even when config and token do not list it.
  const options = team && !teams.includes(team) ? [team, ...teams] : teams;
  const handleChange = (event: SelectChangeEvent) => {
    const next = event.target.value;
    void navigate(next === ALL_TEAMS ? paths.allJobs() : paths.jobs({ team: next }));
  };

  return (
    <FormControl size="small" sx={{ minWidth: 180 }}>
      <InputLabel id={labelId} sx={{ color: 'inherit' }}>
        Team
      </InputLabel>
      <Select
        labelId={labelId}
        label="Team"
        value={team ?? ALL_TEAMS}
        onChange={handleChange}
        sx={{ color: 'inherit', '& .MuiOutlinedInput-notchedOutline': { borderColor: 'currentColor' } }}
      >
        <MenuItem value={ALL_TEAMS}>All teams</MenuItem>
        {options.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
