import { useNavigate } from 'react-router';
import { useTeams } from '@/components/team/teams-context';
import { useTeamScope } from '@/components/team/use-team-scope';
import { Icon } from '@/components/ui/icon';
import { ArrowDropDownIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { AppBarChoice, type Choice } from './app-bar-choice';
import styles from './app-bar-choice.module.css';

/** No team is named "": the token claim, config.json and the service all refuse blank names. */
const ALL_TEAMS = '';

/** Picks the team whose jobs are shown; "All teams" opens every team's home. */
export function TeamSwitcher() {
  const { teams, fixedTeam } = useTeams();
  const { team } = useTeamScope();
  const navigate = useNavigate();
  if (fixedTeam) return null;

  // A team typed into the URL is shown even when config and token do not list it.
  const options = team && !teams.includes(team) ? [team, ...teams] : teams;
  const choices: Choice<string>[] = [
    { value: ALL_TEAMS, label: 'All teams' },
    ...options.map((option) => ({ value: option, label: option })),
  ];
  const current = team ?? 'All teams';
  return (
    <AppBarChoice
      label={`Team: ${current}`}
      display={{
        text: (
          <>
            {/* A team name can be any text: a long one is cut here (the button's name and title hold it whole). */}
            <span className={styles.teamName}>{current}</span>
            <Icon icon={ArrowDropDownIcon} />
          </>
        ),
      }}
      choices={choices}
      value={team ?? ALL_TEAMS}
      onChange={(next) => void navigate(next === ALL_TEAMS ? paths.allTeamsHome() : paths.jobs({ team: next }))}
    />
  );
}
